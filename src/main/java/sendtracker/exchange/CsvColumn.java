package sendtracker.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The CSV columns, in export order (docs/design.md, "CSV"); import finds them by header name, in any order. */
public enum CsvColumn {
    SEND_ID("Send ID"),
    CREATED_AT("Created At"),
    TYPE("Type"),
    SUBTYPE("Subtype"),
    STATUS("Status"),
    STATUS_CHANGED_AT("Status Changed At"),
    ISSUE("Issue"),
    SENDER_NAME("Sender Name"),
    SENDER_EMAIL("Sender Email"),
    TEAM("Team"),
    RECIPIENT_NAME("Recipient Name"),
    RECIPIENT_EMAIL("Recipient Email"),
    RECIPIENT_COMPANY("Recipient Company"),
    ADDRESS_LINE1("Address Line 1"),
    ADDRESS_LINE2("Address Line 2"),
    CITY("City"),
    REGION("Region"),
    POSTAL_CODE("Postal Code"),
    COUNTRY("Country"),
    CAMPAIGN("Campaign"),
    CAMPAIGN_STATE("Campaign State"),
    GIFT("Gift"),
    QUANTITY("Quantity"),
    COST("Cost"),
    CURRENCY("Currency"),
    FUNDING_SOURCE("Funding Source"),
    ADDRESS_CONFIRMATION("Address Confirmation"),
    ADDRESS_CONFIRMED_AT("Address Confirmed At"),
    CARRIER("Carrier"),
    TRACKING_NUMBER("Tracking Number"),
    TRACKING_URL("Tracking URL"),
    TEST_MODE("Test Mode"),
    SENT_VIA("Sent Via"),
    RECIPIENT_MESSAGE("Recipient Message"),
    /** The state of the send's latest cancellation request (empty when none): the one column added at the end. */
    CANCEL_REQUEST("Cancel Request");

    private static final Map<String, CsvColumn> BY_KEY = new HashMap<>();

    static {
        for (CsvColumn c : values()) {
            BY_KEY.put(key(c.header), c);
        }
    }

    private final String header;

    CsvColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return this == SEND_ID || this == TYPE || this == STATUS || this == CREATED_AT;
    }

    /** The column a header names, case-insensitive (spaces, dashes and underscores do not count). */
    public static CsvColumn byHeader(String name) {
        return name == null ? null : BY_KEY.get(key(name));
    }

    private static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
