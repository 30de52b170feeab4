package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which format a file is by its first bytes, which one a name asks for, and the words for both
 * formats; the byte sequences written out one by one.
 */
class FormatDetectionTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;
    private int files;

    private Path file(byte[] bytes) throws IOException {
        Path f = dir.resolve("f" + files++ + ".txt");
        Files.write(f, bytes);
        return f;
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + tail.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(tail, 0, out, a.length, tail.length);
        return out;
    }

    private SendFormat detect(String text) throws IOException {
        return SendFormat.detect(file(text.getBytes(StandardCharsets.UTF_8)));
    }

    private SendFileException refused(byte[] bytes) throws IOException {
        Path f = file(bytes);
        return assertThrows(SendFileException.class, () -> SendFormat.detect(f));
    }

    @Test
    void theFirstCharacterAfterBomAndWhiteSpaceDecides() throws IOException {
        assertEquals(SendFormat.JSON, detect("[]"));
        assertEquals(SendFormat.JSON, detect("{\"sends\": []}"));
        assertEquals(SendFormat.JSON, detect(" \t\r\n ["));
        assertEquals(SendFormat.JSON, SendFormat.detect(file(concat(BOM, "\n{"))));
        assertEquals(SendFormat.CSV, SendFormat.detect(file(concat(BOM, "Send ID\n"))));
        assertEquals(SendFormat.CSV, detect("Send ID,Status\n"));
        assertEquals(SendFormat.CSV, detect("x"));
        assertEquals(SendFormat.CSV, detect("\n\n a["));
        assertEquals(SendFormat.CSV, SendFormat.detect(file(new byte[] {(byte) 0xEF, (byte) 0xBB, '['})),
                "half a BOM is not one");
        assertEquals(SendFormat.CSV, SendFormat.detect(file(new byte[] {(byte) 0xEF, '['})));
    }

    @Test
    void emptyBinaryAndUtf16FilesAreRefusedWithTheirLine() throws IOException {
        SendFileException empty = refused(new byte[0]);
        assertEquals(1, empty.line());
        assertEquals("the file is empty; a CSV file needs a header row, a JSON file an array of sends", empty.problem());
        assertEquals("the file is empty; a CSV file needs a header row, a JSON file an array of sends",
                refused(" \r\n\t ".getBytes(StandardCharsets.US_ASCII)).problem());
        assertEquals("the file is empty; a CSV file needs a header row, a JSON file an array of sends",
                refused(BOM).problem());

        SendFileException binary = refused("a\nb\nc\u0000".getBytes(StandardCharsets.US_ASCII));
        assertEquals(3, binary.line(), "the line of the first zero byte");
        assertEquals("this is not a text file (binary data found); import takes CSV or JSON exported as UTF-8 text",
                binary.problem());
        assertEquals(1, refused(new byte[] {0}).line());

        for (byte[] utf16 : new byte[][] {{(byte) 0xFE, (byte) 0xFF, 0, 'S'}, {(byte) 0xFF, (byte) 0xFE, 'S', 0}}) {
            SendFileException e = refused(utf16);
            assertEquals(1, e.line());
            assertEquals("the file is saved as UTF-16; save it as UTF-8 (CSV UTF-8 in spreadsheets) and import it"
                    + " again", e.problem());
        }
        assertEquals(SendFormat.CSV, SendFormat.detect(file(new byte[] {(byte) 0xFE, 'S'})), "one marker byte alone");
        assertEquals(SendFormat.CSV, SendFormat.detect(file(new byte[] {(byte) 0xFF, 'S'})));
        assertEquals(SendFormat.CSV, SendFormat.detect(file(new byte[] {'S', (byte) 0xFE})));
    }

    @Test
    void aFileOfWhiteSpaceLongerThanTheSniffedPartIsNotEmpty() throws IOException {
        // only the first 8,192 bytes are looked at: white space all the way is not called empty
        assertEquals(SendFormat.CSV, SendFormat.detect(file(" ".repeat(8192).getBytes(StandardCharsets.US_ASCII))));
        assertEquals(SendFormat.CSV, SendFormat.detect(file((" ".repeat(8192) + "[").getBytes(
                StandardCharsets.US_ASCII))));
        assertEquals(SendFormat.JSON, SendFormat.detect(file((" ".repeat(8191) + "[").getBytes(
                StandardCharsets.US_ASCII))));
        assertEquals(101, refused(("x\n".repeat(100) + "\u0000").getBytes(StandardCharsets.US_ASCII)).line());
        assertEquals(SendFormat.CSV, SendFormat.detect(file(("x\n".repeat(4096) + "\u0000").getBytes(
                StandardCharsets.US_ASCII))), "a zero past the sniffed part is not seen here");
    }

    @Test
    void namesAndWords() {
        assertEquals(SendFormat.JSON, SendFormat.forFileName(Path.of("out.JSON")));
        assertEquals(SendFormat.JSON, SendFormat.forFileName(Path.of("a", "b.json")));
        assertEquals(SendFormat.CSV, SendFormat.forFileName(Path.of("out.csv")));
        assertEquals(SendFormat.CSV, SendFormat.forFileName(Path.of("json")));
        assertEquals(SendFormat.CSV, SendFormat.forFileName(Path.of("out.json.txt")));
        assertEquals("csv", SendFormat.CSV.extension());
        assertEquals("json", SendFormat.JSON.extension());
        assertEquals(Optional.of(SendFormat.JSON), SendFormat.parse(" Json "));
        assertEquals(Optional.of(SendFormat.CSV), SendFormat.parse("csv"));
        assertEquals(Optional.empty(), SendFormat.parse("xml"));
        assertEquals(Optional.empty(), SendFormat.parse(null));
    }
}
