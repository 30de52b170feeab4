package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * Once the file has passed the check, the team store stores two batches at once on two connections,
 * committed in file order (docs/decisions/0031-team-import-stores-two-batches-at-once.md). Small batches
 * make many of them, so batches overlap whatever the threads' timing; a new team and sender every few
 * batches make later batches refer to rows an earlier, maybe uncommitted, batch created.
 */
class TeamImportTwoBatchesAtOnceTest {
    private static final String HEADER = "Send ID,Created At,Type,Status,Status Changed At,Sender Email,Team,Cost";
    private static final User ADMIN = JdbcSendStore.LOCAL_ADMIN;
    private static final int BATCH = 5;

    @TempDir
    Path dir;

    private final String name = TeamStoreServer.newDatabase();
    private final Database database = Database.open(TeamStoreServer.url(name));
    private final SendStore store = new JdbcSendStore(database);
    private final AtomicInteger pipelined = new AtomicInteger();
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        store.close();
    }

    /** The store, counting the batches that commit on their own (on the team store: through its pipeline). */
    private SendStore counting() {
        store.addListener(heard::addAll);
        return CountingStore.of(store, pipelined, new AtomicInteger());
    }

    /** Rows W{from}..W{to-1}; a new team and sender every 50 rows. */
    private Path csv(String file, int from, int to, String changedAt) throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = from; i < to; i++) {
            int team = i / 50;
            lines.add("W" + i + ",2026-11-01T10:00:00Z,Inventoried,Processing," + changedAt
                    + ",sender" + team + "@example.com,Team " + team + ",1");
        }
        Path f = dir.resolve(file);
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    private List<String> feedIdsAfter(long seq) {
        List<String> ids = new ArrayList<>();
        for (ChangeFeed.Change c : ChangeFeed.of(database).after(seq, 100_000)) {
            ids.add(c.sendId());
        }
        return ids;
    }

    @Test
    void batchesStoredTwoAtOnceCountAndFeedAsOneConnectionWould() throws Exception {
        ImportService.Report first = new ImportService(store, BATCH)
                .importFile(csv("first.csv", 0, 150, "2026-11-02T10:00:00Z"), ADMIN, ImportService.Progress.NONE,
                        () -> false);
        assertNull(first.error());
        long seq = ChangeFeed.of(database).latestSeq();
        assertEquals(150, seq);
        // W0-W149 stored at 11-02: this file's W0-W99 are newer, W100-W149 older, W150-W599 new
        Path f = csv("second.csv", 0, 600, "2026-11-03T10:00:00Z");
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        for (int i = 101; i <= 150; i++) {
            lines.set(i, lines.get(i).replace("2026-11-03T10:00:00Z", "2026-11-01T12:00:00Z"));
        }
        Files.write(f, lines);

        ImportService.Report r = new ImportService(counting(), BATCH).importFile(f, ADMIN, ImportService.Progress.NONE,
                () -> false);

        assertNull(r.error());
        assertEquals(600, r.read());
        assertEquals(450, r.inserted());
        assertEquals(100, r.updated());
        assertEquals(50, r.unchanged());
        assertEquals(600, store.sendCount());
        assertEquals(12, store.teamNames().size()); // Team 0 .. Team 11, each created once
        assertTrue(pipelined.get() > 10, "batches through the pipeline: " + pipelined.get());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            if (i < 100 || i >= 150) {
                expected.add("W" + i);
            }
        }
        // the feed's sequences rise in file order, one entry for each changed send: no hole to wait for
        assertEquals(expected, feedIdsAfter(seq));
        // listeners hear every changed send once, batch after batch in file order
        assertEquals(expected, heard);
        assertEquals(Instant.parse("2026-11-03T10:00:00Z"), store.find(ADMIN, "W42").orElseThrow().statusChangedAt());
        assertEquals(Instant.parse("2026-11-02T10:00:00Z"), store.find(ADMIN, "W120").orElseThrow().statusChangedAt());
    }

    @Test
    void aFailingBatchTakesBackItselfAndEveryLaterOneAndKeepsTheEarlierOnes() throws Exception {
        TeamStoreServer.execute(name, "CREATE FUNCTION fail_w500() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN IF NEW.id = 'W500' THEN RAISE EXCEPTION 'no W500 here'; END IF; RETURN NEW; END $$;"
                + " CREATE TRIGGER fail_w500 BEFORE INSERT ON sends FOR EACH ROW EXECUTE FUNCTION fail_w500()");
        Path f = csv("fails.csv", 0, 800, "2026-11-03T10:00:00Z");

        ImportService.Report r = new ImportService(counting(), BATCH).importFile(f, ADMIN, ImportService.Progress.NONE,
                () -> false);

        assertTrue(r.failed());
        // W500 is on line 502, the first of its batch: every row before it is stored, none from it on
        assertTrue(r.error().contains("from line 502 on"), r.error());
        assertTrue(r.error().contains("no W500 here"), r.error());
        assertTrue(pipelined.get() > 10, "batches through the pipeline: " + pipelined.get());
        assertEquals(500, r.inserted());
        assertEquals(500, store.sendCount());
        assertTrue(store.find(ADMIN, "W499").isPresent());
        assertTrue(store.find(ADMIN, "W505").isEmpty()); // the batch after the failing one went back too
        assertEquals(500, feedIdsAfter(0).size());
        assertEquals(500, heard.size());

        TeamStoreServer.execute(name, "DROP TRIGGER fail_w500 ON sends");
        ImportService.Report again = new ImportService(store, BATCH).importFile(f, ADMIN, ImportService.Progress.NONE,
                () -> false);
        assertNull(again.error());
        assertEquals(300, again.inserted()); // importing the file again is safe
        assertEquals(500, again.unchanged());
        assertEquals(800, store.sendCount());
    }
}
