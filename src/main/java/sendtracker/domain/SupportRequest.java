package sendtracker.domain;

import java.time.Duration;
import java.time.Instant;

/** A ready-to-paste request to Support about one send. */
public final class SupportRequest {
    private SupportRequest() {
    }

    public static String of(Send send, CancelDecision decision, Instant now) {
        return Texts.get("support.request",
                send.id(),
                send.typeDisplayName(),
                send.status().displayName(),
                formatDuration(Duration.between(send.statusChangedAt(), now)),
                send.trackingNumber() == null || send.trackingNumber().isBlank()
                        ? Texts.get("support.request.noTracking") : send.trackingNumber(),
                decision.message());
    }

    /** "3 days 4 hours", "5 hours 12 minutes", "under a minute". */
    public static String formatDuration(Duration d) {
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return Texts.get("duration.daysHours", days, hours);
        }
        if (hours > 0) {
            return Texts.get("duration.hoursMinutes", hours, minutes);
        }
        if (minutes > 0) {
            return Texts.get("duration.minutes", minutes);
        }
        return Texts.get("duration.underMinute");
    }
}
