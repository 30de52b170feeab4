package sendtracker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.exchange.CsvSendWriter;
import sendtracker.service.TestStores;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

/**
 * Done means on disk (docs/design.md, "Reliability promises"): the command line runs in a child
 * JVM, which is killed with SIGKILL the moment it has printed that the work is done — before it
 * can close the store — and the store, opened again, holds all of it.
 */
class KilledRightAfterReportTest {
    /** Child JVMs wait at most this long for their line (a busy CI machine starts a JVM slowly). */
    static final long LINE_TIMEOUT_S = 90;
    private static final Instant NOW = TestStores.CLOCK.instant();

    @TempDir
    Path dir;

    @Test
    void everyCancelThatPrintedCanceledIsStillThereAfterAKill() throws Exception {
        int tries = Integer.getInteger("sendtracker.kills", 20);
        String url = TestStores.url(dir);
        List<String> ids = new ArrayList<>();
        try (SendStore store = new JdbcSendStore(Database.open(url))) {
            List<Send> sends = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                ids.add("KILL-" + i);
                sends.add(cancelable("KILL-" + i));
            }
            store.upsert(sends);
        }
        for (int i = 0; i < tries; i++) {
            try (ChildJvm child = ChildJvm.start(HoldAfterLine.class, dir.resolve("cancel-" + i + ".err"),
                    "\"outcome\":\"CANCELED\"", "--db", url, "cancel", ids.get(i), "--format", "json")) {
                child.awaitLine("\"outcome\":\"CANCELED\"", LINE_TIMEOUT_S);
                child.kill();
            }
        }
        try (SendStore store = new JdbcSendStore(Database.open(url))) {
            long kept = 0;
            for (String id : ids) {
                Send s = store.find(JdbcSendStore.LOCAL_ADMIN, id).orElseThrow();
                boolean canceled = s.status() == SendStatus.CANCELED
                        && s.history().get(s.history().size() - 1).status() == SendStatus.CANCELED;
                kept += canceled ? 1 : 0;
            }
            assertEquals(tries, kept, "cancels kept after kill -9: " + kept + " of " + tries);
        }
    }

    @Test
    void anImportThatPrintedItsSummaryIsStillThereAfterAKill() throws Exception {
        Path csv = dir.resolve("sends.csv");
        int rows = 3_000;
        writeCsv(csv, rows);
        String url = "jdbc:h2:file:" + dir.resolve("target-store").toAbsolutePath();
        try (ChildJvm child = ChildJvm.start(HoldAfterLine.class, dir.resolve("import.err"), "rows read:",
                "--db", url, "import", csv.toString())) {
            String summary = child.awaitLine("rows read:", LINE_TIMEOUT_S);
            child.kill();
            assertTrue(summary.contains(String.format("%,d added", rows)), summary);
        }
        try (SendStore store = new JdbcSendStore(Database.open(url))) {
            assertEquals(rows, store.sendCount());
        }
    }

    /** Demo sends (seed 42) written as a CSV export writes them. */
    static void writeCsv(Path csv, int rows) throws IOException {
        try (SendStore source = TestStores.demo(csv.resolveSibling("source"), rows).store();
                OutputStream out = Files.newOutputStream(csv); CsvSendWriter w = new CsvSendWriter(out, true)) {
            source.forEach(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, NOW, false, w::write);
        }
    }

    /** An Inventoried send in Confirming Address: the policy lets anyone who sees it cancel it. */
    static Send cancelable(String id) {
        return Send.builder().id(id).createdAt(NOW.minusSeconds(86_400)).type(SendType.INVENTORIED)
                .status(SendStatus.CONFIRMING_ADDRESS).statusChangedAt(NOW.minusSeconds(3_600))
                .senderEmail("owner@example.com").senderName("Owner").team("Team A").recipientName("Rita Recipient")
                .campaign("Kill Test").cost(new BigDecimal("25.00")).currency("USD").fundingSource("Team A budget")
                .addressConfirmation(true)
                .addHistory(new StatusUpdate(SendStatus.INITIATED, NOW.minusSeconds(86_400), null, null))
                .addHistory(new StatusUpdate(SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(3_600), null, null))
                .build();
    }
}
