package sendtracker.domain;

/** What the three-dot menu's Cancel ends in. */
public enum CancelOutcome {
    /** The sender may cancel it here, and (when committed) it was canceled. */
    CANCELED,
    /** The sender cannot cancel it here; Support may still be able to. */
    CONTACT_SUPPORT,
    /** Nobody can cancel it any more (it has shipped); there is another path. */
    NOT_CANCELABLE,
    /** It is already over: canceled, refunded, expired, failed or redeemed. */
    ALREADY_CLOSED
}
