package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import sendtracker.domain.Send;

class FormatRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SendFormat.class)
    void writeReadWriteIsByteIdenticalAndKeepsEveryField(SendFormat format) throws Exception {
        List<Send> original = TestSends.tricky();
        Path first = dir.resolve("first." + format.extension());
        TestSends.write(first, format, original);

        List<SendRow> rows = TestSends.readAll(first);
        assertEquals(original.size(), rows.size());
        rows.forEach(r -> assertTrue(r.isAccepted(), () -> r.line() + " " + r.field() + " " + r.reason()));
        List<Send> back = TestSends.accepted(rows);

        Path second = dir.resolve("second." + format.extension());
        TestSends.write(second, format, back);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

        for (int i = 0; i < original.size(); i++) {
            Send expected = original.get(i);
            if (format == SendFormat.CSV) {
                expected = expected.toBuilder().history(List.of()).build(); // CSV carries no history
            }
            assertEquals(expected, back.get(i));
        }
    }

    @ParameterizedTest
    @EnumSource(SendFormat.class)
    void formatIsDetectedByContentNotByName(SendFormat format) throws Exception {
        Path misnamed = dir.resolve("sends." + (format == SendFormat.CSV ? "json" : "csv"));
        TestSends.write(misnamed, format, TestSends.tricky());
        assertEquals(format, SendFormat.detect(misnamed));
        assertEquals(4, TestSends.accepted(TestSends.readAll(misnamed)).size());
    }

    @ParameterizedTest
    @EnumSource(SendFormat.class)
    void anEmptyListWritesAFileThatReadsBackEmpty(SendFormat format) throws Exception {
        Path f = dir.resolve("empty." + format.extension());
        TestSends.write(f, format, List.of());
        SendFileReader reader = SendFileReader.open(f);
        SendFileReader.FileCheck check = reader.check(SendFileReader.Progress.NONE, () -> false);
        assertEquals(0, check.rows());
        assertEquals(1, check.warnings().size());
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        assertTrue(format == SendFormat.JSON ? text.equals("[]\n") : text.startsWith("\uFEFFSend ID,"));
    }
}
