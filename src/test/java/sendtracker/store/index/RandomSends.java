package sendtracker.store.index;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import sendtracker.domain.CampaignState;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.User;

/**
 * Random sends, viewers and queries for the equivalence tests: awkward on purpose (mixed case,
 * shared names, equal sort keys, nulls, non-Latin-1 text) so that any difference shows.
 */
public final class RandomSends {
    public static final Instant NOW = Instant.parse("2026-11-21T12:00:00.000500Z");

    static final String[][] SENDERS = {
        {"Ann Lee", "ann.lee@acme.test", "Sales"},
        {"ann lee", "Ann.Lee2@acme.test", "sales"},
        {"Bob Stone", "bob@acme.test", "Marketing"},
        {"Zoë Quinn", "ZOE@acme.test", "Marketing"},
        {"Łukasz Nowak", "lukasz@acme.test", "Success"},
        {"Carl Diaz", "carl@acme.test", null},
        {"Dana Fox", "dana@acme.test", "Success"},
        {null, "ghost@acme.test", "Sales"},
    };
    static final String[] CAMPAIGNS = {"Q4 Thank You", "q4 thank you", "Welcome Kit", "Renewal 2026", "Ünïcode Fest",
        "Holiday_50%"};
    static final String[] FIRST = {"Alice", "alice", "Bört", "Chen", "Đorđe", "Eve", "O'Brien", "María", "zed"};
    static final String[] LAST = {"Smith", "SMITH", "Nguyễn", "Kowalski", "Ng", "van der Berg", "Lee"};
    static final String[] COMPANIES = {"Acme Corp", "Globex", "Initech", "Umbrella", "Stark Ind.", "Wayne & Co",
        "Ωmega"};

    private RandomSends() {
    }

    public static List<User> users() {
        List<User> users = new ArrayList<>();
        users.add(new User(1, "admin@acme.test", "Admin", Role.ADMIN, null, Set.of()));
        users.add(new User(2, "mgr.sales@acme.test", "Sales Manager", Role.MANAGER, "Sales", Set.of("SALES")));
        users.add(new User(3, "mgr.two@acme.test", "Two Teams", Role.MANAGER, "Marketing",
                Set.of("Marketing", "Success")));
        users.add(new User(4, "ann.lee@acme.test", "Ann Lee", Role.MANAGER, "Sales", Set.of("Success")));
        users.add(new User(5, "ANN.LEE@ACME.TEST", "Ann Lee", Role.SENDER, "Sales", Set.of()));
        users.add(new User(6, "zoe@acme.test", "Zoë", Role.SENDER, "Marketing", Set.of()));
        users.add(new User(7, "nobody@acme.test", "Nobody", Role.SENDER, null, Set.of()));
        users.add(new User(8, "carl@acme.test", "Carl", Role.MANAGER, null, Set.of()));
        return users;
    }

    public static List<Send> sends(Random rnd, int n) {
        List<Send> out = new ArrayList<>(n);
        Instant base = NOW.minus(Duration.ofDays(60)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        for (int i = 0; i < n; i++) {
            out.add(send(rnd, i, base));
        }
        return out;
    }

    static Send send(Random rnd, int i, Instant anyBase) {
        Instant base = anyBase.truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // the store keeps millis
        String[] sender = SENDERS[rnd.nextInt(SENDERS.length)];
        SendType type = SendType.values()[rnd.nextInt(SendType.values().length)];
        SendStatus status = SendStatus.values()[rnd.nextInt(SendStatus.values().length)];
        // coarse times so that equal sort keys (and the id tie-break) are common
        Instant created = base.plus(Duration.ofMinutes(30L * rnd.nextInt(60 * 48)));
        Instant changed = rnd.nextInt(10) == 0 ? created
                : created.plus(Duration.ofHours(rnd.nextInt(24 * 20))).plusMillis(rnd.nextInt(3) - 1);
        if (changed.isAfter(NOW)) {
            changed = NOW.minusSeconds(rnd.nextInt(100_000)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        }
        String id = (rnd.nextInt(5) == 0 ? "SND-" : "snd-") + String.format(Locale.ROOT, "%06d", i)
                + (rnd.nextInt(7) == 0 ? "x" : "");
        String recipient = rnd.nextInt(15) == 0 ? null
                : FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
        String email = recipient == null ? null
                : recipient.toLowerCase(Locale.ROOT).replace(' ', '.') + i % 97 + "@example.test";
        String tracking = rnd.nextInt(3) == 0 ? null : "1Z" + Integer.toString(rnd.nextInt(1 << 20), 36)
                .toUpperCase(Locale.ROOT) + (rnd.nextBoolean() ? "ab" : "");
        BigDecimal cost = rnd.nextInt(12) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(20_000), 2);
        if (cost != null && rnd.nextInt(10) == 0) {
            cost = cost.setScale(4); // equal value, other scale
        }
        int c = rnd.nextInt(CAMPAIGNS.length + 1);
        return Send.builder()
                .id(id)
                .createdAt(created)
                .type(type)
                .typeName(type == SendType.OTHER ? "Handwritten Notes" : null)
                .status(status)
                .statusChangedAt(changed)
                .issue(rnd.nextInt(10) == 0 ? SendIssue.values()[rnd.nextInt(SendIssue.values().length)] : null)
                .senderName(sender[0])
                .senderEmail(sender[1])
                .team(sender[2])
                .recipientName(recipient)
                .recipientEmail(email)
                .recipientCompany(rnd.nextInt(8) == 0 ? null : COMPANIES[rnd.nextInt(COMPANIES.length)])
                .campaign(c == CAMPAIGNS.length ? null : CAMPAIGNS[c])
                .campaignState(CampaignState.values()[c % CampaignState.values().length])
                .gift("Mug")
                .quantity(1)
                .cost(cost)
                // from the position, not the random stream, so the other values stay as they were
                .currency(i % 7 == 0 ? "EUR" : i % 23 == 0 ? null : "USD")
                .addressConfirmation(rnd.nextBoolean())
                .trackingNumber(tracking)
                .testMode(rnd.nextInt(9) == 0)
                .build();
    }

    /** A random filter as the window or CLI may issue it; search terms are taken from real rows. */
    public static SendFilter filter(Random rnd, List<Send> sample) {
        SendFilter f = SendFilter.ALL;
        if (rnd.nextInt(3) == 0) {
            f = f.withStatuses(randomSubset(rnd, SendStatus.class));
        }
        if (rnd.nextInt(4) == 0) {
            f = f.withTypes(randomSubset(rnd, SendType.class));
        }
        if (rnd.nextInt(6) == 0) {
            f = f.withCampaignStates(randomSubset(rnd, CampaignState.class));
        }
        if (rnd.nextInt(2) == 0) {
            f = f.withSearch(searchTerm(rnd, sample.get(rnd.nextInt(sample.size()))));
        }
        if (rnd.nextInt(6) == 0) {
            String[] s = SENDERS[rnd.nextInt(SENDERS.length)];
            f = f.withSenderEmail(rnd.nextBoolean() ? s[1].toUpperCase(Locale.ROOT) : " " + s[1]);
        }
        if (rnd.nextInt(6) == 0) {
            String team = SENDERS[rnd.nextInt(SENDERS.length)][2];
            f = f.withTeam(team == null ? "nope" : rnd.nextBoolean() ? team.toUpperCase(Locale.ROOT) : team);
        }
        if (rnd.nextInt(5) == 0) {
            LocalDate from = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(rnd.nextInt(70));
            f = f.withDates(rnd.nextBoolean() ? from : null, rnd.nextBoolean() ? from.plusDays(rnd.nextInt(20)) : null);
        }
        if (rnd.nextInt(5) == 0) {
            f = f.withTestMode(TestModeFilter.values()[rnd.nextInt(3)]);
        }
        if (rnd.nextInt(6) == 0) {
            f = f.withAttentionOnly(true);
        }
        return f;
    }

    static String searchTerm(Random rnd, Send s) {
        String[] fields = {s.recipientName(), s.recipientEmail(), s.recipientCompany(), s.senderName(),
            s.senderEmail(), s.campaign(), s.id(), s.trackingNumber(), s.gift(), "zzz-nothing", "%", "_", "a"};
        String v = fields[rnd.nextInt(fields.length)];
        if (v == null || v.isEmpty()) {
            return "e";
        }
        int from = rnd.nextInt(v.length());
        int to = from + 1 + rnd.nextInt(v.length() - from);
        String term = rnd.nextInt(4) == 0 ? v : v.substring(from, to);
        switch (rnd.nextInt(3)) {
            case 0: return term.toUpperCase(Locale.ROOT);
            case 1: return " " + term + " ";
            default: return term;
        }
    }

    public static SendSort sort(Random rnd) {
        SendSort.Field[] fields = SendSort.Field.values();
        return new SendSort(fields[rnd.nextInt(fields.length)], rnd.nextBoolean());
    }

    private static <E extends Enum<E>> Set<E> randomSubset(Random rnd, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (rnd.nextInt(3) == 0) {
                set.add(e);
            }
        }
        if (set.isEmpty()) {
            set.add(type.getEnumConstants()[rnd.nextInt(type.getEnumConstants().length)]);
        }
        return set;
    }
}
