package sendtracker.domain;

import java.util.Objects;

/**
 * The policy's answer for one send: the outcome, the rule that applied, and the explanation
 * shown to the user (why, and what to do next).
 */
public record CancelDecision(CancelOutcome outcome, CancelRule rule, String message) {
    public CancelDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public static CancelDecision of(CancelRule rule, Send send) {
        return new CancelDecision(rule.outcome(), rule, Texts.get(rule.textKey(),
                send.id(), send.typeDisplayName(), send.status().displayName(),
                send.trackingNumber() == null ? "" : send.trackingNumber()));
    }

    /** True when the user may cancel the send here, in this window. */
    public boolean allowsSelfCancel() {
        return outcome == CancelOutcome.CANCELED;
    }
}
