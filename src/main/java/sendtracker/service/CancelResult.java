package sendtracker.service;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;

/**
 * How a cancel attempt ended. {@code send} is the send as it is now (null when not found);
 * {@code conflict} means it changed since the caller saw it; {@code supportRequest} is the
 * ready text for Support when the outcome is not CANCELED (null otherwise).
 */
public record CancelResult(String sendId, CancelOutcome outcome, CancelRule rule, String message, Send send,
        boolean conflict, boolean notFound, String supportRequest) {

    public boolean canceled() {
        return outcome == CancelOutcome.CANCELED && !conflict && !notFound;
    }
}
