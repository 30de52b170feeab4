package sendtracker.ui;

import java.util.function.Consumer;

import sendtracker.domain.Send;

/**
 * What the window does with one send, wherever it is asked for (the row menu, the details
 * pane's buttons, double click and Enter in the table).
 */
public record SendActions(Consumer<Send> viewDetails, Consumer<Send> cancel, Consumer<String> copy,
        Consumer<String> openUrl) {

    /** The tracking URL, or the carrier's number when there is no URL; null when the send has neither. */
    public static String trackingLink(Send send) {
        if (send.trackingUrl() != null && !send.trackingUrl().isBlank()) {
            return send.trackingUrl();
        }
        if (send.trackingNumber() != null && !send.trackingNumber().isBlank()) {
            return send.trackingNumber();
        }
        return null;
    }
}
