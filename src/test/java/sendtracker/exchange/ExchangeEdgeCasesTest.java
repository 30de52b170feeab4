package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edges the larger tests pass by: a zero byte counted, a duplicate first column, a number after
 * the JSON list, a bad byte inside a JSON string found by the check pass, a two-byte UTF-16 file,
 * and the three shapes of a file error's message.
 */
class ExchangeEdgeCasesTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void aZeroByteIsCountedLikeAnyOther() throws IOException {
        try (CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(new byte[] {0, 0, 7}))) {
            assertEquals(0, in.read());
            assertEquals(1, in.count());
            assertEquals(0, in.read());
            assertEquals(7, in.read());
            assertEquals(3, in.count());
        }
    }

    @Test
    void aDuplicateOfTheFirstColumnIsFound() throws IOException {
        Path f = file("dup-first.csv", ("Send ID,Created At,Type,Status,Status Changed At,Send ID\n"
                + "A,2026-11-21T14:03:00Z,eGift,Sent,2026-11-21T14:03:00Z,A\n").getBytes(StandardCharsets.UTF_8));
        SendFileException e = assertThrows(SendFileException.class,
                () -> SendFileReader.open(f).check(SendFileReader.Progress.NONE, () -> false));
        assertEquals(1, e.line());
        assertEquals("column \"Send ID\" appears twice in the header row (columns 1 and 6)", e.problem());
    }

    @Test
    void aNumberAfterTheJsonListIsTrailingText() throws IOException {
        Path f = file("trailing-number.json", "[]\n1\n".getBytes(StandardCharsets.UTF_8));
        SendFileException e = assertThrows(SendFileException.class,
                () -> SendFileReader.open(f, SendFormat.JSON).check(SendFileReader.Progress.NONE, () -> false));
        assertEquals("there is more text after the end of the list of sends", e.problem());
        assertEquals(2, e.line());
    }

    @Test
    void aBadByteInsideAJsonStringStopsTheCheckPass() throws IOException {
        byte[] head = "[{\"id\": \"SND-".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}]".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = '(';
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        Path f = file("bad-byte.json", bytes);
        SendFileException e = assertThrows(SendFileException.class,
                () -> SendFileReader.open(f, SendFormat.JSON).check(SendFileReader.Progress.NONE, () -> false));
        assertEquals("the text is not valid UTF-8; save the file as UTF-8 (CSV UTF-8 in spreadsheets) and import it"
                + " again", e.problem());
    }

    @Test
    void twoBytesAreEnoughToTellUtf16() throws IOException {
        for (byte[] marker : new byte[][] {{(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}}) {
            Path f = file("utf16-" + (marker[0] & 0xFF) + ".csv", marker);
            SendFileException e = assertThrows(SendFileException.class, () -> SendFormat.detect(f));
            assertEquals("the file is saved as UTF-16; save it as UTF-8 (CSV UTF-8 in spreadsheets) and import it"
                    + " again", e.problem());
        }
    }

    @Test
    void aFileErrorNamesTheFileAndTheLineAndColumnWhenKnown() {
        Path f = Path.of("folder", "sends.csv");
        assertEquals("sends.csv: cut off", new SendFileException(f, 0, 0, "cut off").getMessage());
        assertEquals("sends.csv, line 1: cut off", new SendFileException(f, 1, 0, "cut off").getMessage());
        assertEquals("sends.csv, line 3, column 1: cut off", new SendFileException(f, 3, 1, "cut off").getMessage());
        assertEquals("-: cut off", new SendFileException(null, 0, 0, "cut off").getMessage());
        assertEquals(f, new SendFileException(f, 3, 1, "cut off").file());
        assertEquals(3, new SendFileException(f, 3, 1, "cut off").line());
        assertEquals("cut off", new SendFileException(f, 3, 1, "cut off").problem());
    }
}
