package sendtracker.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Why a send needs someone to act, after the published service levels. */
public enum AttentionReason {
    PROCESSING_OVERDUE, PAUSED_OVERDUE, UNDELIVERABLE, FAILED, SEND_ISSUE;

    /** Order Received for longer than this is overdue. */
    public static final Duration PROCESSING_LIMIT = Duration.ofDays(7);
    /** Fulfillment Issue (paused) for longer than this is overdue. */
    public static final Duration PAUSED_LIMIT = Duration.ofDays(3);

    public String textKey() {
        return "attention." + name();
    }

    /** Every reason that applies to the send at {@code now}; empty when all is well. */
    public static List<AttentionReason> of(Send send, Instant now) {
        return of(send.status(), send.statusChangedAt(), send.issue(), now);
    }

    public static List<AttentionReason> of(SendStatus status, Instant statusChangedAt, SendIssue issue, Instant now) {
        List<AttentionReason> reasons = new ArrayList<>(2);
        if (status == SendStatus.ORDER_RECEIVED && statusChangedAt.isBefore(now.minus(PROCESSING_LIMIT))) {
            reasons.add(PROCESSING_OVERDUE);
        }
        if (status == SendStatus.FULFILLMENT_ISSUE && statusChangedAt.isBefore(now.minus(PAUSED_LIMIT))) {
            reasons.add(PAUSED_OVERDUE);
        }
        if (status == SendStatus.UNDELIVERABLE) {
            reasons.add(UNDELIVERABLE);
        }
        if (status == SendStatus.FAILED) {
            reasons.add(FAILED);
        }
        if (issue != null) {
            reasons.add(SEND_ISSUE);
        }
        return reasons;
    }
}
