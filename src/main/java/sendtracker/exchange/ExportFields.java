package sendtracker.exchange;

import sendtracker.domain.PostalAddress;
import sendtracker.domain.Send;

/**
 * A send's fields as the CSV export writes them, one text per {@link CsvColumn} in column
 * order, before formula neutralising: what a comparison of two exports looks at, whichever
 * format each was written in (docs/design.md, "CSV").
 */
public final class ExportFields {
    private ExportFields() {
    }

    /** The texts in {@link CsvColumn} order; an empty field is "". */
    public static String[] of(Send s) {
        PostalAddress a = s.address();
        String[] v = {
            s.id(), Timestamps.format(s.createdAt()), s.typeDisplayName(), s.subtype(), s.status().displayName(),
            Timestamps.format(s.statusChangedAt()), s.issue() == null ? null : s.issue().displayName(),
            s.senderName(), s.senderEmail(), s.team(), s.recipientName(), s.recipientEmail(), s.recipientCompany(),
            a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country(), s.campaign(),
            s.campaignState().displayName(), s.gift(), Integer.toString(s.quantity()),
            s.cost() == null ? null : s.cost().toPlainString(), s.currency(), s.fundingSource(),
            yesNo(s.addressConfirmation()), Timestamps.format(s.addressConfirmedAt()), s.carrier(),
            s.trackingNumber(), s.trackingUrl(), yesNo(s.testMode()), s.sentVia(), s.recipientMessage(),
            s.latestCancelRequest() == null ? null : s.latestCancelRequest().state().name(),
        };
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                v[i] = "";
            }
        }
        return v;
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }
}
