package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import sendtracker.domain.Send;

/** A file written as a head and a tail and joined is the file one writer writes, wherever the cut falls. */
class SendFilePartsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SendFormat.class)
    void joinedPartsAreTheWholeFileForEveryCut(SendFormat format) throws IOException {
        List<Send> sends = TestSends.tricky();
        Path whole = dir.resolve("whole");
        TestSends.write(whole, format, sends);
        byte[] expected = Files.readAllBytes(whole);
        for (int cut = 0; cut <= sends.size(); cut++) {
            Path head = dir.resolve("head" + cut);
            Path tail = dir.resolve("tail" + cut);
            try (OutputStream out = Files.newOutputStream(head); SendWriter w = SendFileParts.head(format, out)) {
                for (Send s : sends.subList(0, cut)) {
                    w.write(s);
                }
            }
            try (OutputStream out = Files.newOutputStream(tail); SendWriter w = SendFileParts.tail(format, out)) {
                for (Send s : sends.subList(cut, sends.size())) {
                    w.write(s);
                }
            }
            long size = SendFileParts.join(format, head, cut, tail, sends.size() - cut);
            assertArrayEquals(expected, Files.readAllBytes(head), "cut after " + cut + " sends");
            assertEquals(expected.length, size);
        }
    }

    @ParameterizedTest
    @EnumSource(SendFormat.class)
    void twoEmptyPartsAreAnEmptyFile(SendFormat format) throws IOException {
        Path whole = dir.resolve("whole");
        TestSends.write(whole, format, List.of());
        Path head = dir.resolve("head");
        Path tail = dir.resolve("tail");
        try (OutputStream out = Files.newOutputStream(head); SendWriter w = SendFileParts.head(format, out)) {
            // no sends
        }
        try (OutputStream out = Files.newOutputStream(tail); SendWriter w = SendFileParts.tail(format, out)) {
            // none here either
        }
        SendFileParts.join(format, head, 0, tail, 0);
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(head));
        String text = Files.readString(head);
        if (format == SendFormat.JSON) {
            assertEquals("[]\n", text);
        } else {
            assertEquals("\uFEFF" + CsvColumn.values()[0].header(), text.substring(0, 1 + CsvColumn.values()[0].header().length()));
            assertEquals(1, text.split("\r\n", -1).length - 1, "the header row alone");
        }
    }
}
