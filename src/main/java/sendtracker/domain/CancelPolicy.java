package sendtracker.domain;

import java.time.Instant;

/**
 * The cancel policy of docs/design.md ("Cancel policy") as one pure function. The table in docs/design.md is
 * the specification; where it is silent the answer is CONTACT_SUPPORT, the safe one:
 * Support can still cancel, while a wrong "canceled" could not be taken back.
 */
public final class CancelPolicy {

    public CancelDecision decide(Send send, User actor, Instant now) {
        return CancelDecision.of(rule(send, actor), send);
    }

    /** The rule that applies; {@code now} does not change the outcome, only what callers show. */
    public CancelRule rule(Send send, User actor) {
        if (!mayAct(actor, send)) {
            return CancelRule.NOT_PERMITTED;
        }
        SendStatus status = send.status();
        if (send.type() == SendType.EGIFT) {
            if (SendStatus.CLOSED.contains(status) || status == SendStatus.REDEEMED) {
                return CancelRule.EGIFT_FINISHED;
            }
            return CancelRule.EGIFT_NO_SELF_CANCEL;
        }
        if (SendStatus.CLOSED.contains(status)) {
            return CancelRule.CLOSED;
        }
        switch (status) {
            case SHIPPED:
            case AMAZON_SHIPPED:
                return CancelRule.SHIPPED;
            case DELIVERED:
                return CancelRule.DELIVERED;
            case UNDELIVERABLE:
                return CancelRule.UNDELIVERABLE;
            default:
                break;
        }
        switch (send.type()) {
            case INVENTORIED:
                return inventoried(status);
            case DIRECT:
                return direct(send);
            case AMAZON:
                return amazon(send);
            default:
                return CancelRule.OTHER_TYPE_NOT_SHIPPED;
        }
    }

    private static CancelRule inventoried(SendStatus status) {
        switch (status) {
            case CONFIRMING_ADDRESS:
                return CancelRule.INVENTORIED_CONFIRMING_ADDRESS;
            case INITIATED:
            case ORDER_RECEIVED:
            case FULFILLING:
            case FULFILLMENT_ISSUE:
                return CancelRule.INVENTORIED_IN_PROCESSING;
            default:
                // e.g. an Amazon-only or eGift-only status on an inventoried send: not in the table.
                return CancelRule.UNLISTED_STATE;
        }
    }

    private static CancelRule direct(Send send) {
        if (!send.addressConfirmation()) {
            return CancelRule.DIRECT_NO_ADDRESS_CONFIRMATION;
        }
        if (send.addressConfirmed()) {
            return CancelRule.DIRECT_ADDRESS_CONFIRMED;
        }
        if (send.status() == SendStatus.CONFIRMING_ADDRESS) {
            return CancelRule.DIRECT_BEFORE_CONFIRMATION;
        }
        // Confirmation enabled and pending, but the send is not waiting on the recipient
        // (e.g. still Initiated): the table does not say, so Support decides.
        return CancelRule.UNLISTED_STATE;
    }

    private static CancelRule amazon(Send send) {
        if (!send.addressConfirmation()) {
            return CancelRule.AMAZON_WITHOUT_CONFIRMATION;
        }
        if (send.addressConfirmed()) {
            return CancelRule.AMAZON_ADDRESS_CONFIRMED;
        }
        if (send.status() == SendStatus.CONFIRMING_ADDRESS) {
            return CancelRule.AMAZON_BEFORE_CONFIRMATION;
        }
        return CancelRule.UNLISTED_STATE;
    }

    /** Sender: own sends; Manager: their teams' sends; Admin: any. */
    public static boolean mayAct(User actor, Send send) {
        return Visibility.canSee(actor, send);
    }
}
