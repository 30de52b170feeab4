package sendtracker.store.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import sendtracker.domain.CampaignState;
import sendtracker.domain.Send;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.store.SearchField;

/**
 * One send's indexed values, whether read from a {@link Send} or straight from SQL
 * ({@link SqlRowReader}). {@code searched} holds the texts of {@link #SEARCHED}, in that order.
 */
record IndexedSend(String id, long createdAt, long changedAt, SendStatus status, SendType type, SendIssue issue,
        boolean testMode, BigDecimal cost, String currency, Sender sender, Campaign campaign, String recipientName,
        String trackingNumber, String[] searched) {

    /** The send's sortable texts as search fields, in the order of {@link IndexColumns}' sortable texts. */
    static final List<SearchField> SORTABLE = List.of(SearchField.SEND_ID, SearchField.RECIPIENT_NAME,
            SearchField.TRACKING_NUMBER);

    /**
     * The {@link SearchField}s of the send itself: that list decides what the index searches
     * (docs/decisions/0007-rules-as-data.md). The ones also kept for sorting come first, so that
     * finding their text in a row's segment skips few separators ({@link RowTexts}).
     */
    static final List<SearchField> SEARCHED = sortableFirst(SearchField.of(SearchField.Owner.SEND));

    static IndexedSend of(Send s) {
        CampaignState state = s.campaignState() == null ? CampaignState.ACTIVE : s.campaignState();
        return new IndexedSend(s.id(), s.createdAt().toEpochMilli(), s.statusChangedAt().toEpochMilli(), s.status(),
                s.type(), s.issue(), s.testMode(), s.cost(), s.currency(),
                new Sender(s.senderName(), s.senderEmail(), s.team(), texts(Sender.SEARCHED, s)),
                new Campaign(s.campaign(), state, texts(Campaign.SEARCHED, s)), s.recipientName(),
                s.trackingNumber(), values(SEARCHED, s));
    }

    /** The fields' texts on the send; a missing text is null. */
    static List<String> texts(List<SearchField> fields, Send s) {
        return listOf(values(fields, s));
    }

    private static String[] values(List<SearchField> fields, Send s) {
        String[] values = new String[fields.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = fields.get(k).valueOf(s);
        }
        return values;
    }

    /** An unmodifiable list that, unlike {@link List#of}, may hold nulls (a missing text). */
    static List<String> listOf(String[] values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    private static List<SearchField> sortableFirst(List<SearchField> fields) {
        List<SearchField> ordered = new ArrayList<>(fields.size());
        for (SearchField f : SORTABLE) {
            if (fields.contains(f)) {
                ordered.add(f);
            }
        }
        for (SearchField f : fields) {
            if (!ordered.contains(f)) {
                ordered.add(f);
            }
        }
        return List.copyOf(ordered);
    }
}
