package sendtracker.domain;

/**
 * The order of the table. Ties are broken by send id in the same direction, and an empty
 * value counts as the greatest, so a descending order is exactly the ascending one reversed.
 * Text compares by code unit (as the store does); types and statuses compare by their code.
 */
public record SendSort(Field field, boolean ascending) {

    public enum Field { CREATED_AT, STATUS_CHANGED_AT, RECIPIENT, SENDER, TYPE, CAMPAIGN, STATUS, COST, TRACKING, ID }

    public static final SendSort NEWEST_FIRST = new SendSort(Field.CREATED_AT, false);

    public SendSort {
        if (field == null) {
            field = Field.CREATED_AT;
        }
    }
}
