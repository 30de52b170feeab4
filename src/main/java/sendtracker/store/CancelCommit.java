package sendtracker.store;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;

/** The policy's decision on the stored row, the send as it is now, and whether a cancel was committed. */
public record CancelCommit(CancelDecision decision, Send send, boolean committed) {
}
