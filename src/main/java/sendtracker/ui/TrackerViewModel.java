package sendtracker.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import sendtracker.domain.CampaignState;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.service.SendSource;

/**
 * The tracker's state: who is looking, what they filter and sort by, and what the query
 * answered (the paged rows, the total, the counts per status). Every change of a filter
 * property runs the query again in the background; an answer that arrives after a newer
 * question was asked is dropped.
 */
public final class TrackerViewModel {
    private final Jobs jobs;

    private final ObjectProperty<WindowSource> source = new SimpleObjectProperty<>(this, "source");
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<User> currentUser = new SimpleObjectProperty<>(this, "currentUser");

    private final FilterFields filters = new FilterFields(this);
    private final ObjectProperty<SendSort> sort = new SimpleObjectProperty<>(this, "sort", SendSort.NEWEST_FIRST);

    private final ReadOnlyObjectWrapper<SendFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", SendFilter.ALL);
    private final ReadOnlyObjectWrapper<PagedSendList> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", PagedSendList.empty());
    private final LongProperty total = new SimpleLongProperty(this, "total", -1);
    private final ReadOnlyStringWrapper resultCountText = new ReadOnlyStringWrapper(this, "resultCountText", "");
    private final ReadOnlyObjectWrapper<Map<SendStatus, Long>> statusCounts =
            new ReadOnlyObjectWrapper<>(this, "statusCounts", Map.of());
    /** Counts the times sends of the current query changed in place (a cancel, a change elsewhere). */
    private final ReadOnlyLongWrapper changesInPlace = new ReadOnlyLongWrapper(this, "changesInPlace");
    private final FirstRowsGate firstRowsGate = new FirstRowsGate();
    /** True until the first answer arrives, and while a query runs. */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final ObservableList<User> senders = FXCollections.observableArrayList();
    private final BooleanBinding peopleFilters;

    /** Counts the questions asked; written on the FX thread, read by workers to skip outdated ones. */
    private volatile long generation;
    private boolean holdRefresh;

    public TrackerViewModel(Jobs jobs) {
        this.jobs = jobs;
        peopleFilters = Bindings.createBooleanBinding(
                () -> currentUser.get() != null && currentUser.get().role() != Role.SENDER, currentUser);
        resultCountText.bind(Bindings.createStringBinding(() -> total.get() >= 0
                ? Texts.get("ui.resultCount", total.get())
                : loading.get() ? Texts.get("ui.resultCount.loading") : Texts.get("ui.resultCount.none"),
                total, loading));
        filters.all().forEach(p -> p.addListener((obs, old, value) -> filterChanged()));
        sort.addListener((obs, old, value) -> refresh());
        currentUser.addListener((obs, old, user) -> userChanged(user));
    }

    // ---- loading users and switching the source

    /** Shows {@code source} (a live store or an offline review), signed in as {@code preferredEmail} if known. */
    public void open(WindowSource opened, String preferredEmail, Consumer<WindowSource> onOpened) {
        long gen = ++generation;
        loading.set(true);
        SendSort firstSort = sort.get();
        jobs.submit(p -> OpeningAnswer.ask(opened.sends(), preferredEmail, firstSort), answer -> {
            if (gen != generation) {
                return;
            }
            holdRefresh = true;
            try {
                source.set(opened);
                users.setAll(answer.users());
                User chosen = answer.chosen();
                if (!users.contains(chosen) && chosen != null) {
                    users.add(0, chosen);
                }
                clearFiltersQuietly();
                currentUser.set(chosen);
                PeopleChoices.fill(chosen, users, teams, senders);
            } finally {
                holdRefresh = false;
            }
            refresh(answer.firstPageFor(currentUser.get(), filter.get(), sort.get()));
            onOpened.accept(opened);
        }, this::failed);
    }

    private void userChanged(User user) {
        if (holdRefresh) {
            return;
        }
        holdRefresh = true;
        try {
            filters.team.set(null);
            filters.senderEmail.set(null);
            PeopleChoices.fill(user, users, teams, senders);
        } finally {
            holdRefresh = false;
        }
        filterChanged();
    }

    // ---- querying

    private void filterChanged() {
        filter.set(filters.filter());
        refresh();
    }

    /**
     * Runs the current query again: first page and total, then the counts per status (those
     * after the window's first rows: {@link FirstRowsGate}).
     */
    public void refresh() {
        refresh(null);
    }

    /** As {@link #refresh()}; {@code answered}, when not null, is the first page of this very question. */
    private void refresh(SendPage answered) {
        SendSource sends = sends();
        User viewer = currentUser.get();
        if (holdRefresh || sends == null || viewer == null) {
            return;
        }
        long gen = ++generation;
        SendFilter f = filter.get();
        SendSort s = sort.get();
        loading.set(true);
        PagedSendList.PageLoader loader = (offset, limit) -> sends.page(viewer, f, s, offset, limit);
        Consumer<SendPage> show = first -> {
            if (gen != generation || first == null) {
                return;
            }
            rows.get().dispose();
            rows.set(new PagedSendList(first.total(), first.rows(), loader, jobs, this::failed));
            total.set(first.total());
            problem.set(null);
            loading.set(false);
        };
        if (answered != null) {
            show.accept(answered);
        } else {
            // A question overtaken before its turn came is not asked at all (fast typing queues many).
            jobs.submit(p -> gen != generation ? null : loader.load(0, PagedSendList.PAGE_SIZE), show, this::failed);
        }
        firstRowsGate.run("counts", () -> jobs.submit(p -> gen != generation ? null : sends.countByStatus(viewer, f),
                counts -> {
                    if (gen == generation && counts != null) {
                        statusCounts.set(everyStatus(counts));
                    }
                }, this::failed));
    }

    /** A count for every status, zero where the query had none. */
    private static Map<SendStatus, Long> everyStatus(Map<SendStatus, Long> counts) {
        Map<SendStatus, Long> all = new EnumMap<>(SendStatus.class);
        for (SendStatus st : SendStatus.values()) {
            all.put(st, counts.getOrDefault(st, 0L));
        }
        return Map.copyOf(all);
    }

    /** No store could be opened: stop waiting for rows and say why in the table. */
    public void unavailable(String why) {
        loading.set(false);
        problem.set(why);
    }

    private void failed(Throwable error) {
        loading.set(false);
        problem.set(Texts.get("ui.error.query", error.getMessage() == null ? error.toString() : error.getMessage()));
    }

    /** More changed sends than this at once (an import elsewhere) are shown by running the query again. */
    static final int CHANGES_SHOWN_IN_PLACE = 200;

    /**
     * Sends changed elsewhere (another desktop, the command line, a credit posting): each one
     * read again takes its row's place, {@code onSend} hears it (the details pane, an open cancel
     * dialog), and counts and chart follow; selection, scroll position and typed text stay. When
     * the total changes (sends added) or very many changed, the query runs again.
     */
    public void changedElsewhere(Collection<String> ids, Consumer<Send> onSend) {
        SendSource sends = sends();
        User viewer = currentUser.get();
        if (sends == null || viewer == null || ids.isEmpty()) {
            return;
        }
        if (ids.size() > CHANGES_SHOWN_IN_PLACE) {
            refresh();
            return;
        }
        long gen = generation;
        SendFilter f = filter.get();
        List<String> wanted = List.copyOf(ids);
        jobs.submit(p -> new Changed(wanted.stream().map(id -> sends.find(viewer, id)).flatMap(Optional::stream)
                .toList(), everyStatus(sends.countByStatus(viewer, f))), changed -> {
                    if (gen != generation) {
                        return;
                    }
                    for (Send s : changed.sends()) {
                        rows.get().replace(s);
                        onSend.accept(s);
                    }
                    long now = changed.counts().values().stream().mapToLong(Long::longValue).sum();
                    if (now != total.get()) {
                        refresh();
                    } else {
                        statusCounts.set(changed.counts());
                        changesInPlace.set(changesInPlace.get() + 1);
                    }
                }, this::failed);
    }

    private record Changed(List<Send> sends, Map<SendStatus, Long> counts) { }

    /** After a cancel: the changed send takes its row's place (if the row is in memory) and counts follow. */
    public void sendChanged(Send changed) {
        rows.get().replace(changed);
        SendSource sends = sends();
        User viewer = currentUser.get();
        if (sends == null || viewer == null) {
            return;
        }
        long gen = generation;
        SendFilter f = filter.get();
        jobs.submit(p -> sends.countByStatus(viewer, f), counts -> {
            if (gen != generation) {
                return;
            }
            // under "pending requests" a step can take the send out of the filter (withdrawn, resolved):
            // the table follows at once, as the queue beside it does
            if (f.pendingRequestOnly() && counts.values().stream().mapToLong(Long::longValue).sum() != total.get()) {
                refresh();
            } else {
                statusCounts.set(everyStatus(counts));
                changesInPlace.set(changesInPlace.get() + 1);
            }
        }, this::failed);
    }

    public void clearFilters() {
        changeTogether(this::clearFiltersQuietly);
    }

    /** Several filter and sort properties set by {@code changes} (a saved view) make one question, not one each. */
    public void changeTogether(Runnable changes) {
        boolean outer = holdRefresh;
        holdRefresh = true;
        try {
            changes.run();
        } finally {
            holdRefresh = outer;
        }
        filterChanged();
    }

    private void clearFiltersQuietly() {
        filters.clear();
    }

    // ---- properties

    /** What the window shows: the live store or an offline review (null until one is open). */
    public ReadOnlyObjectProperty<WindowSource> sourceProperty() {
        return source;
    }

    public WindowSource source() {
        return source.get();
    }

    /** The sends of what the window shows, or null while nothing is open. */
    public SendSource sends() {
        WindowSource shown = source.get();
        return shown == null ? null : shown.sends();
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObjectProperty<User> currentUserProperty() {
        return currentUser;
    }

    public User currentUser() {
        return currentUser.get();
    }

    public StringProperty searchProperty() {
        return filters.search;
    }

    public ObjectProperty<Set<SendStatus>> statusesProperty() {
        return filters.statuses;
    }

    public ObjectProperty<Set<SendType>> typesProperty() {
        return filters.types;
    }

    public StringProperty teamProperty() {
        return filters.team;
    }

    public StringProperty senderEmailProperty() {
        return filters.senderEmail;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return filters.from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return filters.to;
    }

    public ObjectProperty<TestModeFilter> testModeProperty() {
        return filters.testMode;
    }

    public BooleanProperty attentionOnlyProperty() {
        return filters.attentionOnly;
    }

    public BooleanProperty pendingRequestOnlyProperty() {
        return filters.pendingRequestOnly;
    }

    public ObjectProperty<Set<CampaignState>> campaignStatesProperty() {
        return filters.campaignStates;
    }

    public ObjectProperty<SendSort> sortProperty() {
        return sort;
    }

    public ReadOnlyObjectProperty<SendFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PagedSendList> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public PagedSendList rows() {
        return rows.get();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty resultCountTextProperty() {
        return resultCountText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<SendStatus, Long>> statusCountsProperty() {
        return statusCounts.getReadOnlyProperty();
    }

    /** Goes up each time sends of the current query changed in place (its rows were not asked for again). */
    public ReadOnlyLongProperty changesInPlaceProperty() {
        return changesInPlace.getReadOnlyProperty();
    }

    /** What waits for the window's first rows; open unless a window holds it. */
    public FirstRowsGate firstRowsGate() {
        return firstRowsGate;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<String> teams() {
        return teams;
    }

    public ObservableList<User> senders() {
        return senders;
    }

    /** Team and sender filters, counts chart: for managers and admins. */
    public BooleanBinding peopleFiltersProperty() {
        return peopleFilters;
    }
}
