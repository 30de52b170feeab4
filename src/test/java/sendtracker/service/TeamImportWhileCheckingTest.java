package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.User;
import sendtracker.store.ChangeFeed;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;
import sendtracker.store.TeamStoreServer;

/**
 * On the team store the storing pass starts while the file is still being checked, into a transaction
 * that commits only once the check has passed (docs/decisions/0028-team-import-stores-while-it-checks.md).
 * The check here waits at its first progress report until the storing pass has stored batches into
 * that transaction, so each test sees the overlap whatever the threads' timing.
 */
class TeamImportWhileCheckingTest {
    private static final String HEADER = "Send ID,Created At,Type,Status,Status Changed At,Sender Email,Team,Cost";
    private static final User ADMIN = JdbcSendStore.LOCAL_ADMIN;
    private static final int BATCH = 5;

    @TempDir
    Path dir;

    private final Database database = Database.open(TeamStoreServer.newUrl());
    private final SendStore store = new JdbcSendStore(database);
    private final AtomicInteger heldBatches = new AtomicInteger();
    private final AtomicInteger ownBatches = new AtomicInteger();
    private final Set<String> heard = ConcurrentHashMap.newKeySet();

    @AfterEach
    void close() {
        store.close();
    }

    /** The store, counting the batches that go into a held transaction and those that commit alone. */
    private SendStore counting() {
        store.addListener(heard::addAll);
        return CountingStore.of(store, ownBatches, heldBatches);
    }

    /** Progress whose first report of the check waits until {@code batches} batches are held. */
    private ImportService.Progress checkWaitsFor(int batches) {
        return (file, phase, rows, bytes, total) -> {
            if (phase == ImportService.Phase.CHECKING && rows > 0 && rows < 2000) {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (heldBatches.get() < batches && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
        };
    }

    private Path csv(String name, int rows, String last) throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < rows; i++) {
            lines.add("W" + i + ",2026-11-01T10:00:00Z,Inventoried," + (i % 100 == 7 ? "Nope" : "Processing")
                    + ",2026-11-02T10:00:00Z,ana@example.com,East,1");
        }
        if (last != null) {
            lines.add(last);
        }
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aFileTheCheckFailsStoresNothingThoughBatchesWereStoredWhileItWasChecked() throws Exception {
        Path f = csv("broken.csv", 3000, "BAD,2026-11-01T10:00:00Z,\"Inventoried,Processing,2026-11-02T10:00:00Z,a@b.c");
        ImportService.Report r = new ImportService(counting(), BATCH).importFile(f, ADMIN, checkWaitsFor(3), () -> false);

        assertTrue(r.failed());
        assertTrue(r.error().startsWith("broken.csv, line 3002: this is not valid CSV"), r.error());
        assertTrue(heldBatches.get() >= 3, "batches stored while checking: " + heldBatches.get());
        assertEquals(0, ownBatches.get());
        assertEquals(0, store.sendCount());
        assertEquals(0, ChangeFeed.of(database).latestSeq()); // the change feed's rows went with them
        assertTrue(heard.isEmpty(), "listeners heard of sends never committed: " + heard.size());
        assertNull(r.rejectsFile());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(f), left.toList()); // no reject file, no temporary file
        }
    }

    @Test
    void aGoodFileCommitsWhatWasStoredWhileItWasCheckedAndTheRestBatchByBatch() throws Exception {
        Path f = csv("good.csv", 3000, null);
        ImportService.Report r = new ImportService(counting(), BATCH).importFile(f, ADMIN, checkWaitsFor(3), () -> false);

        assertNull(r.error());
        assertEquals(3000, r.read());
        assertEquals(30, r.rejected()); // every hundredth row's status is unknown
        assertEquals(2970, r.inserted());
        assertEquals(2970, store.sendCount());
        assertTrue(heldBatches.get() >= 3, "batches stored while checking: " + heldBatches.get());
        assertEquals(2970 / BATCH, heldBatches.get() + ownBatches.get());
        assertEquals(2970, ChangeFeed.of(database).latestSeq());
        assertEquals(2970, heard.size());
        List<String> rejects = Files.readAllLines(r.rejectsFile());
        assertEquals(31, rejects.size());
        assertTrue(rejects.get(0).contains("Send ID,Created At,Type,Status"), rejects.get(0));
        assertTrue(rejects.get(1).startsWith("W7,"), rejects.get(1));
    }

    @Test
    void cancellingBeforeTheCheckHasPassedStoresNothing() throws Exception {
        Path f = csv("long.csv", 5000, null);
        ImportService.Report r = new ImportService(counting(), BATCH).importFile(f, ADMIN, checkWaitsFor(3),
                () -> heldBatches.get() >= 3);

        assertTrue(r.cancelled());
        assertEquals(0, r.read());
        assertEquals(0, store.sendCount());
        assertEquals(0, ChangeFeed.of(database).latestSeq());
        assertFalse(Files.exists(f.resolveSibling("long.csv.rejects.csv")));
    }
}
