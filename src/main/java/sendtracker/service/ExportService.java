package sendtracker.service;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.exchange.CsvSendWriter;
import sendtracker.exchange.JsonSendWriter;
import sendtracker.exchange.SendFormat;
import sendtracker.exchange.SendWriter;
import sendtracker.store.SendStore;
import sendtracker.store.StoreException;

/**
 * Exports what a user may see and the filters select, as CSV or JSON ({@link SendFormat}), streamed
 * from the store. A file export is written to a temporary file beside the target and moved into
 * place at the end, so a cancelled or failed export never leaves half a file.
 */
public final class ExportService {
    private static final int PROGRESS_EVERY = 1024;
    private static final int BUFFER = 1 << 16;

    /** Told how far an export has got. */
    @FunctionalInterface
    public interface Progress {
        void update(long rows, long bytes);

        Progress NONE = (rows, bytes) -> { };
    }

    /** What an export wrote; when cancelled, nothing was written at all. */
    public record Report(Path file, SendFormat format, long rows, long bytes, boolean cancelled) {
    }

    /** The export could not be written; the message says where and why, and no file was left. */
    public static final class ExportFailedException extends RuntimeException {
        public ExportFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Stores of at least this many sends have their exports in creation order written in two halves at once. */
    static final long HALVES_FROM_SENDS = 20_000;

    private final SendStore store;
    private final Supplier<Instant> now;
    private final long halvesFromSends;

    public ExportService(SendStore store, Clock clock) {
        this(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock")::instant, HALVES_FROM_SENDS);
    }

    /** On the store and clock of a service (the command line and the window hold one). */
    public ExportService(SendService sends) {
        this(sends.store(), sends::now, HALVES_FROM_SENDS);
    }

    private ExportService(SendStore store, Supplier<Instant> now, long halvesFromSends) {
        this.store = store;
        this.now = now;
        this.halvesFromSends = halvesFromSends;
    }

    Instant now() {
        return now.get();
    }

    /** The same service, cutting file exports in halves from stores of {@code sends} sends on (tests use few). */
    ExportService withHalvesFrom(long sends) {
        return new ExportService(store, now, sends);
    }

    /**
     * Writes the file {@code out}. JSON carries each send's full history.
     *
     * @throws ExportFailedException when the file cannot be written or the store fails
     */
    public Report export(Path out, SendFormat format, User viewer, SendFilter filter, SendSort sort, Progress progress,
            BooleanSupplier cancelled) {
        Path target = out.toAbsolutePath();
        Path temp = temporaryFileBeside(target);
        Path tail = null;
        boolean done = false;
        try {
            long rows;
            long bytes;
            Optional<ExportHalves> halves = ExportHalves.of(store, filter, sort, halvesFromSends);
            if (halves.isPresent()) {
                tail = temporaryFileBeside(target);
                long[] written = new TwoPartExport(this, format, viewer, sort, progress, cancelled)
                        .write(temp, tail, halves.get());
                rows = written[0];
                bytes = written[1];
            } else {
                try (CountingOutputStream counted = newFile(temp)) {
                    rows = stream(counted, format, true, viewer, filter, sort, Long.MAX_VALUE, progress, cancelled);
                    counted.flush();
                    bytes = counted.count;
                }
            }
            if (cancelled.getAsBoolean()) {
                return new Report(target, format, 0, 0, true);
            }
            moveIntoPlace(temp, target);
            done = true;
            progress.update(rows, bytes);
            return new Report(target, format, rows, bytes, false);
        } catch (Cancelled e) {
            return new Report(target, format, 0, 0, true);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new ExportFailedException(Texts.get("exchange.export.cannotWrite", target, cause.getMessage()), cause);
        } catch (StoreException e) {
            throw new ExportFailedException(Texts.get("exchange.export.storeFailed", target, e.getMessage()), e);
        } finally {
            if (!done) {
                deleteQuietly(temp);
            }
            if (tail != null) {
                deleteQuietly(tail);
            }
        }
    }

    /** A new file's buffered, counted stream. */
    static CountingOutputStream newFile(Path file) throws IOException {
        return new CountingOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
    }

    /**
     * The temporary file the export is written to, in the target's folder. A folder that does not
     * exist is refused, not created: a mistyped path would otherwise leave new folders and a file
     * where nobody looks for them. Each refusal names the folder, not the temporary file, and has
     * an {@link IOException} cause, which the command line answers with exit 2 (docs/design.md,
     * "Exit codes": a bad argument).
     */
    private static Path temporaryFileBeside(Path target) {
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new ExportFailedException(Texts.get("exchange.export.isAFolder", target),
                    new FileAlreadyExistsException(target.toString()));
        }
        if (!Files.isDirectory(folder)) {
            String key = Files.exists(folder) ? "exchange.export.notAFolder" : "exchange.export.noFolder";
            throw new ExportFailedException(Texts.get(key, target, folder), new NoSuchFileException(folder.toString()));
        }
        try {
            // not createTempFile: its owner-only permissions would stay with the export, which is
            // a file to share; a plain new file gets the folder's usual ones (the user's umask)
            for (int attempt = 0; ; attempt++) {
                Path part = folder.resolve("." + target.getFileName() + "."
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
                try {
                    return Files.createFile(part);
                } catch (FileAlreadyExistsException e) {
                    if (attempt == 100) {
                        throw e;
                    }
                }
            }
        } catch (FileSystemException e) {
            // no permission, or a read-only file system
            String reason = e instanceof AccessDeniedException ? Texts.get("exchange.export.permissionDenied")
                    : e.getReason() != null ? e.getReason() : e.toString();
            throw new ExportFailedException(Texts.get("exchange.export.folderNotWritable", target, folder, reason), e);
        } catch (IOException e) {
            throw new ExportFailedException(Texts.get("exchange.export.cannotWrite", target, e.getMessage()), e);
        }
    }

    /**
     * Writes up to {@code limit} sends to a stream (the command line's {@code list --format csv|json});
     * CSV without a byte order mark, as a terminal wants it. Returns how many were written.
     */
    public long write(OutputStream out, SendFormat format, User viewer, SendFilter filter, SendSort sort, long limit) {
        try {
            return stream(new NonClosing(out), format, false, viewer, filter, sort, limit, Progress.NONE, () -> false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One send, with its history, as a JSON object in the export shape (the command line's show). */
    public void writeOne(OutputStream out, Send send) {
        try {
            JsonSendWriter.writeOne(new NonClosing(out), send);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long stream(OutputStream out, SendFormat format, boolean byteOrderMark, User viewer, SendFilter filter,
            SendSort sort, long limit, Progress progress, BooleanSupplier cancelled) throws IOException {
        try (SendWriter writer = format == SendFormat.JSON ? new JsonSendWriter(out)
                : new CsvSendWriter(out, byteOrderMark)) {
            return pump(writer, out, format == SendFormat.JSON, viewer, filter, sort, now.get(), 1, limit, progress,
                    cancelled);
        }
    }

    /**
     * Streams what the filter selects at {@code at}, up to {@code limit} sends, from the store into
     * {@code writer} (left open), which writes to {@code out}; returns how many. Throws
     * {@link Cancelled} when {@code cancelled} says so. {@code parts}: how many such reads run at
     * once ({@link SendStore#forEachPart}).
     */
    long pump(SendWriter writer, OutputStream out, boolean withHistory, User viewer, SendFilter filter, SendSort sort,
            Instant at, int parts, long limit, Progress progress, BooleanSupplier cancelled) throws IOException {
        long[] rows = {0};
        if (limit <= 0) {
            return 0;
        }
        CountingOutputStream counted = out instanceof CountingOutputStream c ? c : null;
        try {
            store.forEachPart(parts, viewer, filter, sort, at, withHistory, send -> {
                writer.write(send);
                rows[0]++;
                if (rows[0] % PROGRESS_EVERY == 0) {
                    progress.update(rows[0], counted == null ? 0 : counted.count);
                    if (cancelled.getAsBoolean()) {
                        throw new Cancelled();
                    }
                }
                if (rows[0] >= limit) {
                    throw new LimitReached();
                }
            });
        } catch (LimitReached e) {
            // enough rows: the writer still ends the file properly
        } catch (StoreException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        return rows[0];
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a stray temporary file beside the target is harmless; the failure was reported
        }
    }

    /** Stops the store's stream when the user cancels. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** Stops the store's stream at the row limit. */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super("limit", null, false, false);
        }
    }

    static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        long count() {
            return count;
        }

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Leaves the caller's stream (standard output, say) open, but flushed. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
