package sendtracker.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of the table: one field in one direction, then the {@link #TIE_BREAK} for rows whose
 * field is equal. An empty value counts as the greatest (last ascending, first descending). Text
 * compares by code unit (as the store does); types and statuses compare by their code.
 */
public record SendSort(Field field, boolean ascending) {

    public enum Field { CREATED_AT, STATUS_CHANGED_AT, RECIPIENT, SENDER, TYPE, CAMPAIGN, STATUS, COST, TRACKING, ID }

    public static final SendSort NEWEST_FIRST = new SendSort(Field.CREATED_AT, false);

    /**
     * How rows with an equal sort value are ordered, whatever the field and its direction: the
     * newest created first, then the greater send id first (ids are zero-padded numbers, so the
     * greater id is the later one). This list is the rule: the SQL's ORDER BY and keyset reads and
     * the in-memory index's orders are all written from it
     * (docs/decisions/0020-sort-ties-newest-first-then-id.md, docs/decisions/0007-rules-as-data.md).
     */
    public static final List<SendSort> TIE_BREAK = List.of(new SendSort(Field.CREATED_AT, false),
            new SendSort(Field.ID, false));

    public SendSort {
        if (field == null) {
            field = Field.CREATED_AT;
        }
    }

    /**
     * The whole order, most significant first: this sort, then each tie-break on another field. It
     * ends with the send id, which is unique, so no two rows are ever left tied.
     */
    public List<SendSort> keys() {
        List<SendSort> keys = new ArrayList<>(1 + TIE_BREAK.size());
        keys.add(this);
        if (field != Field.ID) {
            for (SendSort tie : TIE_BREAK) {
                if (tie.field() != field) {
                    keys.add(tie);
                }
            }
        }
        return List.copyOf(keys);
    }
}
