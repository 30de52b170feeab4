package sendtracker.domain;

/**
 * Where a cancellation request to Support stands (docs/design.md, "Cancellation requests"):
 * OPEN once recorded, SENT once someone on the team says it went to Support, then one of the
 * three closed states. OPEN and SENT are pending: they wait for an answer and count in the queue.
 */
public enum CancelRequestState {
    OPEN, SENT, CANCELED, DECLINED, WITHDRAWN;

    /** True while the request waits for Support's answer (it can still be sent, resolved or withdrawn). */
    public boolean isPending() {
        return this == OPEN || this == SENT;
    }

    /** The state as the window and the text output name it. */
    public String displayName() {
        return Texts.get("request.state." + name());
    }
}
