package sendtracker.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A tracked request to Support to cancel one send that its user may not cancel here
 * (docs/design.md, "Cancellation requests"): who asked, when and why, the ready support text,
 * Support's case number once sent, and who resolved it, when, and with what answer
 * ({@code note}). Times are null until the step happened.
 */
public record CancelRequest(
        String id,
        String sendId,
        CancelRequestState state,
        String requestedBy,
        Instant requestedAt,
        String reason,
        String supportText,
        String caseNo,
        String note,
        String sentBy,
        Instant sentAt,
        String resolvedBy,
        Instant resolvedAt) {

    /** A request pending longer than this many working days is flagged in the queue. */
    public static final int OVERDUE_WORKING_DAYS = 2;

    public CancelRequest {
        Objects.requireNonNull(sendId, "sendId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** How long ago it was requested (never negative). */
    public Duration age(Instant now) {
        Duration d = Duration.between(requestedAt, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * True when the request still waits for an answer after more than {@value #OVERDUE_WORKING_DAYS}
     * working days (Monday to Friday, UTC; {@link WorkingDays}).
     */
    public boolean isOverdue(Instant now) {
        return state.isPending()
                && WorkingDays.between(requestedAt, now).compareTo(Duration.ofDays(OVERDUE_WORKING_DAYS)) > 0;
    }

    /** The same request in another state, with the step's actor, time, case number and answer where given. */
    public CancelRequest with(CancelRequestState next, String actor, Instant at, String newCaseNo, String newNote) {
        String c = newCaseNo == null || newCaseNo.isBlank() ? caseNo : newCaseNo.strip();
        String n = newNote == null || newNote.isBlank() ? note : newNote.strip();
        if (next == CancelRequestState.SENT) {
            return new CancelRequest(id, sendId, next, requestedBy, requestedAt, reason, supportText, c, n, actor, at,
                    resolvedBy, resolvedAt);
        }
        return new CancelRequest(id, sendId, next, requestedBy, requestedAt, reason, supportText, c, n, sentBy, sentAt,
                actor, at);
    }
}
