package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small parts of an import on their own: the byte count behind the progress bar, the
 * duplicate-id check past its first table size, and the reject file's exact bytes.
 */
class RejectsDuplicatesAndCountsTest {

    @TempDir
    Path dir;

    @Test
    void countingCountsEveryByteReadOrSkippedAndNothingAtTheEnd() throws IOException {
        byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
        try (CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(ten))) {
            assertEquals(0, in.count());
            assertEquals('0', in.read());
            assertEquals(1, in.count());
            byte[] buf = new byte[4];
            assertEquals(4, in.read(buf, 0, 4));
            assertArrayEquals("1234".getBytes(StandardCharsets.US_ASCII), buf);
            assertEquals(5, in.count());
            assertEquals(2, in.skip(2));
            assertEquals(7, in.count());
            assertEquals(3, in.read(buf, 0, 4));
            assertEquals(10, in.count());
            assertEquals(-1, in.read(buf, 0, 4));
            assertEquals(-1, in.read());
            assertEquals(0, in.skip(5));
            assertEquals(10, in.count(), "the end of the stream adds nothing");
        }
    }

    @Test
    void duplicatesAreFoundAfterTheTableHasGrownManyTimes() {
        DuplicateIds ids = new DuplicateIds();
        int n = 20_000; // the table starts with 4,096 slots and grows at half full: four times here
        for (int i = 0; i < n; i++) {
            SendRow row = accepted(i + 2, "SND-" + i);
            assertTrue(ids.check(row).isAccepted(), "SND-" + i);
        }
        assertEquals(n, ids.size());
        for (int i = 0; i < n; i += 997) {
            SendRow again = ids.check(accepted(n + 10 + i, "SND-" + i));
            assertFalse(again.isAccepted(), "SND-" + i);
            assertEquals("Send ID", again.field());
            assertEquals("Send ID \"SND-" + i + "\" already appeared on line " + (i + 2) + " of this file",
                    again.reason());
        }
        assertEquals(n, ids.size(), "a rejected duplicate is not stored again");
    }

    @Test
    void aRejectedRowNeitherClaimsItsIdNorCounts() {
        DuplicateIds ids = new DuplicateIds();
        SendRow bad = SendRow.rejected(2, "Status", "unknown status", () -> List.of("A", "Nope"));
        assertEquals(bad, ids.check(bad));
        assertEquals(0, ids.size());
        assertTrue(ids.check(accepted(3, "A")).isAccepted());
        assertEquals(1, ids.size());
        assertTrue(ids.check(accepted(4, "B")).isAccepted());
        assertFalse(ids.check(accepted(5, "A")).isAccepted());
    }

    @Test
    void theHashIsFnv1aWithAFinaliser() {
        // Written out by hand from the documented steps, for the empty string and "A".
        assertEquals(finalised(0xcbf29ce484222325L), DuplicateIds.hash(""));
        assertEquals(finalised((0xcbf29ce484222325L ^ 'A') * 0x100000001b3L), DuplicateIds.hash("A"));
        assertFalse(DuplicateIds.hash("AB") == DuplicateIds.hash("BA"));
    }

    private static long finalised(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    @Test
    void theRejectFileHoldsEachRowAsItWasWithLineAndReason() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "ignored");
        Path written;
        try (RejectsWriter w = new RejectsWriter(input, List.of("Send ID", "=Status"))) {
            w.write(SendRow.rejected(3, "Status", "unknown status \"Nope\"", () -> List.of("A", "Nope")));
            w.write(SendRow.rejected(7, null, "=the row as a whole", () -> List.of("B", "+1")));
            assertEquals(2, w.rows());
            written = w.finish();
        }
        assertEquals(dir.resolve("in.csv.rejects.csv").toAbsolutePath(), written);
        byte[] bytes = Files.readAllBytes(written);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "a BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("Send ID,'=Status,Line,Reason\r\n"
                + "A,Nope,3,\"Status: unknown status \"\"Nope\"\"\"\r\n"
                + "B,+1,7,'=the row as a whole\r\n", text, "a live formula gets an apostrophe, a bare number not");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("in.csv", "in.csv.rejects.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void withoutRejectedRowsNoFileIsLeft() throws IOException {
        Path input = dir.resolve("clean.csv");
        Files.writeString(input, "ignored");
        try (RejectsWriter w = new RejectsWriter(input, List.of("Send ID"))) {
            assertNull(w.finish());
            assertEquals(0, w.rows());
        }
        Files.writeString(RejectsWriter.rejectsFileFor(input), "an old reject file");
        try (RejectsWriter w = new RejectsWriter(input, List.of("Send ID"))) {
            w.write(SendRow.rejected(2, "Send ID", "blank", () -> List.of("")));
            assertEquals(RejectsWriter.rejectsFileFor(input), w.finish());
        }
        assertEquals("\uFEFFSend ID,Line,Reason\r\n,2,Send ID: blank\r\n",
                Files.readString(RejectsWriter.rejectsFileFor(input), StandardCharsets.UTF_8), "replaced");
        try (RejectsWriter w = new RejectsWriter(input, List.of("Send ID"))) {
            w.write(SendRow.rejected(2, "Send ID", "blank", () -> List.of("")));
            // given up (a malformed file): close without finish removes the temporary file
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the input and the earlier reject file only");
        }
    }

    private static SendRow accepted(long line, String id) {
        return SendRow.accepted(line, TestSends.plain(id).build(), () -> List.of(id));
    }
}
