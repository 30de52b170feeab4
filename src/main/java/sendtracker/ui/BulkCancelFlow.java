package sendtracker.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.service.BulkCancel;
import sendtracker.service.BulkCancelResult;
import sendtracker.service.CancelResult;
import sendtracker.service.SendSource;

/**
 * The table's bulk cancel (issue 16): shows each selected send's expected outcome, cancels the
 * allowed ones in the background on confirm (each its own transaction, the policy re-checked on
 * the stored row), can be stopped, and ends with a summary and one request to Support.
 */
public final class BulkCancelFlow {
    private final TrackerViewModel tracker;
    private final DialogService dialogs;
    private final Jobs jobs;
    private final Runnable onChanged;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** Our own flag, not the job's cancel: a cancelled job drops its result, and a stop must say which were canceled. */
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    /** At most this many filtered sends in one bulk cancel: a preview a person can still read through. */
    public static final int FILTERED_CAP = 1_000;

    /** {@code onChanged} runs after a bulk cancel, so rows and counts follow the store. */
    private Function<String, CancelRequest> pendingFor = id -> null;

    public BulkCancelFlow(TrackerViewModel tracker, DialogService dialogs, Jobs jobs, Runnable onChanged) {
        this.tracker = tracker;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.onChanged = onChanged;
    }

    /** The pending cancellation requests by send id (the queue's), once the window has them. */
    public void trackRequests(Function<String, CancelRequest> pending) {
        this.pendingFor = pending == null ? id -> null : pending;
    }

    /**
     * The expected outcome of each send, from the rows as shown: the pure policy, no store call.
     * A refused send with a pending cancellation request says so and stays out of the combined
     * support request: Support has it already (issue 17).
     */
    static BulkCancelResult expected(SendSource source, User actor, List<Send> sends,
            Function<String, CancelRequest> pending) {
        List<CancelResult> results = new ArrayList<>();
        for (Send s : sends) {
            CancelDecision d = CancelFlow.expected(source, actor, s);
            CancelRequest asked = d.allowsSelfCancel() ? null : pending.apply(s.id());
            if (asked != null) {
                results.add(new CancelResult(s.id(), d.outcome(), d.rule(), Texts.get("ui.bulkCancel.alreadyRequested",
                        asked.id(), asked.state().displayName()), s, false, false, null, null));
            } else {
                results.add(new CancelResult(s.id(), d.outcome(), d.rule(), d.message(), s, false, false,
                        d.allowsSelfCancel() ? null : source.supportRequest(s, d), null));
            }
        }
        return new BulkCancelResult(true, results, List.of());
    }

    /** The button's action: the dialog for these sends, then the cancel on confirm. */
    public void start(List<Send> selected) {
        SendSource source = tracker.sends();
        User actor = tracker.currentUser();
        if (source == null || actor == null || selected.isEmpty() || running.get()) {
            return;
        }
        BulkCancelResult expected = expected(source, actor, List.copyOf(selected), pendingFor);
        dialogs.show(new BulkCancelDialog(expected), reason -> commit(source, actor, expected, reason));
    }

    private void commit(SendSource source, User actor, BulkCancelResult expected, String reason) {
        List<String> ids = expected.canceledIds();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        running.set(true);
        stopRequested.set(false);
        progress.set(0);
        notice.set(Texts.get("ui.bulkCancel.running", ids.size()));
        jobs.submit(p -> new BulkCancel(source).cancel(actor, ids, why, p::update,
                () -> stopRequested.get() || p.isCancelled()),
                result -> finished(expected, result), failure -> {
                    running.set(false);
                    onChanged.run();
                    notice.set(Texts.get("ui.bulkCancel.failed"));
                    dialogs.showError(Texts.get("ui.bulkCancel.title"), Texts.get("ui.bulkCancel.failed"));
                }, (done, total) -> progress.set(total == 0 ? 0 : (double) done / total));
    }

    /** The refused ones the dialog already knew of join the summary, so one request covers all. */
    private void finished(BulkCancelResult expected, BulkCancelResult result) {
        running.set(false);
        onChanged.run();
        List<CancelResult> all = new ArrayList<>(result.results());
        all.addAll(expected.refused());
        BulkCancelResult summary = new BulkCancelResult(false, all, result.notAttempted());
        notice.set(Texts.get("ui.bulkCancel.done", summary.canceledIds().size()));
        dialogs.show(new BulkCancelSummaryDialog(summary));
    }

    /**
     * "Cancel all N filtered…": the sends the filters select, in the table's order, fetched off the
     * FX thread, at most {@value #FILTERED_CAP} of them; the dialog says when there are more.
     */
    public void startFiltered() {
        SendSource source = tracker.sends();
        User actor = tracker.currentUser();
        if (source == null || actor == null || running.get()) {
            return;
        }
        SendFilter filter = tracker.filterProperty().get();
        SendSort sort = tracker.sortProperty().get();
        jobs.submit(p -> source.page(actor, filter, sort, 0, FILTERED_CAP), page -> {
            if (page.rows().isEmpty() || running.get()) {
                return;
            }
            BulkCancelResult expected = expected(source, actor, page.rows(), pendingFor);
            String scope = page.total() > page.rows().size()
                    ? Texts.get("ui.bulkCancel.filtered.capped", page.rows().size(), page.total(), FILTERED_CAP)
                    : Texts.get("ui.bulkCancel.filtered.all", page.total());
            dialogs.show(new BulkCancelDialog(expected, scope), reason -> commit(source, actor, expected, reason));
        }, failure -> notice.set(Texts.get("ui.bulkCancel.failed")));
    }

    /** Stops between two sends; those already canceled stay canceled. */
    public void stop() {
        stopRequested.set(true);
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
}
