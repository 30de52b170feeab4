package sendtracker.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import sendtracker.domain.CampaignState;
import sendtracker.domain.PostalAddress;
import sendtracker.domain.Send;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;

/** Sends that exercise every tricky corner of the file formats. */
public final class TestSends {
    private TestSends() {
    }

    public static final Instant T0 = Instant.parse("2026-11-21T14:03:00Z");

    public static Send.Builder plain(String id) {
        return Send.builder().id(id).createdAt(T0).type(SendType.INVENTORIED).status(SendStatus.ORDER_RECEIVED)
                .statusChangedAt(T0.plusSeconds(3600)).senderName("Ana Lima").senderEmail("ana@example.com")
                .team("East").recipientName("Bo Chen").recipientEmail("bo@example.org").recipientCompany("Acme")
                .campaign("Spring").gift("Mug").quantity(1).cost(new BigDecimal("12.50")).currency("USD");
    }

    /** A list of sends with formula-like text, quotes, commas, newlines, non-ASCII, nulls and histories. */
    public static List<Send> tricky() {
        List<Send> sends = new ArrayList<>();
        sends.add(plain("S-1").build());
        sends.add(plain("S-2").type(SendType.OTHER).typeName("Handwritten Notes").subtype("card")
                .status(SendStatus.SHIPPED).issue(SendIssue.SUSPICIOUS_EMAIL)
                .recipientName("=HYPERLINK(\"http://x\")").recipientCompany("+44 Ltd, \"Quoted\"")
                .senderName("-minus").team("@team").recipientMessage("line one\r\nline two\n\ttabbed")
                .address(new PostalAddress("1 Main St", null, "Zürich", "ZH", "8001", "CH"))
                .campaignState(CampaignState.ARCHIVED).cost(new BigDecimal("0.05")).fundingSource("'=already quoted")
                .addressConfirmation(true).addressConfirmedAt(Instant.parse("2026-11-22T01:02:03.450Z"))
                .carrier("UPS").trackingNumber("1Z999").trackingUrl("https://ups.example/1Z999").testMode(true)
                .sentVia("Salesforce")
                .history(List.of(new StatusUpdate(SendStatus.INITIATED, T0, "ana@example.com", null),
                        new StatusUpdate(SendStatus.SHIPPED, T0.plusSeconds(3600), null, "handed to \"UPS\", ok")))
                .build());
        sends.add(plain("S-3").type(SendType.EGIFT).status(SendStatus.REDEEMED).cost(null).currency(null)
                .campaign(null).senderName(null).team(null).recipientCompany("日本語 株式会社 😀")
                .campaignState(CampaignState.DELETED).quantity(3).cost(new BigDecimal("1234567.00")).build());
        sends.add(plain("S-4").type(SendType.AMAZON).status(SendStatus.CONFIRMING_ADDRESS)
                .recipientName("\rcarriage").gift("'plain apostrophe").build());
        return sends;
    }

    public static void write(Path file, SendFormat format, List<Send> sends) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); SendWriter w = SendWriter.create(format, out)) {
            for (Send s : sends) {
                w.write(s);
            }
        }
    }

    /** Every row of the file, after a successful check. */
    public static List<SendRow> readAll(Path file) {
        SendFileReader reader = SendFileReader.open(file);
        reader.check(SendFileReader.Progress.NONE, () -> false);
        List<SendRow> rows = new ArrayList<>();
        reader.read(rows::add, SendFileReader.Progress.NONE, () -> false);
        return rows;
    }

    public static List<Send> accepted(List<SendRow> rows) {
        List<Send> sends = new ArrayList<>();
        for (SendRow r : rows) {
            if (r.isAccepted()) {
                sends.add(r.send());
            }
        }
        return sends;
    }
}
