package sendtracker.domain;

/**
 * The rule of the cancel policy that decided an outcome. Each rule has a user-facing
 * explanation (why, and what to do next) in the message bundle under {@code cancel.rule.NAME}.
 */
public enum CancelRule {
    INVENTORIED_CONFIRMING_ADDRESS(CancelOutcome.CANCELED),
    DIRECT_BEFORE_CONFIRMATION(CancelOutcome.CANCELED),
    AMAZON_BEFORE_CONFIRMATION(CancelOutcome.CANCELED),

    EGIFT_NO_SELF_CANCEL(CancelOutcome.CONTACT_SUPPORT),
    INVENTORIED_IN_PROCESSING(CancelOutcome.CONTACT_SUPPORT),
    DIRECT_NO_ADDRESS_CONFIRMATION(CancelOutcome.CONTACT_SUPPORT),
    DIRECT_ADDRESS_CONFIRMED(CancelOutcome.CONTACT_SUPPORT),
    OTHER_TYPE_NOT_SHIPPED(CancelOutcome.CONTACT_SUPPORT),
    /** The table is silent about this combination: the safe answer is to ask Support. */
    UNLISTED_STATE(CancelOutcome.CONTACT_SUPPORT),
    /** The cancel could not be completed for a technical reason. */
    TECHNICAL_FAILURE(CancelOutcome.CONTACT_SUPPORT),
    /** The actor may not act on this send (not theirs, not their team's). */
    NOT_PERMITTED(CancelOutcome.CONTACT_SUPPORT),
    /** An offline review of an export has no store behind it: nothing can be changed. */
    OFFLINE_REVIEW(CancelOutcome.CONTACT_SUPPORT),

    AMAZON_ADDRESS_CONFIRMED(CancelOutcome.NOT_CANCELABLE),
    AMAZON_WITHOUT_CONFIRMATION(CancelOutcome.NOT_CANCELABLE),
    SHIPPED(CancelOutcome.NOT_CANCELABLE),
    DELIVERED(CancelOutcome.NOT_CANCELABLE),
    UNDELIVERABLE(CancelOutcome.NOT_CANCELABLE),

    EGIFT_FINISHED(CancelOutcome.ALREADY_CLOSED),
    CLOSED(CancelOutcome.ALREADY_CLOSED);

    private final CancelOutcome outcome;

    CancelRule(CancelOutcome outcome) {
        this.outcome = outcome;
    }

    public CancelOutcome outcome() {
        return outcome;
    }

    public String textKey() {
        return "cancel.rule." + name();
    }
}
