package sendtracker.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;

/**
 * Export of what the table shows (same viewer, filter and order) to CSV or JSON, in the
 * background, with progress and cancel.
 */
public final class ExportViewModel {
    private final TrackerViewModel tracker;
    private final DialogService dialogs;
    private final Jobs jobs;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private Jobs.Handle handle;

    /** Exports through the shown source's {@link WindowSource#exporter()}; unavailable when it has none. */
    public ExportViewModel(TrackerViewModel tracker, DialogService dialogs, Jobs jobs) {
        this.tracker = tracker;
        this.dialogs = dialogs;
        this.jobs = jobs;
        tracker.sourceProperty().addListener((obs, old, source) -> available.set(source != null
                && source.exporter() != null));
    }

    /** Asks where to write, then exports in the background. */
    public void export() {
        User viewer = tracker.currentUser();
        WindowSource source = tracker.source();
        ExportRunner runner = source == null ? null : source.exporter();
        if (runner == null || running.get() || viewer == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(source.sends().now(), ZoneId.systemDefault());
        Optional<Path> target = dialogs.chooseExportTarget(ExportName.of(tracker.filterProperty().get(), today));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        SendFormat format = SendFormat.forFileName(file);
        SendFilter filter = tracker.filterProperty().get();
        SendSort sort = tracker.sortProperty().get();
        long expected = Math.max(0, tracker.totalProperty().get());
        running.set(true);
        progress.set(-1);
        notice.set(Texts.get("ui.export.running", file.getFileName().toString()));
        handle = jobs.submit(p -> {
            // Exporters count rows but may not know the total: the table's count stands in for it.
            Jobs.Progress counted = new Jobs.Progress() {
                @Override
                public void update(long done, long total) {
                    p.update(done, total > 0 ? total : expected);
                }

                @Override
                public boolean isCancelled() {
                    return p.isCancelled();
                }
            };
            long written = runner.export(viewer, filter, sort, file, format, counted);
            if (p.isCancelled()) {
                throw new InterruptedException();
            }
            return written;
        }, written -> {
            running.set(false);
            progress.set(1);
            notice.set(Texts.get("ui.export.done", written, file.toString()));
        }, failure -> {
            running.set(false);
            progress.set(0);
            if (failure instanceof InterruptedException || failure instanceof CancellationException) {
                notice.set(Texts.get("ui.export.canceled"));
            } else {
                String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
                notice.set(Texts.get("ui.export.failed", why));
                dialogs.showError(Texts.get("ui.export.failed.title"), Texts.get("ui.export.failed", why));
            }
        }, (done, total) -> progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1));
    }

    public void cancel() {
        if (handle != null && running.get()) {
            handle.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}
