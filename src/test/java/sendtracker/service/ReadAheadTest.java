package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.exchange.SendFileException;
import sendtracker.exchange.SendFileReader;
import sendtracker.exchange.SendRow;

class ReadAheadTest {
    private static final String HEADER = "Send ID,Created At,Type,Status,Status Changed At,Sender Email,Team,Cost";

    @TempDir
    Path dir;

    private static String row(int i, boolean good) {
        return "R" + i + ",2026-11-01T10:00:00Z,Inventoried," + (good ? "Processing" : "Nope")
                + ",2026-11-02T10:00:00Z,ana@example.com,East,1";
    }

    /** {@code n} rows on lines 2…n+1; the rows whose index is in {@code bad} have an unknown status. */
    private SendFileReader checked(int n, int... bad) throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < n; i++) {
            final int at = i;
            lines.add(row(i, java.util.Arrays.stream(bad).noneMatch(b -> b == at)));
        }
        Path f = dir.resolve("rows.csv");
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        SendFileReader reader = SendFileReader.open(f);
        reader.check(SendFileReader.Progress.NONE, () -> false);
        return reader;
    }

    private static boolean readerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("import-reader") && t.isAlive());
    }

    @Test
    void rowsArriveInFileOrderOnTheCallingThreadInChunksThatEndWithAFullBatch() throws Exception {
        SendFileReader reader = checked(10, 2, 6);
        Thread caller = Thread.currentThread();
        List<List<SendRow>> chunks = new ArrayList<>();
        boolean complete = ReadAhead.run(reader, r -> r, 3, SendFileReader.Progress.NONE, () -> false, rows -> {
            assertSame(caller, Thread.currentThread());
            chunks.add(rows);
        });
        assertTrue(complete);
        List<Long> lines = new ArrayList<>();
        List<Long> acceptedPerChunk = new ArrayList<>();
        for (List<SendRow> chunk : chunks) {
            chunk.forEach(r -> lines.add(r.line()));
            acceptedPerChunk.add(chunk.stream().filter(SendRow::isAccepted).count());
        }
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), lines);
        assertEquals(List.of(3L, 3L, 2L), acceptedPerChunk);
        // the full chunks end with the row that filled the batch, the rejected ones inside them
        assertEquals(5L, chunks.get(0).get(chunks.get(0).size() - 1).line());
        assertFalse(chunks.get(0).get(2).isAccepted());
        assertFalse(readerThreadAlive());
    }

    @Test
    void theCheckRunsOnTheReadingThreadAndDecidesWhatIsAccepted() throws Exception {
        SendFileReader reader = checked(6);
        List<String> threads = new ArrayList<>();
        List<SendRow> got = new ArrayList<>();
        ReadAhead.run(reader, r -> {
            threads.add(Thread.currentThread().getName());
            return r.line() % 2 == 0 ? r.reject(null, "even line") : r;
        }, 2, SendFileReader.Progress.NONE, () -> false, got::addAll);
        assertEquals(List.of("import-reader"), threads.stream().distinct().toList());
        assertEquals(6, got.size());
        assertEquals(3, got.stream().filter(SendRow::isAccepted).count());
        assertEquals("even line", got.get(0).reason());
    }

    @Test
    void aFailingCallerStopsTheReadAndItsFailureComesBackOnceTheReaderHasEnded() throws Exception {
        SendFileReader reader = checked(2000);
        AtomicInteger checkedRows = new AtomicInteger();
        IllegalStateException full = new IllegalStateException("disk full");
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ReadAhead.run(reader, r -> {
            checkedRows.incrementAndGet();
            return r;
        }, 5, SendFileReader.Progress.NONE, () -> false, rows -> {
            if (calls.incrementAndGet() == 2) {
                throw full;
            }
        }));
        assertSame(full, thrown);
        assertFalse(readerThreadAlive());
        // two chunks taken, one waiting, one being read when the caller stopped: nowhere near the file's end
        assertTrue(checkedRows.get() <= 25, checkedRows.get() + " rows read");
    }

    @Test
    void aCancelEndsTheReadAndTheRowsBeforeItStillArrive() throws Exception {
        SendFileReader reader = checked(40);
        AtomicInteger asked = new AtomicInteger();
        List<SendRow> got = new ArrayList<>();
        boolean complete = ReadAhead.run(reader, r -> r, 5, SendFileReader.Progress.NONE,
                () -> asked.incrementAndGet() > 7, got::addAll);
        assertFalse(complete);
        assertEquals(7, got.size());
        assertEquals(8L, got.get(6).line());
    }

    @Test
    void aReadFailureComesAfterTheRowsReadBeforeIt() throws Exception {
        SendFileReader reader = checked(3000);
        // the file changes between the passes: a byte that is not UTF-8 far into it
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3000; i++) {
            bytes.writeBytes((i == 2500 ? row(i, true).replace("East", "E\u00e9st") : row(i, true))
                    .getBytes(StandardCharsets.UTF_8));
            if (i == 2500) {
                bytes.write(0xFF);
            }
            bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(reader.file(), bytes.toByteArray());
        List<SendRow> got = new ArrayList<>();
        assertThrows(SendFileException.class, () -> ReadAhead.run(reader, r -> r, 100,
                SendFileReader.Progress.NONE, () -> false, got::addAll));
        assertFalse(got.isEmpty());
        for (int i = 0; i < got.size(); i++) {
            assertEquals(i + 2L, got.get(i).line());
        }
        assertTrue(got.size() < 2501, got.size() + " rows");
        assertFalse(readerThreadAlive());
    }
}
