package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.Send;

/**
 * The two passes of both readers report progress every 256 (JSON) or 1,024 (CSV) rows and once
 * at the end with the file's size, and stop when cancelled: the check by throwing, the read by
 * answering false without the final report.
 */
class ReadProgressAndCancelTest {

    @TempDir
    Path dir;

    private Path file(SendFormat format, int rows) throws IOException {
        List<Send> sends = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            sends.add(TestSends.plain(String.format("SND-%05d", i)).build());
        }
        Path f = dir.resolve("sends-" + rows + "." + format.name().toLowerCase());
        TestSends.write(f, format, sends);
        return f;
    }

    private static List<long[]> recorder(List<long[]> into, SendFileReader.Progress[] progress) {
        progress[0] = (rows, bytes) -> into.add(new long[] {rows, bytes});
        return into;
    }

    private static void assertReports(List<Long> rows, List<long[]> reports, long size) {
        assertEquals(rows, reports.stream().map(r -> r[0]).toList());
        for (int i = 0; i + 1 < reports.size(); i++) {
            assertTrue(reports.get(i)[1] > 0 && reports.get(i)[1] <= size, "bytes so far within the file");
            assertTrue(reports.get(i)[1] <= reports.get(i + 1)[1], "bytes never go back");
        }
        assertEquals(size, reports.get(reports.size() - 1)[1], "the last report is the whole file");
    }

    @Test
    void jsonReportsEvery256RowsAndAtTheEnd() throws IOException {
        Path f = file(SendFormat.JSON, 600);
        SendFileReader reader = SendFileReader.open(f);
        assertEquals(SendFormat.JSON, reader.format());
        assertEquals(f, reader.file());
        assertEquals(List.of("Object"), reader.originalColumns());
        SendFileReader.Progress[] p = new SendFileReader.Progress[1];
        List<long[]> checked = recorder(new ArrayList<>(), p);
        assertEquals(600, reader.check(p[0], () -> false).rows());
        assertReports(List.of(256L, 512L, 600L), checked, Files.size(f));
        List<long[]> read = recorder(new ArrayList<>(), p);
        List<SendRow> rows = new ArrayList<>();
        assertTrue(reader.read(rows::add, p[0], () -> false));
        assertEquals(600, rows.size());
        assertEquals("SND-00599", rows.get(599).send().id());
        assertReports(List.of(256L, 512L, 600L), read, Files.size(f));
    }

    @Test
    void csvReportsEvery1024RowsAndAtTheEnd() throws IOException {
        Path f = file(SendFormat.CSV, 2100);
        SendFileReader reader = SendFileReader.open(f);
        assertEquals(SendFormat.CSV, reader.format());
        SendFileReader.Progress[] p = new SendFileReader.Progress[1];
        List<long[]> checked = recorder(new ArrayList<>(), p);
        assertEquals(2100, reader.check(p[0], () -> false).rows());
        assertReports(List.of(1024L, 2048L, 2100L), checked, Files.size(f));
        List<long[]> read = recorder(new ArrayList<>(), p);
        List<SendRow> rows = new ArrayList<>();
        assertTrue(reader.read(rows::add, p[0], () -> false));
        assertEquals(2100, rows.size());
        assertReports(List.of(1024L, 2048L, 2100L), read, Files.size(f));
    }

    @Test
    void aCancelledCheckThrowsAtTheFirstReport() throws IOException {
        for (SendFormat format : SendFormat.values()) {
            Path f = file(format, 2100);
            SendFileReader reader = SendFileReader.open(f);
            List<Long> reported = new ArrayList<>();
            assertThrows(ReadCancelledException.class, () -> reader.check((rows, bytes) -> reported.add(rows), () -> true));
            assertEquals(List.of(format == SendFormat.JSON ? 256L : 1024L), reported, format.name());
        }
    }

    @Test
    void aCancelledReadStopsBetweenRowsAndSaysSo() throws IOException {
        for (SendFormat format : SendFormat.values()) {
            Path f = file(format, 10);
            SendFileReader reader = SendFileReader.open(f);
            AtomicInteger asked = new AtomicInteger();
            List<SendRow> rows = new ArrayList<>();
            List<Long> reported = new ArrayList<>();
            assertFalse(reader.read(rows::add, (r, b) -> reported.add(r), () -> asked.incrementAndGet() > 3),
                    format.name());
            assertEquals(3, rows.size(), format.name());
            assertEquals(List.of(), reported, "no final report after a cancel: " + format);
        }
    }

    @Test
    void aWrappedJsonArrayIsReadAndWhatFollowsItIsSkipped() throws IOException {
        Path f = dir.resolve("wrapped.json");
        Files.writeString(f, "{\"meta\": {\"page\": [1, 2]}, \"data\": [{\"id\": \"SND-W1\", \"created_at\":"
                + " \"2026-11-21T14:03:00Z\", \"type\": \"eGift\", \"status\": \"Sent\", \"status_changed_at\":"
                + " \"2026-11-21T14:03:00Z\"}], \"next\": {\"cursor\": null}, \"count\": 1}", StandardCharsets.UTF_8);
        List<SendRow> rows = TestSends.readAll(f);
        assertEquals(1, rows.size());
        assertEquals("SND-W1", rows.get(0).send() == null ? rows.get(0).reason() : rows.get(0).send().id());
    }

    @Test
    void textAfterTheListIsAnErrorAtItsPlace() throws IOException {
        Path f = dir.resolve("trailing.json");
        Files.writeString(f, "[]\n[]", StandardCharsets.UTF_8);
        SendFileException e = assertThrows(SendFileException.class,
                () -> SendFileReader.open(f, SendFormat.JSON).check(SendFileReader.Progress.NONE, () -> false));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("there is more text after the end of the list of sends"), e.getMessage());
    }
}
