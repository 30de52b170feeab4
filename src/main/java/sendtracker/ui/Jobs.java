package sendtracker.ui;

import java.util.function.Consumer;

/**
 * Runs store and file work off the FX thread and hands results back on it. The window uses
 * {@link FxJobs} (javafx.concurrent.Task); view-model tests use {@link #direct()}, which
 * runs everything at once on the calling thread.
 */
public interface Jobs {

    <T> Handle submit(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onFailure, ProgressListener onProgress);

    default <T> Handle submit(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        return submit(job, onDone, onFailure, (done, total) -> { });
    }

    /** The work itself; it reports progress and checks for cancellation through {@link Progress}. */
    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }

    @FunctionalInterface
    interface ProgressListener {
        void progress(long done, long total);
    }

    interface Handle {
        void cancel();
    }

    /** Everything runs on the calling thread: for toolkit-free tests. */
    static Jobs direct() {
        return new Jobs() {
            @Override
            public <T> Handle submit(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onFailure,
                    ProgressListener onProgress) {
                boolean[] cancelled = {false};
                T result;
                try {
                    result = job.run(new Progress() {
                        @Override
                        public void update(long done, long total) {
                            onProgress.progress(done, total);
                        }

                        @Override
                        public boolean isCancelled() {
                            return cancelled[0];
                        }
                    });
                } catch (Exception | LinkageError e) {
                    onFailure.accept(e);
                    return () -> cancelled[0] = true;
                }
                onDone.accept(result);
                return () -> cancelled[0] = true;
            }
        };
    }
}
