package sendtracker.store.index;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;
import sendtracker.store.CancelCommit;
import sendtracker.store.SendStore;
import sendtracker.store.StoreListener;
import sendtracker.store.UpsertCounts;

/**
 * A brute-force store for tests: every query is a plain scan written straight from the filter
 * semantics in the brief, so the index can be compared with an independent answer.
 */
public final class ReferenceStore implements SendStore {
    private final TreeMap<String, Send> sends = new TreeMap<>();
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final List<User> users = new ArrayList<>();

    @Override
    public List<User> users() {
        return List.copyOf(users);
    }

    @Override
    public Optional<User> user(String email) {
        return users.stream().filter(u -> u.isEmail(email)).findFirst();
    }

    @Override
    public User defaultUser() {
        return users.get(0);
    }

    @Override
    public void saveUsers(List<User> list) {
        users.addAll(list);
    }

    @Override
    public synchronized long sendCount() {
        return sends.size();
    }

    @Override
    public synchronized Optional<Send> find(User viewer, String id) {
        return Optional.ofNullable(sends.get(id)).filter(s -> Visibility.canSee(viewer, s));
    }

    @Override
    public synchronized List<Send> findByIds(List<String> ids) {
        List<Send> out = new ArrayList<>();
        for (String id : ids) {
            Send s = sends.get(id);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public void forEach(User viewer, SendFilter filter, SendSort sort, Instant now, boolean withHistory,
            SendSink sink) {
        for (Send s : select(viewer, filter, sort, now)) {
            try {
                sink.accept(s);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public UpsertCounts upsert(List<Send> list) {
        List<String> ids = new ArrayList<>();
        long inserted = 0;
        long updated = 0;
        synchronized (this) {
            for (Send s : list) {
                Send old = sends.get(s.id());
                if (old == null) {
                    inserted++;
                } else if (s.statusChangedAt().isAfter(old.statusChangedAt())) {
                    updated++;
                } else {
                    continue;
                }
                sends.put(s.id(), s);
                ids.add(s.id());
            }
        }
        listeners.forEach(l -> l.sendsChanged(ids));
        return new UpsertCounts(inserted, updated, list.size() - inserted - updated);
    }

    /** Replaces a send whatever its time (a test's direct edit), telling the listeners. */
    public void put(Send s) {
        synchronized (this) {
            sends.put(s.id(), s);
        }
        listeners.forEach(l -> l.sendsChanged(List.of(s.id())));
    }

    @Override
    public CancelCommit cancel(String sendId, Long expectedVersion, User actor, String reason, Instant now,
            CancelPolicy policy) {
        throw new UnsupportedOperationException("not needed by the index tests");
    }

    @Override
    public int settleCredits(Instant now, Duration age) {
        return 0;
    }

    @Override
    public void addListener(StoreListener listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
    }

    @Override
    public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit, Instant now) {
        List<Send> all = select(viewer, filter, sort, now);
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + Math.max(0, limit));
        return new SendPage(all.subList(from, to), all.size());
    }

    @Override
    public long count(User viewer, SendFilter filter, Instant now) {
        return select(viewer, filter, null, now).size();
    }

    @Override
    public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter, Instant now) {
        Map<SendStatus, Long> out = new EnumMap<>(SendStatus.class);
        for (Send s : select(viewer, filter.withStatuses(null), null, now)) {
            out.merge(s.status(), 1L, Long::sum);
        }
        return out;
    }

    /** Brute force: one line per (group, currency) built send by send. */
    @Override
    public Spend spend(User viewer, SendFilter filter, SpendGroup by, Instant now) {
        List<Spend.Line> lines = new ArrayList<>();
        for (Send s : select(viewer, filter, null, now)) {
            String group = by == SpendGroup.STATUS ? s.status().name() : by == SpendGroup.TEAM ? s.team()
                    : by == SpendGroup.CAMPAIGN ? s.campaign() : null;
            lines.add(new Spend.Line(group, s.currency(), 1, s.cost() == null ? 1 : 0,
                    s.cost() == null ? BigDecimal.ZERO : s.cost()));
        }
        return Spend.of(lines);
    }

    private synchronized List<Send> select(User viewer, SendFilter f, SendSort sort, Instant now) {
        List<Send> out = new ArrayList<>();
        for (Send s : sends.values()) {
            if (matches(viewer, f, now, s)) {
                out.add(s);
            }
        }
        if (sort != null) {
            out.sort(comparator(sort));
        }
        return out;
    }

    static boolean matches(User viewer, SendFilter f, Instant now, Send s) {
        if (!Visibility.canSee(viewer, s)) {
            return false;
        }
        if (!f.statuses().isEmpty() && !f.statuses().contains(s.status())) {
            return false;
        }
        if (!f.types().isEmpty() && !f.types().contains(s.type())) {
            return false;
        }
        if (!f.campaignStates().isEmpty() && !f.campaignStates().contains(s.campaignState())) {
            return false;
        }
        if (f.senderEmail() != null && !lc(f.senderEmail()).equals(lc(s.senderEmail()))) {
            return false;
        }
        if (f.team() != null && !lc(f.team()).equals(lc(s.team()))) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(s.createdAt(), ZoneOffset.UTC);
        if (f.from() != null && day.isBefore(f.from()) || f.to() != null && day.isAfter(f.to())) {
            return false;
        }
        if (f.testMode() == TestModeFilter.ONLY && !s.testMode()
                || f.testMode() == TestModeFilter.EXCLUDE && s.testMode()) {
            return false;
        }
        if (f.attentionOnly() && AttentionReason.of(s, now).isEmpty()) {
            return false;
        }
        if (f.pendingRequestOnly() && s.cancelRequests().stream().noneMatch(r -> r.state().isPending())) {
            return false;
        }
        String key = f.searchKey();
        if (key != null) {
            return Stream.of(s.recipientName(), s.recipientEmail(), s.recipientCompany(), s.senderName(),
                    s.senderEmail(), s.campaign(), s.id(), s.trackingNumber())
                    .anyMatch(v -> v != null && lc(v).contains(key));
        }
        return true;
    }

    private static String lc(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /**
     * The sort's field in its direction (an empty value the greatest), then, whatever the field and
     * direction, the newest created first, then the greater id first: written out here on purpose,
     * not read from {@code SendSort.TIE_BREAK}, so the store and the index are checked against
     * the rule as docs/design.md states it.
     */
    static Comparator<Send> comparator(SendSort sort) {
        Comparator<Send> key = key(sort.field());
        Comparator<Send> newestFirst = Comparator.comparing(Send::createdAt).reversed();
        Comparator<Send> greaterIdFirst = Comparator.comparing(Send::id, Comparator.reverseOrder());
        return (sort.ascending() ? key : key.reversed()).thenComparing(newestFirst).thenComparing(greaterIdFirst);
    }

    /** The field alone, ascending, an empty value the greatest. */
    private static Comparator<Send> key(SendSort.Field field) {
        switch (field) {
            case CREATED_AT: return Comparator.comparing(Send::createdAt);
            case STATUS_CHANGED_AT: return Comparator.comparing(Send::statusChangedAt);
            case RECIPIENT: return nullsLast(Send::recipientName);
            case SENDER: return nullsLast(Send::senderName);
            case TYPE: return Comparator.comparing(s -> s.type().name());
            case CAMPAIGN: return nullsLast(Send::campaign);
            case STATUS: return Comparator.comparing(s -> s.status().name());
            case COST: return Comparator.comparing(Send::cost, Comparator.nullsLast(Comparator.naturalOrder()));
            case TRACKING: return nullsLast(Send::trackingNumber);
            default: return Comparator.comparing(Send::id);
        }
    }

    /** True when the two sends have the same value in the sorted field (they are tied there). */
    public static boolean sameKey(SendSort.Field field, Send a, Send b) {
        return key(field).compare(a, b) == 0;
    }

    private static Comparator<Send> nullsLast(Function<Send, String> f) {
        return Comparator.comparing(f, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
