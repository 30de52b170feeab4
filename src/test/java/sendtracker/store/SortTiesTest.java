package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import sendtracker.domain.CampaignState;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.User;
import sendtracker.service.StoreKind;
import sendtracker.store.index.RandomSends;
import sendtracker.store.index.ReferenceStore;
import sendtracker.store.index.SendIndex;

/**
 * Issue 15: whatever column the table is sorted by, and in either direction, sends with an equal
 * value come newest created first, then the greater send id first
 * (docs/decisions/0020-sort-ties-newest-first-then-id.md). A fixture made of ties — a few
 * statuses, costs, campaigns, recipients, tracking numbers and creation times, ids that run
 * against the creation order — read every way the program reads it: the brute-force
 * {@link ReferenceStore}, the SQL page, the keyset-batched read (batches ending inside a run of
 * ties) and the in-memory index, on H2 and on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SortTiesTest {
    private static final Instant BASE = Instant.parse("2026-10-01T09:00:00Z");

    @Parameter
    StoreKind kind;

    private Database database;
    private JdbcSendStore store;
    private ReferenceStore reference;
    private List<Send> fixture;

    @BeforeEach
    void fill() {
        database = Database.open(kind == StoreKind.TEAM ? TeamStoreServer.newUrl()
                : "jdbc:h2:mem:ties" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        store = new JdbcSendStore(database);
        store.saveUsers(RandomSends.users());
        reference = new ReferenceStore();
        reference.saveUsers(RandomSends.users());
        fixture = ties(new Random(15));
        store.upsert(fixture);
        reference.upsert(fixture);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** 180 sends, most of their sort values shared; ids numbered against the creation order, stored shuffled. */
    private static List<Send> ties(Random rnd) {
        SendStatus[] statuses = {SendStatus.SHIPPED, SendStatus.DELIVERED};
        BigDecimal[] costs = {new BigDecimal("25.00"), new BigDecimal("40.00"), null};
        String[] campaigns = {"Welcome Kit", "Renewal 2026", null};
        String[] recipients = {"Alice Smith", "Chen Ng", null};
        String[] tracking = {"1ZSAME", null};
        String[][] senders = {{"Ann Lee", "ann.lee@acme.test", "Sales"}, {"Bob Stone", "bob@acme.test", "Marketing"}};
        List<Send> out = new ArrayList<>();
        for (int i = 0; i < 180; i++) {
            // four creation times, the later ones on the lower ids: the id order never stands in for "newest"
            Instant created = BASE.plus(Duration.ofHours(6L * (3 - i % 4)));
            Instant changed = i % 5 == 0 ? created.plus(Duration.ofDays(2)) : created.plus(Duration.ofDays(1));
            String[] sender = senders[i % 2];
            SendType type = i % 3 == 0 ? SendType.DIRECT : SendType.INVENTORIED;
            out.add(Send.builder()
                    .id("SND-" + String.format(Locale.ROOT, "%07d", 1000 + i))
                    .createdAt(created)
                    .type(type)
                    .status(statuses[i % 7 % 2])
                    .statusChangedAt(changed)
                    .senderName(sender[0]).senderEmail(sender[1]).team(sender[2])
                    .recipientName(recipients[i % 11 % 3])
                    .campaign(campaigns[i % 13 % 3])
                    .campaignState(CampaignState.ACTIVE)
                    .gift("Mug").quantity(1)
                    .cost(costs[i % 9 % 3]).currency("USD")
                    .trackingNumber(tracking[i % 17 % 2])
                    .build());
        }
        Collections.shuffle(out, rnd);
        return out;
    }

    @Test
    void everyColumnInBothDirectionsBreaksTiesNewestFirstThenGreaterIdOnEveryReadPath() {
        SendIndex index = new SendIndex(store, database.dataSource());
        store.addListener(index);
        index.build();
        User admin = JdbcSendStore.LOCAL_ADMIN;
        SendReads batched = new SendReads(new Connections(database.dataSource(), database.dialect()), 7);
        int tiedPairs = 0;
        for (SendSort.Field field : SendSort.Field.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                SendSort sort = new SendSort(field, ascending);
                List<String> expected = ids(reference.page(admin, SendFilter.ALL, sort, 0, 1000, RandomSends.NOW)
                        .rows());
                assertEquals(fixture.size(), expected.size());
                assertEquals(expected, ids(store.page(admin, SendFilter.ALL, sort, 0, 1000, RandomSends.NOW).rows()),
                        "SQL page, " + sort);
                List<String> read = new ArrayList<>();
                batched.forEach(admin, SendFilter.ALL, sort, RandomSends.NOW, false, 1, s -> read.add(s.id()));
                assertEquals(expected, read, "keyset batches of 7, " + sort);
                List<String> exported = new ArrayList<>();
                store.forEach(admin, SendFilter.ALL, sort, RandomSends.NOW, false, s -> exported.add(s.id()));
                assertEquals(expected, exported, "store read, " + sort);
                assertEquals(expected, index.pageIds(admin, SendFilter.ALL, sort, 0, 1000, RandomSends.NOW).ids(),
                        "index, " + sort);
                // a page in the middle of a run of ties, as the paged table asks for it
                assertEquals(expected.subList(40, 60),
                        index.pageIds(admin, SendFilter.ALL, sort, 40, 20, RandomSends.NOW).ids(), "index page, " + sort);
                assertEquals(expected.subList(40, 60),
                        ids(store.page(admin, SendFilter.ALL, sort, 40, 20, RandomSends.NOW).rows()),
                        "SQL page at 40, " + sort);
                tiedPairs += tiedPairs(sort, reference.page(admin, SendFilter.ALL, sort, 0, 1000, RandomSends.NOW)
                        .rows());
            }
        }
        assertTrue(tiedPairs > 1000, "the fixture is made of ties: " + tiedPairs);
    }

    @Test
    void theRuleWrittenOutOnTenSendsSortedByStatus() {
        User admin = JdbcSendStore.LOCAL_ADMIN;
        SendFilter tenSends = SendFilter.ALL.withSearch("SND-000100"); // SND-0001000 … SND-0001009
        // Delivered: 1008 (created 18:00 after BASE), 1005 and 1001 (12:00), 1003 (0:00);
        // Shipped: 1004 and 1000 (18:00), 1009 (12:00), 1006 and 1002 (6:00), 1007 (0:00).
        List<String> delivered = List.of("SND-0001008", "SND-0001005", "SND-0001001", "SND-0001003");
        List<String> shipped = List.of("SND-0001004", "SND-0001000", "SND-0001009", "SND-0001006", "SND-0001002",
                "SND-0001007");
        List<String> ascending = new ArrayList<>(delivered);
        ascending.addAll(shipped);
        List<String> descending = new ArrayList<>(shipped);
        descending.addAll(delivered);
        SendIndex index = new SendIndex(store, database.dataSource());
        index.build();
        for (boolean up : new boolean[] {true, false}) {
            SendSort sort = new SendSort(SendSort.Field.STATUS, up);
            List<String> want = up ? ascending : descending;
            assertEquals(want, ids(reference.page(admin, tenSends, sort, 0, 20, RandomSends.NOW).rows()), "oracle");
            assertEquals(want, ids(store.page(admin, tenSends, sort, 0, 20, RandomSends.NOW).rows()), "SQL");
            assertEquals(want, index.pageIds(admin, tenSends, sort, 0, 20, RandomSends.NOW).ids(), "index");
        }
    }

    /**
     * The orders the table and the exports use most walk an index instead of sorting: H2 says so
     * in its plan; PostgreSQL picks by its statistics, so sorting is priced out ({@code enable_sort
     * = off}) and the plan must still need no Sort node — which holds only when an index gives the
     * order.
     */
    @Test
    void newestAndOldestFirstAndTheIdOrderWalkAnIndex() throws Exception {
        for (SendSort sort : List.of(SendSort.NEWEST_FIRST, new SendSort(SendSort.Field.CREATED_AT, true),
                new SendSort(SendSort.Field.ID, true), new SendSort(SendSort.Field.ID, false))) {
            SqlFilter q = SqlFilter.of(database.dialect(), JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, RandomSends.NOW,
                    true);
            String sql = "EXPLAIN SELECT " + SendColumns.SELECT + q.from(true) + q.whereClause()
                    + SqlFilter.orderBy(database.dialect(), sort) + " LIMIT 100 OFFSET 0";
            try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement()) {
                if (kind == StoreKind.TEAM) {
                    st.execute("SET enable_sort = off");
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                if (kind == StoreKind.TEAM) {
                    assertTrue(plan.indexOf("Sort Key") < 0 && plan.indexOf("Index") >= 0, sort + ": " + plan);
                } else {
                    assertTrue(plan.toString().strip().endsWith("/* index sorted */"), sort + ": " + plan);
                }
            }
        }
    }

    /** Neighbours with an equal sort value, each checked against the rule as stated (newest first, then greater id). */
    private static int tiedPairs(SendSort sort, List<Send> rows) {
        int pairs = 0;
        for (int i = 1; i < rows.size(); i++) {
            Send a = rows.get(i - 1);
            Send b = rows.get(i);
            if (ReferenceStore.sameKey(sort.field(), a, b)) {
                pairs++;
                assertTrue(a.createdAt().isAfter(b.createdAt())
                        || a.createdAt().equals(b.createdAt()) && a.id().compareTo(b.id()) > 0,
                        sort + ": " + a.id() + " before " + b.id());
            }
        }
        return pairs;
    }

    private static List<String> ids(List<Send> rows) {
        return rows.stream().map(Send::id).toList();
    }
}
