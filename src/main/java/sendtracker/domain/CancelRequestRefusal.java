package sendtracker.domain;

/**
 * Why a step of a cancellation request is not taken, and the text that tells the user what to
 * do instead. {@code requestId} names the request the refusal is about (the pending one for
 * {@link Reason#ALREADY_REQUESTED}), or null.
 */
public record CancelRequestRefusal(Reason reason, String message, String requestId) {

    public enum Reason {
        /** The user may cancel the send here: the cancel dialog or command, not Support. */
        SELF_CANCEL,
        /** Nobody can cancel it any more (shipped, delivered) or it is already closed. */
        NOTHING_TO_CANCEL,
        /** A request on the send already waits for an answer. */
        ALREADY_REQUESTED,
        /** The user's role may not take the step (senders do not resolve). */
        NOT_PERMITTED,
        /** The request is closed already (canceled, declined or withdrawn), or past this step. */
        NOT_PENDING,
        /** An offline review of an export changes nothing. */
        READ_ONLY
    }
}
