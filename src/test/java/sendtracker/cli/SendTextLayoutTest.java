package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import sendtracker.domain.CampaignState;
import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.domain.PostalAddress;
import sendtracker.domain.Send;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;

/** What {@code list} and {@code show} print for a person, every line written out by hand. */
class SendTextLayoutTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final String NL = System.lineSeparator();

    private static Send full() {
        return Send.builder().id("SND-FULL").createdAt(Instant.parse("2026-11-10T08:00:00Z")).type(SendType.DIRECT)
                .subtype("Box").status(SendStatus.SHIPPED).statusChangedAt(Instant.parse("2026-11-19T09:30:00Z"))
                .issue(SendIssue.INSUFFICIENT_FUNDS).senderName("Sam Sample").senderEmail("sam@example.com")
                .team("Alpha").recipientName("Rita Recipient").recipientEmail("rita@example.org")
                .recipientCompany("Acme").address(new PostalAddress("1 Main St", "", "Springfield", "IL", "62701", "US"))
                .recipientMessage("Enjoy!").campaign("Winter").campaignState(CampaignState.ARCHIVED).gift("Mug")
                .quantity(2).cost(new BigDecimal("25.50")).currency("USD").fundingSource("Alpha budget")
                .addressConfirmation(true).addressConfirmedAt(Instant.parse("2026-11-11T10:15:00Z")).carrier("UPS")
                .trackingNumber("1Z999").trackingUrl("https://ups.example/1Z999").sentVia("Salesforce").testMode(true)
                .addHistory(new StatusUpdate(SendStatus.INITIATED, Instant.parse("2026-11-10T08:00:00Z"), null, null))
                .addHistory(new StatusUpdate(SendStatus.SHIPPED, Instant.parse("2026-11-19T09:30:00Z"),
                        "ops@example.com", "left the depot"))
                .build();
    }

    private static Send bare() {
        return Send.builder().id("SND-BARE-LONGER-ID").createdAt(Instant.parse("2026-11-21T11:59:30Z"))
                .type(SendType.EGIFT).status(SendStatus.SENT).statusChangedAt(Instant.parse("2026-11-21T11:59:30Z"))
                .senderName("A sender with a very long name").senderEmail("a@example.com")
                .recipientName("Bo").addHistory(new StatusUpdate(SendStatus.SENT,
                        Instant.parse("2026-11-21T11:59:30Z"), null, null))
                .build();
    }

    @Test
    void theTableHasAHeaderAndOneCutLinePerSend() {
        String fmt = "%-12s %-16s %-16s %-21s %-22s %-20s %-24s %10s%n";
        String expected = String.format(fmt, "SEND ID", "CREATED (UTC)", "TYPE", "STATUS", "RECIPIENT", "SENDER",
                "CAMPAIGN", "COST")
                + String.format(fmt, "SND-FULL", "2026-11-10 08:00", "Sendoso Direct", "Shipped !", "Rita Recipient",
                        "Sam Sample", "Winter", "25.50 USD")
                + String.format(fmt, "SND-BARE-LO\u2026", "2026-11-21 11:59", "eGift", "Sent", "Bo",
                        "A sender with a ver\u2026", "", "");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        SendText.table(new PrintStream(o, true, StandardCharsets.UTF_8), List.of(full(), bare()));
        assertEquals(expected, o.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCostWithoutCurrencyShowsTheAmountAlone() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        SendText.table(new PrintStream(o, true, StandardCharsets.UTF_8),
                List.of(bare().toBuilder().cost(new BigDecimal("7")).build()));
        String row = o.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
        assertEquals("         7 ", row.substring(row.length() - 11));
        // exactly twelve characters fit the id column: no cut
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        SendText.table(new PrintStream(p, true, StandardCharsets.UTF_8),
                List.of(bare().toBuilder().id("SND-12345678").build()));
        assertEquals("SND-12345678 ", p.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow()
                .substring(0, 13));
    }

    @Test
    void detailsOfAFullSend() {
        CancelDecision cancel = new CancelDecision(CancelOutcome.NOT_CANCELABLE, CancelRule.SHIPPED, "It shipped.");
        String expected = String.join(NL,
                "Send SND-FULL  [TEST MODE]",
                "  Type:                 Sendoso Direct (Box)",
                "  Status:               Shipped since 2026-11-19 09:30 UTC (2 d 2 h)",
                "  Meaning:              The parcel has left; the tracking link shows where it is.",
                "  Issue:                Insufficient Funds: The funding source did not hold enough money to complete"
                        + " this send.",
                "  Attention:            The send has an issue that needs fixing.",
                "  Created:              2026-11-10 08:00 UTC",
                "  Sender:               Sam Sample <sam@example.com>, Alpha",
                "  Recipient:            Rita Recipient <rita@example.org>, Acme",
                "  Address:              1 Main St, Springfield, IL, 62701, US",
                "  Message:              Enjoy!",
                "  Campaign:             Winter (Archived)",
                "  Gift:                 2 x Mug",
                "  Cost:                 25.50 USD from Alpha budget",
                "  Address confirmation: confirmed 2026-11-11 10:15 UTC",
                "  Tracking:             UPS, 1Z999, https://ups.example/1Z999",
                "  Sent via:             Salesforce",
                "Recent updates:",
                "  2026-11-19 09:30  Shipped    2 d 2 h  by ops@example.com \u2014 left the depot",
                "  2026-11-10 08:00  Initiated  9 d 1 h",
                "  Cancel:               NOT_CANCELABLE: It shipped.", "");
        assertEquals(expected, details(full(), cancel));
    }

    @Test
    void detailsLeaveOutWhatASendDoesNotHave() {
        CancelDecision cancel = new CancelDecision(CancelOutcome.CONTACT_SUPPORT, CancelRule.EGIFT_NO_SELF_CANCEL,
                "Ask Support.");
        String expected = String.join(NL,
                "Send SND-BARE-LONGER-ID",
                "  Type:                 eGift",
                "  Status:               Sent since 2026-11-21 11:59 UTC (under a minute)",
                "  Meaning:              The offer email is on its way; the recipient has not opened it yet.",
                "  Created:              2026-11-21 11:59 UTC",
                "  Sender:               A sender with a very long name <a@example.com>",
                "  Recipient:            Bo",
                "  Campaign:             ",
                "  Address confirmation: not enabled",
                "Recent updates:",
                "  2026-11-21 11:59  Sent  under a minute",
                "  Cancel:               CONTACT_SUPPORT: Ask Support.", "");
        String got = details(bare(), cancel);
        assertEquals(expected.replace("  Campaign:             " + NL, ""), got);
        String waiting = details(full().toBuilder().addressConfirmedAt(null).issue(null).testMode(false).build(),
                cancel);
        assertEquals(List.of("  Address confirmation: enabled, not confirmed yet"),
                waiting.lines().filter(l -> l.startsWith("  Address confirmation")).toList());
        assertEquals(List.of(), waiting.lines().filter(l -> l.startsWith("  Issue") || l.startsWith("  Attention"))
                .toList());
        assertEquals("Send SND-FULL", waiting.lines().findFirst().orElseThrow());
    }

    private static String details(Send s, CancelDecision cancel) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        SendText.details(new PrintStream(o, true, StandardCharsets.UTF_8), s, cancel, NOW);
        return o.toString(StandardCharsets.UTF_8);
    }
}
