package sendtracker.ui;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.service.CancelResult;
import sendtracker.service.SupportContact;
import sendtracker.service.SendSource;

/**
 * The three-dot menu's Cancel: tells beforehand what it will do, asks to confirm when the
 * user may cancel here, runs the cancel in the background and reports how it ended. Whenever
 * the answer is not a cancel, the user learns why and gets a support request to copy.
 */
public final class CancelFlow {
    private final TrackerViewModel tracker;
    private final DialogService dialogs;
    private final Jobs jobs;
    private final Consumer<Send> onChanged;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private SupportContact supportContact = SupportContact.NONE;
    private Consumer<String> openUrl = url -> { };
    private ObservableBooleanValue readOnly;
    private String readOnlyWhy;

    /** {@code onChanged} gets the send as stored after a cancel (or a conflict): rows and details follow it. */
    /** The last cancel dialog opened (its send is watched for changes made elsewhere). */
    private CancelDialog openDialog;
    /** Where a support dialog records a tracked cancellation request; null until the window wires it. */
    private CancelRequestsViewModel requests;

    public CancelFlow(TrackerViewModel tracker, DialogService dialogs, Jobs jobs, Consumer<Send> onChanged) {
        this.tracker = tracker;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.onChanged = onChanged;
    }

    /** What every support dialog says about reaching Support, and how it opens a mail draft (null: as before). */
    public void reachSupport(SupportContact contact, Consumer<String> opener) {
        this.supportContact = contact == null ? SupportContact.NONE : contact;
        if (opener != null) {
            this.openUrl = opener;
        }
    }

    /** While {@code when} holds (an Admin's preview of another view on a team store) cancel is off, for {@code why}. */
    public void readOnlyWhen(ObservableBooleanValue when, String why) {
        this.readOnly = when;
        this.readOnlyWhy = why;
    }

    /** Why cancel is off now, or null when it is on (TeamWindow; docs/decisions/0012-logins-and-row-level-security.md). */
    public String readOnlyReason() {
        return readOnly != null && readOnly.get() ? readOnlyWhy : null;
    }

    /** The support dialogs offer "Request cancellation" through {@code requests} (MainViewModel wires it). */
    public void trackRequests(CancelRequestsViewModel tracked) {
        this.requests = tracked;
    }

    /** The window's cancellation requests, or null when none are tracked. */
    public CancelRequestsViewModel requests() {
        return requests;
    }

    /** The expected answer: an offline review can change nothing, otherwise the policy decides. */
    static CancelDecision expected(SendSource source, User actor, Send send) {
        if (source.isReadOnly()) {
            return CancelDecision.of(CancelRule.OFFLINE_REVIEW, send);
        }
        return source.preview(actor, send);
    }

    /** The menu item's text, naming the expected outcome before the user clicks. */
    public String menuText(Send send) {
        SendSource source = tracker.sends();
        User actor = tracker.currentUser();
        if (source == null || actor == null || send == null) {
            return Texts.get("ui.menu.cancel.CANCELED");
        }
        sendtracker.domain.CancelRequest pending = pendingRequest(send);
        if (pending != null) {
            return Texts.get("ui.menu.cancel.requested", pending.id());
        }
        return Texts.get("ui.menu.cancel." + expected(source, actor, send).outcome().name());
    }

    /**
     * The request on {@code send} that waits for Support, or null: then its row menu and details
     * point to that request instead of offering another support request (issue 17).
     */
    public sendtracker.domain.CancelRequest pendingRequest(Send send) {
        if (requests == null || send == null) {
            return null;
        }
        sendtracker.domain.CancelRequest queued = requests.pendingFor(send.id());
        sendtracker.domain.CancelRequest latest = send.latestCancelRequest();
        return queued != null ? queued : latest != null && latest.state().isPending() ? latest : null;
    }

    /** True when only Support can cancel {@code send} (so a tracked request makes sense), in the live store. */
    public boolean needsSupport(Send send) {
        SendSource source = tracker.sends();
        User actor = tracker.currentUser();
        if (source == null || actor == null || send == null || source.isReadOnly()) {
            return false;
        }
        return expected(source, actor, send).outcome() == CancelOutcome.CONTACT_SUPPORT;
    }

    /** The menu item's action. */
    public void start(Send send) {
        SendSource source = tracker.sends();
        User actor = tracker.currentUser();
        if (source == null || actor == null || send == null) {
            return;
        }
        if (readOnlyReason() != null) {
            dialogs.showInfo(Texts.get("ui.signIn.previewTitle"), readOnlyReason());
            return;
        }
        CancelDecision decision = expected(source, actor, send);
        if (decision.allowsSelfCancel()) {
            CancelDialog dialog = new CancelDialog(send, decision);
            openDialog = dialog;
            dialogs.show(dialog, reason -> commit(source, actor, send, reason));
        } else {
            dialogs.show(support(source, send, decision));
        }
    }

    /** A send changed elsewhere: the open cancel dialog of that send says so before the user confirms. */
    public void changedElsewhere(Send now) {
        CancelDialog dialog = openDialog;
        if (dialog != null && dialog.send().id().equals(now.id()) && dialog.send().version() != now.version()) {
            dialog.sendChangedMeanwhile(now);
        }
    }

    private void commit(SendSource source, User actor, Send send, String reason) {
        openDialog = null;
        notice.set(Texts.get("ui.cancel.running", send.id()));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        jobs.submit(p -> source.cancel(actor, send.id(), send.version(), why), result -> {
            if (result.send() != null) {
                onChanged.accept(result.send());
            }
            if (result.canceled()) {
                notice.set(Texts.get("ui.cancel.done", send.id()));
                return;
            }
            notice.set(Texts.get("ui.cancel.notDone", send.id()));
            Send now = result.send() == null ? send : result.send();
            CancelDecision decision = decisionOf(result);
            if (result.conflict()) {
                // the dialog tells what the send allows now (perhaps a retry), not the failed attempt's answer
                CancelDecision current = result.current() != null ? result.current() : decision;
                String request = result.supportRequest() != null ? result.supportRequest()
                        : source.supportRequest(now, current);
                dialogs.show(offerRequest(SupportDialog.conflict(now, current, request).reaching(supportContact,
                        openUrl), now, current));
            } else {
                dialogs.show(support(source, now, decision));
            }
        }, failure -> {
            // Whatever went wrong, the user gets the Support path with the send's id, never a stack trace.
            notice.set(Texts.get("ui.cancel.notDone", send.id()));
            dialogs.show(support(source, send, CancelDecision.of(CancelRule.TECHNICAL_FAILURE, send)));
        });
    }

    /** The decision taken on the stored row; a send no longer found (or visible) is Support's, with its id. */
    private static CancelDecision decisionOf(CancelResult result) {
        return result.outcome() == null
                ? new CancelDecision(CancelRule.TECHNICAL_FAILURE.outcome(), CancelRule.TECHNICAL_FAILURE,
                        result.message())
                : new CancelDecision(result.outcome(), result.rule(), result.message());
    }

    /** A closed send gets no request (nothing is left to ask for); every other one gets the ready text. */
    private SupportDialog support(SendSource source, Send send, CancelDecision decision) {
        String request = decision.outcome() == CancelOutcome.ALREADY_CLOSED ? null
                : source.supportRequest(send, decision);
        return offerRequest(SupportDialog.of(send, decision, request).reaching(supportContact, openUrl), send,
                decision);
    }

    /**
     * A send only Support can cancel gets "Request cancellation" (a tracked request, issue 17), or
     * the note that one already waits; an offline review, a preview or a closed send gets neither.
     */
    private SupportDialog offerRequest(SupportDialog shown, Send send, CancelDecision decision) {
        User actor = tracker.currentUser();
        SupportDialog dialog = shown.withSetupHint(actor != null && actor.role() == sendtracker.domain.Role.ADMIN);
        if (requests == null || !requests.canChange() || decision.outcome() != CancelOutcome.CONTACT_SUPPORT
                || decision.rule() == CancelRule.OFFLINE_REVIEW) {
            return dialog;
        }
        sendtracker.domain.CancelRequest pending = requests.pendingFor(send.id());
        if (pending != null) {
            return dialog.requesting(null, Texts.get("ui.supportDialog.track.pending", pending.id(),
                    pending.state().displayName(), Formats.dateTime(pending.requestedAt())));
        }
        return dialog.requesting(reason -> requests.request(send, reason), null);
    }

    /** The last thing the cancel flow has to say (for the status bar). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
