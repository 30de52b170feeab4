package sendtracker.store;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import sendtracker.domain.Send;

/**
 * The fields a search matches, in one list that both the SQL filter and the in-memory index
 * read (docs/design.md, "Search"). A field belongs to the send row itself, to its sender or to
 * its campaign: the index keeps sender and campaign texts once per person or campaign, so it
 * needs to know whose text a field is.
 */
public enum SearchField {
    RECIPIENT_NAME(Owner.SEND, "s.recipient_name", Send::recipientName),
    RECIPIENT_EMAIL(Owner.SEND, "s.recipient_email", Send::recipientEmail),
    RECIPIENT_COMPANY(Owner.SEND, "s.recipient_company", Send::recipientCompany),
    SENDER_NAME(Owner.SENDER, "u.name", Send::senderName),
    SENDER_EMAIL(Owner.SENDER, "u.email", Send::senderEmail),
    CAMPAIGN(Owner.CAMPAIGN, "c.name", Send::campaign),
    SEND_ID(Owner.SEND, "s.id", Send::id),
    TRACKING_NUMBER(Owner.SEND, "s.tracking_number", Send::trackingNumber);

    /** Whose text a searched field is. */
    public enum Owner {
        SEND, SENDER, CAMPAIGN
    }

    private final Owner owner;
    private final String column;
    private final Function<Send, String> value;

    SearchField(Owner owner, String column, Function<Send, String> value) {
        this.owner = owner;
        this.column = column;
        this.value = value;
    }

    public Owner owner() {
        return owner;
    }

    /** The column in the store's send query (aliases s = sends, u = users, c = campaigns). */
    public String column() {
        return column;
    }

    /** The field's text on a send (null when empty). */
    public String valueOf(Send send) {
        return value.apply(send);
    }

    /** The fields of one owner, in declaration order. */
    public static List<SearchField> of(Owner owner) {
        return Arrays.stream(values()).filter(f -> f.owner == owner).toList();
    }
}
