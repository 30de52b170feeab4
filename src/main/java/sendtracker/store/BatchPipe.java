package sendtracker.store;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import sendtracker.domain.Send;

/**
 * Hands batches of sends from a reading thread to the caller's sink through a short queue, in
 * order; a failure on either side stops both. The reader is never interrupted: an interrupt in
 * H2's file I/O closes the store's file channel.
 */
final class BatchPipe {
    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private volatile boolean stopped;

    /** Thrown in the reader when the consumer has gone: ends its reads. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Runs the reads (on the reader thread), then marks the end, or passes their failure on. */
    void produce(Runnable reads) {
        try {
            reads.run();
            offer(END);
        } catch (Stopped e) {
            // the consumer stopped first
        } catch (RuntimeException | Error e) {
            try {
                offer(e);
            } catch (Stopped ignored) {
                // the consumer stopped first
            }
        }
    }

    void put(List<Send> batch) {
        offer(batch);
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

    /** Feeds every batch to {@code sink} on the calling thread; rethrows the reader's failure or the sink's. */
    @SuppressWarnings("unchecked")
    void consume(SendStore.SendSink sink, Thread reader) {
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    return;
                }
                if (item instanceof RuntimeException e) {
                    throw e;
                }
                if (item instanceof Error e) {
                    throw e;
                }
                for (Send s : (List<Send>) item) {
                    sink.accept(s);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading the sends", e);
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
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
