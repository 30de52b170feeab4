package sendtracker.ui;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;

/**
 * How a cancel ended, as the window needs it: the decision taken on the stored row, the send
 * as it is now (null when it could not be read), whether the send changed since the window
 * showed it, and the ready support request when the answer is not a cancel.
 */
public record CancelReply(CancelDecision decision, Send send, boolean conflict, String supportRequest) {

    public boolean canceled() {
        return decision.allowsSelfCancel() && !conflict;
    }
}
