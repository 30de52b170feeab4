package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;
import sendtracker.store.SendStore;

/**
 * An export tells its progress every 1,024 sends and once at the end with the file's own size,
 * stops when cancelled at such a report, and a stream write stops at its limit (0 included).
 */
class ExportProgressTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static SendStore storeWith(int sends) {
        SendStore s = StoreFixture.newStore();
        List<Send> all = new ArrayList<>();
        for (int i = 0; i < sends; i++) {
            all.add(Send.builder().id(String.format("P%05d", i)).createdAt(T0).type(SendType.EGIFT)
                    .status(SendStatus.SENT).statusChangedAt(T0).senderName("Ana").senderEmail("ana@example.com")
                    .recipientName("Bo").build());
        }
        s.upsert(all);
        return s;
    }

    @Test
    void progressEvery1024SendsAndTheWholeFileAtTheEnd() throws Exception {
        try (SendStore s = storeWith(2100)) {
            User admin = s.defaultUser();
            List<long[]> reports = new ArrayList<>();
            Path out = dir.resolve("all.csv");
            ExportService.Report r = new ExportService(s, CLOCK).export(out, SendFormat.CSV, admin, SendFilter.ALL,
                    new SendSort(SendSort.Field.ID, true), (rows, bytes) -> reports.add(new long[] {rows, bytes}),
                    () -> false);
            assertFalse(r.cancelled());
            assertEquals(2100, r.rows());
            assertEquals(Files.size(out), r.bytes(), "every byte flushed and counted");
            assertEquals(List.of(1024L, 2048L, 2100L), reports.stream().map(x -> x[0]).toList());
            assertTrue(reports.get(0)[1] > 0 && reports.get(0)[1] <= reports.get(1)[1], "bytes so far");
            assertEquals(Files.size(out), reports.get(2)[1]);
            assertEquals(2101, Files.readAllLines(out, StandardCharsets.UTF_8).size(), "a header and every send");
        }
    }

    @Test
    void aCancelAtTheFirstReportLeavesNoFile() throws Exception {
        try (SendStore s = storeWith(1500)) {
            List<Long> reported = new ArrayList<>();
            Path out = dir.resolve("never.json");
            ExportService.Report r = new ExportService(s, CLOCK).export(out, SendFormat.JSON, s.defaultUser(),
                    SendFilter.ALL, SendSort.NEWEST_FIRST, (rows, bytes) -> reported.add(rows), () -> true);
            assertTrue(r.cancelled());
            assertEquals(0, r.rows());
            assertEquals(List.of(1024L), reported);
            try (var files = Files.list(dir)) {
                assertEquals(0, files.count(), "neither the file nor a temporary part");
            }
        }
    }

    @Test
    void aStreamWriteStopsAtItsLimit() {
        try (SendStore s = storeWith(5)) {
            User admin = s.defaultUser();
            SendSort byId = new SendSort(SendSort.Field.ID, true);
            ByteArrayOutputStream none = new ByteArrayOutputStream();
            assertEquals(0, new ExportService(s, CLOCK).write(none, SendFormat.JSON, admin, SendFilter.ALL, byId, 0));
            assertEquals("[]\n", none.toString(StandardCharsets.UTF_8), "an empty list, properly ended");
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            assertEquals(1, new ExportService(s, CLOCK).write(one, SendFormat.CSV, admin, SendFilter.ALL, byId, 1));
            assertEquals(2, one.toString(StandardCharsets.UTF_8).split("\r\n").length);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            assertEquals(5, new ExportService(s, CLOCK).write(all, SendFormat.CSV, admin, SendFilter.ALL, byId, 9));
        }
    }
}
