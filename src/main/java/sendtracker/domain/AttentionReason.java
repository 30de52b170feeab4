package sendtracker.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a send needs someone to act, after the published service levels (docs/design.md,
 * "Needs attention"). This enum is the rule itself, written as data: each reason names the
 * status it watches (or any status when it is about a send issue) and how long that status may
 * last. The SQL filter and the in-memory index both read these fields, so the rule lives here
 * and nowhere else.
 */
public enum AttentionReason {
    /** Order Received for more than 7 days. */
    PROCESSING_OVERDUE(SendStatus.ORDER_RECEIVED, Duration.ofDays(7), false),
    /** Fulfillment Issue (paused) for more than 3 days. */
    PAUSED_OVERDUE(SendStatus.FULFILLMENT_ISSUE, Duration.ofDays(3), false),
    UNDELIVERABLE(SendStatus.UNDELIVERABLE, null, false),
    FAILED(SendStatus.FAILED, null, false),
    /** Any send issue (insufficient funds, invalid or suspicious email…), whatever the status. */
    SEND_ISSUE(null, null, true);

    /** Order Received for longer than this is overdue. */
    public static final Duration PROCESSING_LIMIT = PROCESSING_OVERDUE.limit;
    /** Fulfillment Issue (paused) for longer than this is overdue. */
    public static final Duration PAUSED_LIMIT = PAUSED_OVERDUE.limit;

    private final SendStatus status;
    private final Duration limit;
    private final boolean issue;

    AttentionReason(SendStatus status, Duration limit, boolean issue) {
        this.status = status;
        this.limit = limit;
        this.issue = issue;
    }

    /** The status this reason watches; null when it applies to any status (a send issue). */
    public SendStatus status() {
        return status;
    }

    /** How long the status may last before it is overdue; null when the status alone is enough. */
    public Duration limit() {
        return limit;
    }

    /** True when this reason is "the send carries an issue". */
    public boolean isAboutIssue() {
        return issue;
    }

    /**
     * The instant before which a change into {@link #status()} makes the send overdue at
     * {@code now} (strictly before); null when the reason has no time limit.
     */
    public Instant overdueBefore(Instant now) {
        return limit == null ? null : now.minus(limit);
    }

    public String textKey() {
        return "attention." + name();
    }

    /** True when this reason applies to a send in this state at {@code now}. */
    public boolean applies(SendStatus sendStatus, Instant statusChangedAt, SendIssue sendIssue, Instant now) {
        if (issue && sendIssue == null) {
            return false;
        }
        if (status != null && status != sendStatus) {
            return false;
        }
        return limit == null || statusChangedAt.isBefore(overdueBefore(now));
    }

    /** Every reason that applies to the send at {@code now}; empty when all is well. */
    public static List<AttentionReason> of(Send send, Instant now) {
        return of(send.status(), send.statusChangedAt(), send.issue(), now);
    }

    public static List<AttentionReason> of(SendStatus status, Instant statusChangedAt, SendIssue issue, Instant now) {
        List<AttentionReason> reasons = new ArrayList<>(2);
        for (AttentionReason r : values()) {
            if (r.applies(status, statusChangedAt, issue, now)) {
                reasons.add(r);
            }
        }
        return reasons;
    }
}
