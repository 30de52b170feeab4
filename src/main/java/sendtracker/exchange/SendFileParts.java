package sendtracker.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One export file written as two parts at once, each by its own writer, and joined when both are
 * done (docs/decisions/0037-exports-in-two-halves.md). The head starts the file (byte order mark
 * and header row, or the JSON array's bracket) and holds the first sends in the file's order; the
 * tail holds the rest and starts nothing. {@link #join} appends the tail to the head and ends the
 * file, so the result is byte for byte what one {@link SendWriter} would have written.
 */
public final class SendFileParts {
    private SendFileParts() {
    }

    /** The writer of the file's start and first sends, as written to a file (CSV with its byte order mark). */
    public static SendWriter head(SendFormat format, OutputStream out) throws IOException {
        return format == SendFormat.JSON ? new JsonSendWriter(out, JsonSendWriter.Part.HEAD)
                : new CsvSendWriter(out, true, true);
    }

    /** The writer of the sends after the head's, without any start of its own. */
    public static SendWriter tail(SendFormat format, OutputStream out) throws IOException {
        return format == SendFormat.JSON ? new JsonSendWriter(out, JsonSendWriter.Part.TAIL)
                : new CsvSendWriter(out, false, false);
    }

    /**
     * Appends the tail file to the head file (both written and closed) and ends the file. The tail
     * file is left as it is. Returns the size of the joined file.
     */
    public static long join(SendFormat format, Path head, long headSends, Path tail, long tailSends)
            throws IOException {
        try (FileChannel to = FileChannel.open(head, StandardOpenOption.WRITE);
                FileChannel from = FileChannel.open(tail, StandardOpenOption.READ)) {
            to.position(to.size());
            // A JSON tail puts a comma before each of its sends; after a head without sends its
            // first one has none (JsonSendWriter: "[\n{…},\n{…}\n]").
            long at = format == SendFormat.JSON && headSends == 0 && tailSends > 0 ? 1 : 0;
            long size = from.size();
            while (at < size) {
                at += from.transferTo(at, size - at, to);
            }
            if (format == SendFormat.JSON) {
                ByteBuffer end = ByteBuffer.wrap(
                        JsonSendWriter.end(headSends + tailSends).getBytes(StandardCharsets.UTF_8));
                while (end.hasRemaining()) {
                    to.write(end);
                }
            }
            return to.size();
        }
    }
}
