package sendtracker.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Jobs that wait until the test runs them, in whatever order it likes. */
final class QueuedJobs implements Jobs {
    final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> Handle submit(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onFailure,
            ProgressListener onProgress) {
        pending.add(() -> Jobs.direct().submit(job, onDone, onFailure, onProgress));
        return () -> { };
    }

    /** Takes the waiting jobs out of the queue (to run later). */
    List<Runnable> drain() {
        List<Runnable> out = new ArrayList<>(pending);
        pending.clear();
        return out;
    }
}
