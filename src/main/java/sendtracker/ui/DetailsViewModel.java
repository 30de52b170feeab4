package sendtracker.ui;

import java.time.Duration;
import java.time.Instant;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;
import sendtracker.service.SendService;
import sendtracker.service.SendSource;

/**
 * The send shown in the details pane, read with its full history, and what it says at a
 * glance: the Recent Updates timeline, the reasons it needs attention, what a cancel would
 * do, and when a canceled send's refund is due. A send that a new filter or search leaves out
 * of the table leaves the pane too.
 */
public final class DetailsViewModel {
    private final java.util.List<Runnable> closeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final TrackerViewModel tracker;
    private final Jobs jobs;

    private final ReadOnlyObjectWrapper<Send> send = new ReadOnlyObjectWrapper<>(this, "send");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<AttentionReason> attention = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CancelDecision> cancelPreview = new ReadOnlyObjectWrapper<>(this, "cancelPreview");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private Duration timeInStatus = Duration.ZERO;
    private Instant refundExpectedBy;
    private String requestedId;

    public DetailsViewModel(TrackerViewModel tracker, Jobs jobs) {
        this.tracker = tracker;
        this.jobs = jobs;
        tracker.currentUserProperty().addListener((obs, old, user) -> clear());
        tracker.sourceProperty().addListener((obs, old, b) -> clear());
        tracker.rowsProperty().addListener((obs, old, rows) -> checkStillListed(rows));
    }

    /**
     * A new answer to the table's query: the shown send stays when it is part of it (and is then
     * read again), and leaves the pane otherwise. Found among the first page's rows, or, when no
     * search text is set, by asking for it under the same filters; with a search text and not on
     * the first page it is taken as gone (search answers are short).
     */
    private void checkStillListed(PagedSendList rows) {
        Send shown = send.get();
        SendSource source = tracker.sends();
        User viewer = tracker.currentUser();
        if (shown == null || source == null || viewer == null) {
            return;
        }
        for (int i = 0; i < Math.min(rows.size(), PagedSendList.PAGE_SIZE); i++) {
            if (rows.isLoaded(i) && rows.get(i) != null && rows.get(i).id().equals(shown.id())) {
                show(rows.get(i));
                return;
            }
        }
        SendFilter filter = tracker.filterProperty().get();
        if (filter.search() != null && !filter.search().isBlank()) {
            clear();
            return;
        }
        String id = shown.id();
        jobs.submit(p -> source.page(viewer, filter.withSearch(id), SendSort.NEWEST_FIRST, 0, 20).rows().stream()
                .anyMatch(s -> s.id().equals(id)), listed -> {
                    if (!listed && send.get() != null && send.get().id().equals(id)) {
                        clear();
                    }
                }, failure -> { });
    }

    /** Reads {@code row}'s send with its history; the pane shows the row at once and fills in the rest. */
    public void show(Send row) {
        if (row == null) {
            clear();
            return;
        }
        SendSource source = tracker.sends();
        User viewer = tracker.currentUser();
        if (source == null || viewer == null) {
            return;
        }
        requestedId = row.id();
        if (send.get() == null || !send.get().id().equals(row.id())) {
            apply(row, source);
        }
        loading.set(true);
        String id = row.id();
        jobs.submit(p -> source.find(viewer, id), found -> {
            if (!id.equals(requestedId)) {
                return;
            }
            loading.set(false);
            found.ifPresentOrElse(s -> apply(s, source), this::clear);
        }, failure -> loading.set(false));
    }

    /** A send that changed (a cancel committed): shown at once if it is the one on screen. */
    public void sendChanged(Send changed) {
        if (changed != null && changed.id().equals(requestedId)) {
            SendSource source = tracker.sends();
            if (source != null) {
                apply(changed, source);
            }
        }
    }

    /**
     * The user closed the details (their close button, Esc): the pane empties, the chart comes
     * back, and whoever listens (the table, to clear its selection) hears it.
     */
    public void close() {
        clear();
        closeListeners.forEach(Runnable::run);
    }

    /** {@code listener} runs each time the user closes the details. */
    public void onClose(Runnable listener) {
        closeListeners.add(listener);
    }

    public void clear() {
        requestedId = null;
        send.set(null);
        timeline.clear();
        attention.clear();
        cancelPreview.set(null);
        refundExpectedBy = null;
        loading.set(false);
    }

    private void apply(Send s, SendSource source) {
        // The send goes last: views redraw when it changes, and by then the rest matches it.
        timeInStatus = Duration.between(s.statusChangedAt(), source.now());
        User viewer = tracker.currentUser();
        cancelPreview.set(viewer == null ? null : CancelFlow.expected(source, viewer, s));
        attention.setAll(AttentionReason.of(s, source.now()));
        timeline.setAll(TimelineEntry.of(s.history(), source.now()));
        refundExpectedBy = refundDue(s, source.now());
        send.set(s);
    }

    public ReadOnlyObjectProperty<Send> sendProperty() {
        return send.getReadOnlyProperty();
    }

    public Send send() {
        return send.get();
    }

    /** How long the shown send has been in its status, as of when it was read. */
    public Duration timeInStatus() {
        return timeInStatus.isNegative() ? Duration.ZERO : timeInStatus;
    }

    /**
     * When a canceled send's cost should be back on its funding source: the credit posts
     * {@link SendService#CREDIT_POSTING_DELAY} after the cancel (the send then turns Refunded).
     * Null for any other send, or once that time has passed.
     */
    static Instant refundDue(Send s, Instant now) {
        if (s.status() != SendStatus.CANCELED || s.statusChangedAt() == null) {
            return null;
        }
        Instant due = s.statusChangedAt().plus(SendService.CREDIT_POSTING_DELAY);
        return now.isBefore(due) ? due : null;
    }

    /** See {@link #refundDue}; for the shown send, as of when it was read. */
    public Instant refundExpectedBy() {
        return refundExpectedBy;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ObservableList<AttentionReason> attention() {
        return attention;
    }

    public ReadOnlyObjectProperty<CancelDecision> cancelPreviewProperty() {
        return cancelPreview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
