package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.store.index.RandomSends;

/**
 * The batched read of {@link SendReads#forEach} against one plain query in the same order: the
 * same sends, in the same order, with the same histories, for every sort in both directions
 * (with empty values and equal keys across batch boundaries), with filters and viewers; and a
 * failure on either side ends the read with that failure, no reading thread left behind.
 */
class KeysetReadTest {
    private Database database;
    private JdbcSendStore store;
    private Connections connections;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:keyset" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        store = new JdbcSendStore(database);
        connections = new Connections(database.dataSource(), database.dialect());
        store.saveUsers(RandomSends.users());
        store.upsert(RandomSends.sends(new Random(7), 600));
    }

    @AfterEach
    void close() {
        try {
            store.close();
        } catch (StoreException e) {
            // a test shut the database down already
        }
    }

    @Test
    void everySortInBothDirectionsReadsTheSameSendsInTheSameOrderAsOneQuery() throws Exception {
        for (int batch : new int[] {16, 250}) {
            SendReads reads = new SendReads(connections, batch);
            for (SendSort.Field field : SendSort.Field.values()) {
                for (boolean ascending : new boolean[] {true, false}) {
                    SendSort sort = new SendSort(field, ascending);
                    List<String> expected = idsInOneQuery(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, sort);
                    // one of three reads at once: batches a third as long, the same sends
                    for (int parts : new int[] {1, 3}) {
                        List<String> got = new ArrayList<>();
                        reads.forEach(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, sort, RandomSends.NOW, false, parts,
                                s -> got.add(s.id()));
                        assertEquals(expected, got, "batch " + batch + ", " + parts + " parts, " + sort);
                    }
                }
            }
        }
    }

    @Test
    void filteredReadsForEachViewerMatchOneQueryWithTheirHistories() throws Exception {
        Random rnd = new Random(11);
        List<Send> sample = RandomSends.sends(new Random(7), 600);
        SendReads reads = new SendReads(connections, 13);
        List<User> viewers = new ArrayList<>(store.users());
        viewers.add(JdbcSendStore.LOCAL_ADMIN);
        int nonEmpty = 0;
        for (int i = 0; i < 60; i++) {
            User viewer = viewers.get(rnd.nextInt(viewers.size()));
            SendFilter filter = RandomSends.filter(rnd, sample);
            SendSort sort = RandomSends.sort(rnd);
            List<String> expected = idsInOneQuery(viewer, filter, sort);
            List<Send> got = new ArrayList<>();
            reads.forEach(viewer, filter, sort, RandomSends.NOW, true, 1 + i % 2, got::add);
            assertEquals(expected, got.stream().map(Send::id).toList(), viewer.email() + " " + filter + " " + sort);
            for (Send s : got) {
                assertEquals(store.find(JdbcSendStore.LOCAL_ADMIN, s.id()).orElseThrow(), s, s.id());
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > 15, "too few queries selected anything: " + nonEmpty);
    }

    @Test
    void aSinkOrAStoreFailingMidReadEndsTheReadWithThatFailureAndLeavesNoReaderRunning() {
        SendReads reads = new SendReads(connections, 13);
        for (boolean withHistory : new boolean[] {false, true}) {
            int[] seen = {0};
            IllegalStateException sinkFailure = new IllegalStateException("the writer failed");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> reads.forEach(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST,
                            RandomSends.NOW, withHistory, 1, s -> {
                                if (++seen[0] == 100) {
                                    throw sinkFailure;
                                }
                            }));
            assertEquals(sinkFailure, e);
            assertEquals(List.of(), exportThreads(), "withHistory " + withHistory);
        }
        // the store goes away mid-read: the reading thread fails on its next batch
        int[] seen = {0};
        StoreException e = assertThrows(StoreException.class,
                () -> reads.forEach(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST,
                        RandomSends.NOW, true, 1, s -> {
                            if (++seen[0] == 100) {
                                try (Connection c = database.dataSource().getConnection()) {
                                    c.createStatement().execute("SHUTDOWN");
                                }
                            }
                        }));
        assertTrue(seen[0] < 600, "the read stopped at the failure: " + seen[0] + " " + e.getMessage());
        assertEquals(List.of(), exportThreads());
    }

    @Test
    void aSenderTeamAndCampaignFirstStoredWhileTheReadRunsAreNamedAsAJoinNamesThem() throws Exception {
        // the read takes names from users, teams and campaigns read at its start: one made later is asked for
        List<String> ids = idsInOneQuery(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST);
        String oldest = ids.get(ids.size() - 1);
        List<Send> got = new ArrayList<>();
        new SendReads(connections, 5).forEach(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST,
                RandomSends.NOW, false, 1, s -> {
                    if (got.isEmpty()) {
                        Send o = store.find(JdbcSendStore.LOCAL_ADMIN, oldest).orElseThrow();
                        store.upsert(List.of(o.toBuilder().senderEmail("late.comer@example.com")
                                .senderName("Late Comer").team("Late Team").campaign("Late Campaign")
                                .statusChangedAt(o.statusChangedAt().plusSeconds(60)).build()));
                    }
                    got.add(s);
                });
        Send last = got.get(got.size() - 1);
        assertEquals(oldest, last.id());
        assertEquals(List.of("Late Comer", "late.comer@example.com", "Late Team", "Late Campaign"),
                List.of(last.senderName(), last.senderEmail(), last.team(), last.campaign()));
        assertEquals(store.find(JdbcSendStore.LOCAL_ADMIN, oldest).orElseThrow().toBuilder().history(List.of()).build(),
                last);
    }

    private static List<String> exportThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("send-export-")).toList();
    }

    /** The order as one query gives it: the filter's WHERE and the sort's ORDER BY, no batches. */
    private List<String> idsInOneQuery(User viewer, SendFilter filter, SendSort sort) throws Exception {
        SqlFilter q = SqlFilter.of(database.dialect(), viewer, filter, RandomSends.NOW, true);
        String sql = "SELECT s.id" + q.from(true) + q.whereClause() + SqlFilter.orderBy(database.dialect(), sort);
        List<String> ids = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Parameters.of(ps).all(q.params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
