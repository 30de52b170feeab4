package sendtracker.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;

import sendtracker.exchange.SendFileReader;

/**
 * The check pass of a file on a thread of its own while the storing pass already runs, on a store
 * that holds the batches uncommitted until the check has passed
 * (docs/decisions/0028-team-import-stores-while-it-checks.md). {@link #close} stops the check and
 * waits for its thread.
 */
final class CheckAlongside implements AutoCloseable {
    private final CompletableFuture<SendFileReader.FileCheck> result = new CompletableFuture<>();
    private final Thread thread;
    private volatile boolean stopped;

    private CheckAlongside(SendFileReader reader, SendFileReader.Progress progress, BooleanSupplier cancelled) {
        thread = new Thread(() -> {
            try {
                result.complete(reader.check(progress, () -> stopped || cancelled.getAsBoolean()));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "import-check " + reader.file().getFileName());
        thread.setDaemon(true);
    }

    /** Starts checking with {@code reader} (an instance of its own: the storing pass reads with another). */
    static CheckAlongside start(SendFileReader reader, SendFileReader.Progress progress, BooleanSupplier cancelled) {
        CheckAlongside check = new CheckAlongside(reader, progress, cancelled);
        check.thread.start();
        return check;
    }

    /** True once the check has passed or failed. */
    boolean isDone() {
        return result.isDone();
    }

    /**
     * Waits for the check. Its failure is thrown as the check threw it: {@code SendFileException} for a
     * malformed file, {@code ReadCancelledException} when cancelled.
     */
    SendFileReader.FileCheck await() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
