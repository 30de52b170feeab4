package sendtracker.ui;

import java.util.Locale;

import sendtracker.domain.SendStatus;

/** Which colour family a status badge wears: one look for every place a status is shown. */
public enum StatusStyle {
    PROGRESS, WAITING, TRANSIT, SUCCESS, CLOSED, PROBLEM;

    public static StatusStyle of(SendStatus status) {
        switch (status) {
            case CONFIRMING_ADDRESS:
            case FULFILLMENT_ISSUE:
                return WAITING;
            case SHIPPED:
            case AMAZON_SHIPPED:
                return TRANSIT;
            case DELIVERED:
            case REDEEMED:
                return SUCCESS;
            case CANCELED:
            case CONFIRMATION_CANCELED:
            case REFUNDED:
            case EXPIRED:
                return CLOSED;
            case UNDELIVERABLE:
            case FAILED:
                return PROBLEM;
            default:
                return PROGRESS;
        }
    }

    /** The stylesheet's colour for this family, as an inline style for nodes a chart restyles itself. */
    public String barFillStyle() {
        return "-fx-bar-fill: -st-" + styleClass() + ";";
    }

    /** The CSS style class, e.g. {@code status-success}. */
    public String styleClass() {
        return "status-" + name().toLowerCase(Locale.ROOT);
    }
}
