package sendtracker.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A ready-to-paste request to Support about one send: what it is, who sent it to whom, what it
 * cost, where it is, and what the tracker said. eGifts travel by email, so they get no
 * tracking line at all.
 */
public final class SupportRequest {
    private SupportRequest() {
    }

    public static String of(Send send, CancelDecision decision, Instant now) {
        StringBuilder b = new StringBuilder(Texts.get("support.request.opening"));
        line(b, "support.request.id", send.id());
        line(b, "support.request.type", send.typeDisplayName());
        line(b, "support.request.status", send.status().displayName(),
                formatDuration(Duration.between(send.statusChangedAt(), now)));
        line(b, "support.request.recipient", joined(", ", send.recipientName(), send.recipientCompany(),
                send.recipientEmail()));
        line(b, "support.request.sender", joined(", ", send.senderName(), send.senderEmail(), send.team()));
        if (send.cost() != null) {
            String cost = joined(" ", send.cost().toPlainString(), send.currency());
            line(b, "support.request.cost", send.fundingSource() == null || send.fundingSource().isBlank() ? cost
                    : Texts.get("support.request.costFrom", cost, send.fundingSource()));
        }
        if (send.type() == null || send.type().isPhysical()) {
            boolean tracked = send.trackingNumber() != null && !send.trackingNumber().isBlank();
            line(b, "support.request.tracking", tracked ? joined(" ", send.trackingNumber(),
                    send.carrier() == null || send.carrier().isBlank() ? null : "(" + send.carrier() + ")")
                    : Texts.get("support.request.noTracking"));
        }
        line(b, "support.request.said", decision.message());
        return b.toString();
    }

    private static void line(StringBuilder b, String key, Object... values) {
        b.append('\n').append(Texts.get(key, values));
    }

    /** The parts that are there, in order; "-" when none is. */
    private static String joined(String separator, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.length() == 0 ? "" : separator).append(p.strip());
            }
        }
        return b.length() == 0 ? "-" : b.toString();
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
