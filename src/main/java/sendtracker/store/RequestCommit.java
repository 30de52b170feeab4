package sendtracker.store;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestRefusal;
import sendtracker.domain.Send;

/**
 * How a request step ended in the store: the request as it is now (null when a new one was
 * refused), the send as it is now, and the refusal, or null when the step was committed.
 */
public record RequestCommit(CancelRequest request, Send send, CancelRequestRefusal refusal) {
    public boolean committed() {
        return refusal == null;
    }
}
