package sendtracker.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.CancelDecision;
import sendtracker.domain.PostalAddress;
import sendtracker.domain.Send;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.SupportRequest;
import sendtracker.domain.Texts;

/** Sends as plain text for a terminal: a table, and one send's details. */
final class SendText {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private SendText() {
    }

    static void table(PrintStream out, List<Send> sends) {
        String fmt = "%-12s %-16s %-16s %-21s %-22s %-20s %-24s %10s%n";
        out.printf(fmt, "SEND ID", "CREATED (UTC)", "TYPE", "STATUS", "RECIPIENT", "SENDER", "CAMPAIGN", "COST");
        for (Send s : sends) {
            out.printf(fmt, cut(s.id(), 12), MINUTES.format(s.createdAt()), cut(s.typeDisplayName(), 16),
                    cut(s.status().displayName() + (s.issue() != null ? " !" : ""), 21), cut(s.recipientName(), 22),
                    cut(s.senderName(), 20), cut(s.campaign(), 24),
                    s.cost() == null ? "" : s.cost().toPlainString() + " " + (s.currency() == null ? "" : s.currency()));
        }
    }

    static void details(PrintStream out, Send s, CancelDecision cancel, Instant now) {
        out.println("Send " + s.id() + (s.testMode() ? "  [TEST MODE]" : ""));
        line(out, "Type", s.typeDisplayName() + (s.subtype() == null ? "" : " (" + s.subtype() + ")"));
        line(out, "Status", s.status().displayName() + " since " + MINUTES.format(s.statusChangedAt()) + " UTC ("
                + SupportRequest.formatDuration(Duration.between(s.statusChangedAt(), now)) + ")");
        line(out, "Meaning", Texts.get(s.status().meaningKey(s.type())));
        if (s.issue() != null) {
            line(out, "Issue", s.issue().displayName() + ": " + Texts.get(s.issue().meaningKey()));
        }
        for (AttentionReason r : AttentionReason.of(s, now)) {
            line(out, "Attention", Texts.get(r.textKey()));
        }
        line(out, "Created", MINUTES.format(s.createdAt()) + " UTC");
        line(out, "Sender", s.senderName() + " <" + s.senderEmail() + ">" + (s.team() == null ? "" : ", " + s.team()));
        line(out, "Recipient", s.recipientName() + (s.recipientEmail() == null ? "" : " <" + s.recipientEmail() + ">")
                + (s.recipientCompany() == null ? "" : ", " + s.recipientCompany()));
        PostalAddress a = s.address();
        if (!a.isEmpty()) {
            line(out, "Address", join(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country()));
        }
        line(out, "Message", s.recipientMessage());
        line(out, "Campaign", s.campaign() == null ? null : s.campaign() + " (" + s.campaignState().displayName() + ")");
        line(out, "Gift", s.gift() == null ? null : s.quantity() + " x " + s.gift());
        line(out, "Cost", s.cost() == null ? null : s.cost().toPlainString() + " " + s.currency()
                + (s.fundingSource() == null ? "" : " from " + s.fundingSource()));
        line(out, "Address confirmation", !s.addressConfirmation() ? "not enabled"
                : s.addressConfirmedAt() == null ? "enabled, not confirmed yet"
                : "confirmed " + MINUTES.format(s.addressConfirmedAt()) + " UTC");
        line(out, "Tracking", s.trackingNumber() == null ? null
                : join(s.carrier(), s.trackingNumber(), s.trackingUrl()));
        line(out, "Sent via", s.sentVia());
        out.println("Recent updates:");
        List<StatusUpdate> h = s.history();
        // columns as wide as this send's values: "under a minute" or a long status stays in line
        TextTable updates = new TextTable(4);
        for (int i = h.size() - 1; i >= 0; i--) {
            StatusUpdate u = h.get(i);
            Instant until = i + 1 < h.size() ? h.get(i + 1).occurredAt() : now;
            String by = u.actor() == null ? "" : "by " + u.actor();
            String note = u.note() == null ? "" : "\u2014 " + u.note();
            updates.row(MINUTES.format(u.occurredAt()), u.status().displayName(),
                    SupportRequest.formatDuration(Duration.between(u.occurredAt(), until)),
                    by.isEmpty() || note.isEmpty() ? by + note : by + " " + note);
        }
        updates.print(out, "  ");
        line(out, "Cancel", cancel.outcome() + ": " + cancel.message());
        for (sendtracker.domain.CancelRequest r : s.cancelRequests()) {
            line(out, "Cancel request", r.id() + " " + r.state().displayName() + ", by " + (r.requestedBy() == null ? "-"
                    : r.requestedBy()) + " " + MINUTES.format(r.requestedAt()) + " UTC"
                    + (r.caseNo() == null ? "" : ", case " + r.caseNo()) + (r.isOverdue(now) ? " (waiting too long)" : ""));
        }
    }

    private static void line(PrintStream out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("  %-21s %s%n", label + ":", value);
        }
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }

    private static String cut(String s, int width) {
        if (s == null) {
            return "";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
