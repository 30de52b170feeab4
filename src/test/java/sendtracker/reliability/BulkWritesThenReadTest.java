package sendtracker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.exchange.CsvSendWriter;
import sendtracker.service.Backend;
import sendtracker.service.ImportService;
import sendtracker.service.TestStores;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;
import sendtracker.store.UpsertCounts;

/**
 * Long reads finish and imports are restartable (docs/design.md, "Reliability promises"): a store
 * read whole right after it was filled, and an import killed in the middle that leaves whole
 * batches and finishes when run again.
 */
class BulkWritesThenReadTest {
    static final int SENDS = 6_000;
    static final int BATCH = 500;
    private static final Instant NOW = TestStores.CLOCK.instant();

    @TempDir
    static Path dir;
    static Path csv;
    static List<String> readRightAfter = new ArrayList<>();

    /** Fills a new store and, the moment it is filled, exports it whole: the file the import test uses. */
    @BeforeAll
    static void generateAndExportAtOnce() throws Exception {
        csv = dir.resolve("sends.csv");
        try (Backend b = TestStores.demo(dir.resolve("fresh"), SENDS);
                OutputStream out = Files.newOutputStream(csv); CsvSendWriter w = new CsvSendWriter(out, true)) {
            b.store().forEach(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, NOW, true, s -> {
                readRightAfter.add(s.id());
                w.write(s);
            });
        }
    }

    @Test
    void aStoreExportedRightAfterItWasFilledReadsWhole() {
        assertEquals(SENDS, readRightAfter.size());
        assertEquals(SENDS, new HashSet<>(readRightAfter).size());
    }

    @Test
    void anImportKilledMidwayLeavesWholeBatchesAndRunningItAgainFinishesTheJob() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("killed").toAbsolutePath();
        try (ChildJvm child = ChildJvm.start(ImportMain.class, dir.resolve("import.err"), url, csv.toString(),
                String.valueOf(BATCH))) {
            child.awaitLine(l -> l.startsWith("STORING ") && Long.parseLong(l.substring(8).trim()) >= SENDS / 4,
                    "a quarter of the rows read", KilledRightAfterReportTest.LINE_TIMEOUT_S);
            child.kill();
        }
        long kept;
        try (SendStore store = new JdbcSendStore(Database.open(url))) {
            kept = store.sendCount();
            assertEquals(0, kept % BATCH, "only whole batches: " + kept);
            // the local store syncs an import once at its end (docs/decisions/0035-h2-import-syncs-at-its-end.md):
            // a kill may leave it as it was before or with the batches H2's writer had already written
            assertTrue(kept < SENDS, "killed midway: " + kept + " of " + SENDS);
            ImportService.Report again = new ImportService(store, BATCH).importFile(csv, JdbcSendStore.LOCAL_ADMIN,
                    ImportService.Progress.NONE, () -> false);
            assertEquals(new UpsertCounts(SENDS - kept, 0, kept),
                    new UpsertCounts(again.inserted(), again.updated(), again.unchanged()), again.summary());
        }
        String straight = "jdbc:h2:file:" + dir.resolve("straight").toAbsolutePath();
        try (SendStore rerun = new JdbcSendStore(Database.open(url));
                SendStore once = new JdbcSendStore(Database.open(straight))) {
            new ImportService(once, BATCH).importFile(csv, JdbcSendStore.LOCAL_ADMIN, ImportService.Progress.NONE,
                    () -> false);
            assertEquals(all(once), all(rerun));
        }
    }

    private static List<Send> all(SendStore store) {
        List<Send> out = new ArrayList<>();
        store.forEach(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, NOW, true, out::add);
        return out;
    }
}
