package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.Send;
import sendtracker.store.index.RandomSends;

/**
 * The local store's import batches (docs/decisions/0035-h2-import-syncs-at-its-end.md): each commits
 * on its own and is heard by the listeners, H2 writes in the background only while the import runs,
 * a failed batch rolls back alone, and what {@code finish} answered is on the disk even when the
 * process then stops without closing the store.
 */
class SerialUpsertsTest {
    @TempDir
    Path dir;

    @Test
    void batchesCommitOneByOneAndTheStoreWritesAtOnceAgainAfterwards() throws Exception {
        List<Send> sends = RandomSends.sends(new Random(3), 90);
        Database database = Database.open(url("batches"));
        try (JdbcSendStore store = new JdbcSendStore(database)) {
            store.saveUsers(RandomSends.users());
            Set<String> heard = new HashSet<>();
            store.addListener(heard::addAll);
            assertEquals(0, writeDelay(database));
            UpsertPipeline pipeline = store.pipelineUpserts().orElseThrow();
            assertEquals(H2Dialect.BACKGROUND_WRITE_DELAY_MS, writeDelay(database));
            pipeline.upsert(sends.subList(0, 40));
            assertEquals(40, store.sendCount()); // committed before the next batch is given
            assertEquals(1, pipeline.committedBatches());
            pipeline.upsert(sends.subList(40, 90));
            UpsertCounts counts = pipeline.finish();
            pipeline.close();
            assertEquals(new UpsertCounts(90, 0, 0), counts);
            assertEquals(2, pipeline.committedBatches());
            assertEquals(90, heard.size());
            assertEquals(0, writeDelay(database));
            assertThrows(IllegalStateException.class, () -> pipeline.upsert(sends.subList(0, 1)));
        }
    }

    @Test
    void aFailedBatchRollsBackAloneAndTheEarlierOnesStay() throws Exception {
        List<Send> sends = RandomSends.sends(new Random(4), 30);
        List<Send> second = new ArrayList<>(sends.subList(20, 30));
        second.set(5, second.get(5).toBuilder().id("X".repeat(65)).build()); // longer than the column
        Database database = Database.open(url("failed"));
        try (JdbcSendStore store = new JdbcSendStore(database)) {
            store.saveUsers(RandomSends.users());
            UpsertPipeline pipeline = store.pipelineUpserts().orElseThrow();
            pipeline.upsert(sends.subList(0, 20));
            assertThrows(StoreException.class, () -> pipeline.upsert(second));
            pipeline.close();
            assertEquals(1, pipeline.committedBatches());
            assertEquals(new UpsertCounts(20, 0, 0), pipeline.committed());
            assertEquals(20, store.sendCount());
            assertFalse(store.find(JdbcSendStore.LOCAL_ADMIN, sends.get(20).id()).isPresent());
            assertEquals(0, writeDelay(database));
        }
    }

    @Test
    void whatFinishAnsweredSurvivesAStopWithoutClosing() throws Exception {
        List<Send> sends = RandomSends.sends(new Random(5), 200);
        String url = url("durable");
        Database database = Database.open(url);
        JdbcSendStore store = new JdbcSendStore(database);
        store.saveUsers(RandomSends.users());
        UpsertPipeline pipeline = store.pipelineUpserts().orElseThrow();
        pipeline.upsert(sends.subList(0, 100));
        pipeline.upsert(sends.subList(100, 200));
        pipeline.finish();
        // as a killed process: H2 drops what it has not written yet, before the pipeline's close
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            // the connection ends with the database
        }
        Database again = Database.open(url);
        try (JdbcSendStore reopened = new JdbcSendStore(again)) {
            assertEquals(200, reopened.sendCount());
            assertEquals(0, writeDelay(again)); // the store opens writing at once whatever a killed import left
        }
        try {
            store.close(); // its pool's connections ended with the database
        } catch (StoreException e) {
            // nothing left to close
        }
    }

    private String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
    }

    private static int writeDelay(Database database) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertTrue(rs.next(), "H2 names its write delay");
            return Integer.parseInt(rs.getString(1));
        }
    }
}
