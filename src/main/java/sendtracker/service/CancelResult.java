package sendtracker.service;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;

/**
 * How a cancel attempt ended. {@code send} is the send as it is now (null when not found);
 * {@code conflict} means it changed (or was busy) meanwhile, so nothing was canceled and the
 * outcome is CONTACT_SUPPORT (docs/design.md: a self-cancel that fails for a technical reason);
 * {@code supportRequest} is the ready text for Support when the outcome is not CANCELED (null
 * otherwise); {@code current} is, on a conflict only, what the cancel policy says for the send
 * as it is now (whether a retry can cancel it), null otherwise.
 */
public record CancelResult(String sendId, CancelOutcome outcome, CancelRule rule, String message, Send send,
        boolean conflict, boolean notFound, String supportRequest, CancelDecision current) {

    public boolean canceled() {
        return outcome == CancelOutcome.CANCELED && !conflict && !notFound;
    }
}
