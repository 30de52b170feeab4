package sendtracker.ui;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.Texts;
import sendtracker.domain.User;

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

    /** {@code onChanged} gets the send as stored after a cancel (or a conflict): rows and details follow it. */
    public CancelFlow(TrackerViewModel tracker, DialogService dialogs, Jobs jobs, Consumer<Send> onChanged) {
        this.tracker = tracker;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.onChanged = onChanged;
    }

    /** The expected answer: an offline review can change nothing, otherwise the policy decides. */
    static CancelDecision expected(SendsBackend source, User actor, Send send) {
        if (source.isReadOnly()) {
            return CancelDecision.of(CancelRule.OFFLINE_REVIEW, send);
        }
        return source.preview(actor, send);
    }

    /** The menu item's text, naming the expected outcome before the user clicks. */
    public String menuText(Send send) {
        SendsBackend source = tracker.backend();
        User actor = tracker.currentUser();
        if (source == null || actor == null || send == null) {
            return Texts.get("ui.menu.cancel.CANCELED");
        }
        return Texts.get("ui.menu.cancel." + expected(source, actor, send).outcome().name());
    }

    /** The menu item's action. */
    public void start(Send send) {
        SendsBackend source = tracker.backend();
        User actor = tracker.currentUser();
        if (source == null || actor == null || send == null) {
            return;
        }
        CancelDecision decision = expected(source, actor, send);
        if (decision.allowsSelfCancel()) {
            dialogs.confirmCancel(send, decision, reason -> commit(source, actor, send, reason));
        } else {
            dialogs.showSupport(support(source, send, decision));
        }
    }

    private void commit(SendsBackend source, User actor, Send send, String reason) {
        notice.set(Texts.get("ui.cancel.running", send.id()));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        jobs.submit(p -> source.cancel(actor, send.id(), send.version(), why), reply -> {
            if (reply.send() != null) {
                onChanged.accept(reply.send());
            }
            if (reply.canceled()) {
                notice.set(Texts.get("ui.cancel.done", send.id()));
                return;
            }
            notice.set(Texts.get("ui.cancel.notDone", send.id()));
            Send now = reply.send() == null ? send : reply.send();
            dialogs.showSupport(reply.conflict()
                    ? conflict(source, now, reply)
                    : support(source, now, reply.decision()));
        }, failure -> {
            // Whatever went wrong, the user gets the Support path with the send's id, never a stack trace.
            notice.set(Texts.get("ui.cancel.notDone", send.id()));
            dialogs.showSupport(support(source, send, CancelDecision.of(CancelRule.TECHNICAL_FAILURE, send)));
        });
    }

    /** The send moved on while the user looked at it: say so, show its new state and what is possible now. */
    private SupportInfo conflict(SendsBackend source, Send now, CancelReply reply) {
        CancelDecision decision = reply.decision();
        String next = decision.allowsSelfCancel() ? Texts.get("ui.support.next.RETRY")
                : Texts.get("ui.support.next." + decision.outcome().name());
        String request = reply.supportRequest() != null ? reply.supportRequest() : source.supportRequest(now, decision);
        return new SupportInfo(Texts.get("ui.support.conflict.headline", now.status().displayName()),
                decision.message(), next, request, now, decision);
    }

    private static SupportInfo support(SendsBackend source, Send send, CancelDecision decision) {
        String key = decision.rule() == CancelRule.OFFLINE_REVIEW ? "OFFLINE" : decision.outcome().name();
        String headline = Texts.get("ui.support.headline." + key);
        String next = Texts.get("ui.support.next." + key);
        return new SupportInfo(headline, decision.message(), next, source.supportRequest(send, decision), send, decision);
    }

    /** The last thing the cancel flow has to say (for the status bar). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
