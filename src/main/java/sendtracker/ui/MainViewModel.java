package sendtracker.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import sendtracker.domain.Send;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.service.ChangeWatcher;
import sendtracker.service.SupportContact;

/**
 * The window's view-models together, and the switch between the live store and an offline
 * review of an exported file.
 */
public final class MainViewModel {
    private final TrackerViewModel tracker;
    private final DetailsViewModel details;
    private final CancelFlow cancelFlow;
    private final BulkCancelFlow bulkCancel;
    private final ExportViewModel export;
    private final StoreViewModel store;
    private final BackupViewModel backups;
    private final DatePresetsViewModel datePresets;
    private final SpendViewModel spend;
    private final ImportViewModel imports;
    private final SavedViewsViewModel savedViews;
    private final CancelRequestsViewModel requests;
    private final DialogService dialogs;
    private final Jobs jobs;
    private WindowSource live;
    private WindowSource review;
    private final ReviewOpener opener;

    private final ReadOnlyBooleanWrapper reviewing = new ReadOnlyBooleanWrapper(this, "reviewing");
    private final ReadOnlyStringWrapper reviewFile = new ReadOnlyStringWrapper(this, "reviewFile", "");
    private final ReadOnlyBooleanWrapper canOpenReview = new ReadOnlyBooleanWrapper(this, "canOpenReview");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** The status line's past messages, newest first (View → Messages). */
    private final ObservableList<String> messages = FXCollections.observableArrayList();
    static final int MESSAGES_KEPT = 50;
    private static final DateTimeFormatter MESSAGE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ReadOnlyDoubleWrapper openProgress =
            new ReadOnlyDoubleWrapper(this, "openProgress", -1);
    private Jobs.Handle openHandle;
    private SupportContact supportContact = SupportContact.NONE;
    private String liveUserEmail;

    /** Whether changes made elsewhere arrive (the status bar's liveIndicator); empty when not watched. */
    private final ReadOnlyStringWrapper liveState = new ReadOnlyStringWrapper(this, "liveState", "");
    private final ReadOnlyBooleanWrapper liveAvailable = new ReadOnlyBooleanWrapper(this, "liveAvailable");

    /** {@code opener} may be null when offline review is not available. */
    public MainViewModel(DialogService dialogs, Jobs jobs, ReviewOpener opener) {
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.opener = opener;
        this.tracker = new TrackerViewModel(jobs);
        this.details = new DetailsViewModel(tracker, jobs);
        this.cancelFlow = new CancelFlow(tracker, dialogs, jobs, this::sendChanged);
        this.bulkCancel = new BulkCancelFlow(tracker, dialogs, jobs, tracker::refresh);
        this.export = new ExportViewModel(tracker, dialogs, jobs);
        this.store = new StoreViewModel(tracker, dialogs, jobs, reviewing.getReadOnlyProperty(), this::say,
                this::reopenLive);
        this.backups = new BackupViewModel(dialogs, jobs, reviewing.getReadOnlyProperty(), this::say);
        this.datePresets = new DatePresetsViewModel(tracker, Clock.systemDefaultZone());
        this.spend = new SpendViewModel(tracker, jobs);
        this.imports = new ImportViewModel(tracker, dialogs, jobs, reviewing.getReadOnlyProperty(), this::say);
        this.savedViews = new SavedViewsViewModel(tracker, new ColumnLayoutViewModel(), dialogs, jobs, this::say);
        this.requests = new CancelRequestsViewModel(tracker, dialogs, jobs, this::sendChanged,
                cancelFlow::readOnlyReason);
        cancelFlow.trackRequests(requests);
        bulkCancel.trackRequests(requests::pendingFor);
        requests.noticeProperty().addListener((obs, old, text) -> say(text));
        canOpenReview.set(opener != null);
        cancelFlow.noticeProperty().addListener((obs, old, text) -> say(text));
        bulkCancel.noticeProperty().addListener((obs, old, text) -> say(text));
        export.noticeProperty().addListener((obs, old, text) -> say(text));
        tracker.problemProperty().addListener((obs, old, text) -> {
            if (text != null) {
                say(text);
            }
        });
    }

    /**
     * Shows the live store ({@code live}, null when there is none) as {@code userEmail} (or the
     * store's default user), or, when {@code reviewFileToOpen} is given, reviews that file.
     */
    public void start(WindowSource live, String userEmail, Path reviewFileToOpen) {
        this.live = live;
        liveAvailable.set(live != null);
        liveUserEmail = userEmail;
        if (reviewFileToOpen != null) {
            openReview(reviewFileToOpen);
        } else if (live != null) {
            tracker.open(live, userEmail, source -> { });
        }
    }

    /**
     * The live store was closed and opened again (a restore): the window shows the reopened
     * store, as the same user where possible; an offline review open meanwhile stays in front.
     */
    public void liveReopened(WindowSource reopened) {
        this.live = reopened;
        liveAvailable.set(reopened != null);
        reopenLive();
    }

    /** After the live store was filled: its users and rows read again, as the same user where possible. */
    private void reopenLive() {
        if (live == null || reviewing.get()) {
            return;
        }
        String email = tracker.currentUser() == null ? liveUserEmail : tracker.currentUser().email();
        tracker.open(live, email, source -> { });
    }

    /**
     * Follows the live store's change feed: sends changed elsewhere show in the table, counts,
     * chart, details pane and an open cancel dialog without a refresh (docs/design.md, "Team
     * store"). Starts the watcher; its reports come on its own thread and are handed to the FX
     * thread through the jobs.
     */
    public void followChanges(ChangeWatcher watcher) {
        watcher.onState(state -> jobs.submit(p -> state, this::showLiveState, failure -> { }));
        watcher.onChanged(ids -> jobs.submit(p -> ids, this::changedElsewhere, failure -> { }));
        showLiveState(watcher.state());
        watcher.start();
    }

    private void showLiveState(ChangeWatcher.State state) {
        liveState.set(Texts.get("ui.live." + state.name()));
    }

    private void changedElsewhere(Collection<String> ids) {
        if (reviewing.get() || live == null || tracker.source() != live) {
            return;
        }
        requests.reload();
        tracker.changedElsewhere(ids, changed -> {
            details.sendChanged(changed);
            cancelFlow.changedElsewhere(changed);
        });
    }

    public ReadOnlyStringProperty liveStateProperty() {
        return liveState.getReadOnlyProperty();
    }

    private void sendChanged(Send changed) {
        tracker.sendChanged(changed);
        details.sendChanged(changed);
    }

    /** File → Open export…: asks for the file, then reviews it read-only. */
    public void chooseReview() {
        if (opener == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseExportToOpen();
        file.ifPresent(this::openReview);
    }

    public void openReview(Path file) {
        if (opener == null) {
            dialogs.showError(Texts.get("ui.review.failed.title"), Texts.get("ui.review.unavailable"));
            return;
        }
        if (!reviewing.get() && tracker.currentUser() != null) {
            liveUserEmail = tracker.currentUser().email();
        }
        String name = file.getFileName().toString();
        say(Texts.get("ui.review.opening", name));
        opening.set(true);
        openProgress.set(-1);
        openHandle = jobs.submit(p -> opener.open(file, p), source -> tracker.open(source, null, opened -> {
            opening.set(false);
            release(review);
            review = source;
            reviewing.set(true);
            reviewFile.set(file.getFileName().toString());
            String note = source.openingNote();
            say(Texts.get("ui.review.opened", file.getFileName().toString()) + (note == null ? "" : " " + note));
        }), failure -> {
            opening.set(false);
            if (failure instanceof CancellationException) {
                say(Texts.get("ui.review.canceled", name));
            } else {
                String text = Texts.get("ui.review.failed", name, withoutFileName(failure, name));
                say(text);
                dialogs.showError(Texts.get("ui.review.failed.title"), text);
                if (tracker.source() == null && live == null) {
                    // nothing to go back to (the window was started with --open): say so instead of "Loading…"
                    tracker.unavailable(Texts.get("ui.review.failed.nothingOpen", text));
                }
            }
            if (tracker.source() == null && live != null) {
                tracker.open(live, liveUserEmail, source -> { });
            } else if (tracker.source() == null && failure instanceof CancellationException) {
                tracker.unavailable(Texts.get("ui.review.failed.nothingOpen", Texts.get("ui.review.canceled", name)));
            }
        }, (done, total) -> openProgress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1));
    }

    /** The reader's message names the file itself ("trunc.json, line 109: …"); the window's text names it once. */
    private static String withoutFileName(Throwable failure, String name) {
        String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        return why.startsWith(name) ? why.substring(name.length()).replaceFirst("^[,:]?\\s*", "") : why;
    }

    /** Stops opening a file for review; the window stays as it was. */
    public void cancelOpen() {
        if (openHandle != null && opening.get()) {
            openHandle.cancel();
        }
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty openProgressProperty() {
        return openProgress.getReadOnlyProperty();
    }

    /** Leaves the offline review and goes back to the live store (when there is one). */
    public void closeReview() {
        if (!reviewing.get() || live == null) {
            return;
        }
        tracker.open(live, liveUserEmail, source -> {
            release(review);
            review = null;
            reviewing.set(false);
            reviewFile.set("");
            notice.set("");
        });
    }

    private void release(WindowSource source) {
        if (source != null && source != live) {
            source.close();
        }
    }

    /** Closes what the window opened (an offline review's private store). */
    public void close() {
        release(review);
        review = null;
    }

    /**
     * Shows a short message in the status bar (where it fades after a while) and keeps it in
     * the messages history. The same text again is shown again.
     */
    public void say(String text) {
        if (text == null || text.isBlank()) {
            notice.set("");
            return;
        }
        messages.add(0, LocalTime.now().format(MESSAGE_TIME) + "  " + text);
        if (messages.size() > MESSAGES_KEPT) {
            messages.remove(MESSAGES_KEPT, messages.size());
        }
        notice.set("");
        notice.set(text);
    }

    /** View → Messages. */
    public void showMessages() {
        dialogs.show(new MessagesDialog(messages));
    }

    /** The status line's past messages, newest first, at most {@value #MESSAGES_KEPT}. */
    public ObservableList<String> messages() {
        return messages;
    }

    public ReadOnlyBooleanProperty liveAvailableProperty() {
        return liveAvailable.getReadOnlyProperty();
    }

    public void signInAs(User user) {
        tracker.currentUserProperty().set(user);
    }

    public TrackerViewModel tracker() {
        return tracker;
    }

    public DetailsViewModel details() {
        return details;
    }

    public CancelFlow cancelFlow() {
        return cancelFlow;
    }

    /** File → Compare two exports…: its own dialog over two files, no store needed. */
    public void showCompare() {
        dialogs.show(new CompareDialog(new CompareViewModel(dialogs, jobs)));
    }

    /** The cancellation requests: the queue, the markers and the steps (docs/design.md, "Cancellation requests"). */
    public CancelRequestsViewModel requests() {
        return requests;
    }

    public BulkCancelFlow bulkCancel() {
        return bulkCancel;
    }

    public ExportViewModel export() {
        return export;
    }

    /** How to reach Support (the admin's support.contact setting), shown in every support dialog. */
    public SupportContact supportContact() {
        return supportContact;
    }

    /** Set before the window is built (MainWindow passes it to the cancel flow). */
    public void setSupportContact(SupportContact contact) {
        supportContact = contact == null ? SupportContact.NONE : contact;
        cancelFlow.reachSupport(supportContact, null);
    }

    public StoreViewModel store() {
        return store;
    }

    /** File → Back up now… / Restore from backup… and the status bar's last backup. */
    public BackupViewModel backups() {
        return backups;
    }

    /** The date filter's presets (datePresets). */
    public DatePresetsViewModel datePresets() {
        return datePresets;
    }

    /** What the filtered or selected sends cost (spendTotal) and the chart's spend. */
    public SpendViewModel spend() {
        return spend;
    }

    /** Import in the window (importButton, File → Import…, files dropped on the table). */
    public ImportViewModel imports() {
        return imports;
    }

    /** Saved views and the table's columns (docs/design.md, "Saved views and columns"). */
    public SavedViewsViewModel savedViews() {
        return savedViews;
    }

    public ReadOnlyBooleanProperty reviewingProperty() {
        return reviewing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reviewFileProperty() {
        return reviewFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenReviewProperty() {
        return canOpenReview.getReadOnlyProperty();
    }

    /** "Send Tracker — Dana Reyes · Manager", or the file's name while reviewing one. */
    public StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> reviewing.get()
                ? Texts.get("ui.window.titleReview", reviewFile.get())
                : tracker.currentUser() == null ? Texts.get("app.title")
                : Texts.get("ui.window.title", Formats.user(tracker.currentUser())),
                reviewing, reviewFile, tracker.currentUserProperty());
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
