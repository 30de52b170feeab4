package sendtracker.ui;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestStep;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.service.CancelRequestService;
import sendtracker.service.SendSource;

/**
 * The cancellation requests in the window (docs/design.md, "Cancellation requests"): the queue of
 * pending requests oldest first (the cancelRequestsFilter toggle, which also filters the table, and
 * its count), which sends carry
 * one (the table's marker), and the steps the user takes from the support dialog, the row menu
 * and the details pane, each run in the background and reported in the status bar.
 */
public final class CancelRequestsViewModel {
    private final TrackerViewModel tracker;
    private final DialogService dialogs;
    private final Jobs jobs;
    private final Consumer<Send> onChanged;
    private final Supplier<String> readOnlyReason;

    private final ObservableList<CancelRequest> queue = FXCollections.observableArrayList();
    private final Map<String, CancelRequest> pendingBySend = new HashMap<>();
    private final ReadOnlyIntegerWrapper pendingCount = new ReadOnlyIntegerWrapper(this, "pendingCount");
    private final ReadOnlyStringWrapper toggleText = new ReadOnlyStringWrapper(this, "toggleText");
    private final BooleanProperty showQueue = new SimpleBooleanProperty(this, "showQueue");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private long generation;

    /**
     * @param onChanged      gets the send as stored after a step: rows and details follow it
     * @param readOnlyReason why changes are off now (an Admin's preview of another view), or null
     */
    public CancelRequestsViewModel(TrackerViewModel tracker, DialogService dialogs, Jobs jobs,
            Consumer<Send> onChanged, Supplier<String> readOnlyReason) {
        this.tracker = tracker;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.onChanged = onChanged;
        this.readOnlyReason = readOnlyReason;
        toggleText.set(Texts.get("ui.requests.toggle", 0));
        // The toggle filters the table like needs-attention; the queue is its companion (issue 17).
        showQueue.bindBidirectional(tracker.pendingRequestOnlyProperty());
        tracker.sourceProperty().addListener((obs, old, source) -> reload());
        tracker.currentUserProperty().addListener((obs, old, user) -> reload());
        tracker.rowsProperty().addListener((obs, old, rows) -> reload());
    }

    private Optional<CancelRequestService> service() {
        SendSource source = tracker.sends();
        return source == null ? Optional.empty() : source.cancelRequests();
    }

    /**
     * Reads the queue again (in the background); a later reload's answer wins. At the window's
     * start, after its first rows (docs/decisions/0014-launch-time.md).
     */
    public void reload() {
        tracker.firstRowsGate().run(this, this::reloadNow);
    }

    private void reloadNow() {
        Optional<CancelRequestService> service = service();
        User viewer = tracker.currentUser();
        long mine = ++generation;
        if (service.isEmpty() || viewer == null) {
            show(List.of());
            return;
        }
        jobs.submit(p -> service.get().queue(viewer), list -> {
            if (mine == generation) {
                show(list);
            }
        }, failure -> { });
    }

    private void show(List<CancelRequest> list) {
        if (list.equals(queue)) {
            return; // the table redraws its rows on every change of the queue (the attention column's markers)
        }
        pendingBySend.clear();
        for (CancelRequest r : list) {
            pendingBySend.put(r.sendId(), r);
        }
        queue.setAll(list);
        pendingCount.set(list.size());
        toggleText.set(Texts.get("ui.requests.toggle", list.size()));
    }

    /** The request on {@code sendId} still waiting for Support, or null. */
    public CancelRequest pendingFor(String sendId) {
        return sendId == null ? null : pendingBySend.get(sendId);
    }

    /** True when the user may record and withdraw requests here (not an offline review or a preview). */
    public boolean canChange() {
        SendSource source = tracker.sends();
        return service().isPresent() && source != null && !source.isReadOnly() && readOnlyReason.get() == null;
    }

    /** True when the user may also mark requests sent and record Support's answer (managers and admins). */
    public boolean canResolve() {
        User user = tracker.currentUser();
        return canChange() && user != null && user.role() != Role.SENDER;
    }

    public Instant now() {
        SendSource source = tracker.sends();
        return source == null ? Instant.now() : source.now();
    }

    /** The row menu's item: asks for an optional reason, then records the request. */
    public void askAndRequest(Send send) {
        dialogs.show(new RequestStepDialog(CancelRequestStep.REQUEST, send.id()), reason -> request(send, reason));
    }

    /** Records a request for {@code send} (the support dialog's button; {@code reason} may be blank). */
    public void request(Send send, String reason) {
        User actor = tracker.currentUser();
        run(service -> service.request(actor, send.id(), reason), Texts.get("ui.requests.running", send.id()));
    }

    /** Asks for the input the step takes (case number, Support's answer, a note), then takes it. */
    public void askAndStep(CancelRequest request, CancelRequestStep step) {
        dialogs.show(new RequestStepDialog(step, request.id()), text -> step(request, step, text));
    }

    public void step(CancelRequest request, CancelRequestStep step, String text) {
        User actor = tracker.currentUser();
        run(service -> {
            switch (step) {
                case MARK_SENT:
                    return service.markSent(actor, request.id(), text);
                case RESOLVE_CANCELED:
                    return service.resolve(actor, request.id(), true, null, text);
                case RESOLVE_DECLINED:
                    return service.resolve(actor, request.id(), false, null, text);
                default:
                    return service.withdraw(actor, request.id(), text);
            }
        }, Texts.get("ui.requests.running", request.id()));
    }

    /** Opens the request's send (read with its history) through {@code show}. */
    public void open(CancelRequest request, Consumer<Send> show) {
        SendSource source = tracker.sends();
        User viewer = tracker.currentUser();
        if (source == null || viewer == null) {
            return;
        }
        jobs.submit(p -> source.find(viewer, request.sendId()), found -> found.ifPresent(show), failure -> { });
    }

    private interface Step {
        CancelRequestService.Result run(CancelRequestService service);
    }

    private void run(Step step, String running) {
        Optional<CancelRequestService> service = service();
        if (service.isEmpty()) {
            return;
        }
        notice.set(running);
        jobs.submit(p -> step.run(service.get()), result -> {
            if (result.send() != null) {
                onChanged.accept(result.send());
            }
            notice.set(result.message());
            if (!result.done()) {
                dialogs.showInfo(Texts.get("ui.requests.refused.title"), result.message());
            }
            reload();
        }, failure -> {
            String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            notice.set(Texts.get("ui.requests.failed", why));
            dialogs.showError(Texts.get("ui.requests.refused.title"), Texts.get("ui.requests.failed", why));
        });
    }

    /** The pending requests the user can see, oldest first. */
    public ObservableList<CancelRequest> queue() {
        return queue;
    }

    public ReadOnlyIntegerProperty pendingCountProperty() {
        return pendingCount.getReadOnlyProperty();
    }

    /** "Cancel requests (3)": the toggle's text. */
    public ReadOnlyStringProperty toggleTextProperty() {
        return toggleText.getReadOnlyProperty();
    }

    /**
     * Whether the queue is shown and the table holds only the sends with a pending request (the
     * cancelRequestsFilter toggle; the tracker's pendingRequestOnly filter).
     */
    public BooleanProperty showQueueProperty() {
        return showQueue;
    }

    /** The last thing a request step has to say (for the status bar). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
