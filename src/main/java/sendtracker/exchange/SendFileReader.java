package sendtracker.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads sends from one file in two streaming passes, so that a malformed file changes nothing:
 * {@link #check} reads the whole file and fails on anything that makes it unreadable; only then
 * does {@link #read} hand out the rows one by one. Memory does not grow with the file.
 */
public interface SendFileReader {

    /** Told how far a pass has got: rows so far and bytes of the file read. */
    @FunctionalInterface
    interface Progress {
        void update(long rows, long bytes);

        Progress NONE = (rows, bytes) -> { };
    }

    /** What the check pass learnt: how many rows there are, and warnings (unknown columns…). */
    record FileCheck(long rows, List<String> warnings) {
        public FileCheck {
            warnings = List.copyOf(warnings);
        }
    }

    /** Receives each row; throwing stops the read. */
    @FunctionalInterface
    interface RowHandler {
        void row(SendRow row);
    }

    Path file();

    SendFormat format();

    /**
     * Reads the whole file without building sends.
     *
     * @throws SendFileException      when the file is malformed, with its line
     * @throws ReadCancelledException when {@code cancelled} turns true
     */
    FileCheck check(Progress progress, BooleanSupplier cancelled);

    /**
     * Hands every row to the handler, in file order. Stops early, between rows, when
     * {@code cancelled} turns true, and returns false then.
     */
    boolean read(RowHandler handler, Progress progress, BooleanSupplier cancelled);

    /** The column names of {@link SendRow#original()} for the reject file. */
    List<String> originalColumns();

    /** The file's size in bytes, or 0 when it cannot be told (only used for progress). */
    static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    static SendFileReader open(Path file) {
        return open(file, SendFormat.detect(file));
    }

    static SendFileReader open(Path file, SendFormat format) {
        return format == SendFormat.JSON ? new JsonSendReader(file) : new CsvSendReader(file);
    }
}
