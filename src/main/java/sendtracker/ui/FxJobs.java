package sendtracker.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/** {@link Jobs} on javafx.concurrent.Task over a small pool of daemon threads. */
public final class FxJobs implements Jobs, AutoCloseable {
    private final ExecutorService executor;

    public FxJobs(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "send-tracker-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Handle submit(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onFailure,
            ProgressListener onProgress) {
        JobTask<T> task = new JobTask<>(job);
        task.progressProperty().addListener((obs, old, value) ->
                onProgress.progress((long) task.getWorkDone(), (long) task.getTotalWork()));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> onDone.accept(task.getValue()));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> onFailure.accept(task.getException()));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED,
                e -> onFailure.accept(new CancellationException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closing) {
            // The window is closing (its pool is shut down): a late debounce or timer has nothing to do.
            return () -> { };
        }
        return () -> task.cancel(false);
    }

    /** A Task that lends its progress and cancel flag to the job. */
    private static final class JobTask<T> extends Task<T> implements Progress {
        private final Job<T> job;

        JobTask(Job<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            return job.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
