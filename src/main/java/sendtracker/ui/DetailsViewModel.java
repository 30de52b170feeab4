package sendtracker.ui;

import java.time.Duration;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;
import sendtracker.domain.User;
import sendtracker.service.SendSource;

/**
 * The send shown in the details pane, read with its full history, and what it says at a
 * glance: the Recent Updates timeline, the reasons it needs attention, and what a cancel
 * would do.
 */
public final class DetailsViewModel {
    private final TrackerViewModel tracker;
    private final Jobs jobs;

    private final ReadOnlyObjectWrapper<Send> send = new ReadOnlyObjectWrapper<>(this, "send");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<AttentionReason> attention = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CancelDecision> cancelPreview = new ReadOnlyObjectWrapper<>(this, "cancelPreview");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private Duration timeInStatus = Duration.ZERO;
    private String requestedId;

    public DetailsViewModel(TrackerViewModel tracker, Jobs jobs) {
        this.tracker = tracker;
        this.jobs = jobs;
        tracker.currentUserProperty().addListener((obs, old, user) -> clear());
        tracker.sourceProperty().addListener((obs, old, b) -> clear());
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

    public void clear() {
        requestedId = null;
        send.set(null);
        timeline.clear();
        attention.clear();
        cancelPreview.set(null);
        loading.set(false);
    }

    private void apply(Send s, SendSource source) {
        // The send goes last: views redraw when it changes, and by then the rest matches it.
        timeInStatus = Duration.between(s.statusChangedAt(), source.now());
        User viewer = tracker.currentUser();
        cancelPreview.set(viewer == null ? null : CancelFlow.expected(source, viewer, s));
        attention.setAll(AttentionReason.of(s, source.now()));
        timeline.setAll(TimelineEntry.of(s.history(), source.now()));
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
