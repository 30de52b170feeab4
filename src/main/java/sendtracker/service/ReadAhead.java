package sendtracker.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import sendtracker.exchange.SendFileReader;
import sendtracker.exchange.SendRow;

/**
 * The storing pass of an import on two threads (docs/decisions/0024-team-import-reads-ahead.md): a
 * reading thread parses and checks the rows and cuts them into chunks, each ending with the row that
 * fills a batch, while the calling thread stores the chunk before. The caller gets every row in file
 * order and does all the counting, rejecting and storing itself, so the report is the one a single
 * thread would give; the reader is at most one chunk ahead. A failure on either side stops both, and
 * the reading thread has ended before {@link #run} returns. The reader is never interrupted: an
 * interrupt closes the file channel it reads.
 */
final class ReadAhead {
    /** Takes the rows of one chunk, in file order, on the calling thread. */
    @FunctionalInterface
    interface Chunks {
        void accept(List<SendRow> rows);
    }

    private static final Object END_COMPLETE = new Object();
    private static final Object END_CANCELLED = new Object();

    /** One chunk waits while the next is read and the one before is stored: memory stays a few batches. */
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
    private volatile boolean stopped;
    /** The chunk being read and its accepted rows so far (the reading thread's own). */
    private List<SendRow> chunk = new ArrayList<>();
    private int accepted;

    /** Thrown in the reader when the caller has stopped: ends the read. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** A failure of the read, after the rows read before it. */
    private record Failed(Throwable error) {
    }

    private ReadAhead() {
    }

    /**
     * Reads the file with {@code reader}, each row through {@code check} on the reading thread, and
     * hands the rows to {@code chunks}; a chunk ends after {@code batchSize} accepted rows or at the
     * end. Returns false when {@code cancelled} stopped the read. A failure of the read reaches the
     * caller after the rows read before it; a failure of {@code chunks} stops the read and is rethrown.
     */
    static boolean run(SendFileReader reader, UnaryOperator<SendRow> check, int batchSize,
            SendFileReader.Progress progress, BooleanSupplier cancelled, Chunks chunks) {
        ReadAhead pipe = new ReadAhead();
        Thread thread = new Thread(() -> pipe.produce(reader, check, batchSize, progress, cancelled),
                "import-reader");
        thread.setDaemon(true);
        thread.start();
        return pipe.consume(chunks, thread);
    }

    private void produce(SendFileReader reader, UnaryOperator<SendRow> check, int batchSize,
            SendFileReader.Progress progress, BooleanSupplier cancelled) {
        try {
            boolean complete = reader.read(row -> {
                if (stopped) {
                    throw new Stopped();
                }
                SendRow checked = check.apply(row);
                chunk.add(checked);
                if (checked.isAccepted() && ++accepted >= batchSize) {
                    offer(chunk);
                    chunk = new ArrayList<>();
                    accepted = 0;
                }
            }, progress, cancelled);
            offer(chunk);
            offer(complete ? END_COMPLETE : END_CANCELLED);
        } catch (Stopped e) {
            // the caller stopped first
        } catch (RuntimeException | Error e) {
            try {
                offer(chunk);
                offer(new Failed(e));
            } catch (Stopped ignored) {
                // the caller stopped first
            }
        }
    }

    private void offer(Object item) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    @SuppressWarnings("unchecked")
    private boolean consume(Chunks chunks, Thread reader) {
        try {
            while (true) {
                Object item = queue.take();
                if (item == END_COMPLETE || item == END_CANCELLED) {
                    return item == END_COMPLETE;
                }
                if (item instanceof Failed f && f.error() instanceof RuntimeException e) {
                    throw e;
                }
                if (item instanceof Failed f) {
                    throw (Error) f.error();
                }
                List<SendRow> rows = (List<SendRow>) item;
                if (!rows.isEmpty()) {
                    chunks.accept(rows);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        } finally {
            stopped = true;
            queue.clear();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
