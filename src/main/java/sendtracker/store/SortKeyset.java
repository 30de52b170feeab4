package sendtracker.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import sendtracker.domain.SendSort;

/**
 * Where the next batch of a read in a sort order starts: after the last row's keys (the sort
 * column, then the tie-break's created at and send id of {@link SendSort#keys()}), in exactly the
 * order {@link SqlFilter#orderBy} gives, empty values counting as the greatest
 * (docs/decisions/0002-short-keyset-reads-on-mvstore.md,
 * docs/decisions/0020-sort-ties-newest-first-then-id.md).
 */
final class SortKeyset {
    /** One key of the order: its column, its direction, and whether it can be empty. */
    private record Key(String column, boolean ascending, boolean neverEmpty) {
    }

    private final List<Key> keys;

    private SortKeyset(List<Key> keys) {
        this.keys = keys;
    }

    static SortKeyset of(SendSort sort) {
        List<Key> keys = new ArrayList<>();
        for (SendSort k : sort.keys()) {
            String column = SqlFilter.sortColumn(k);
            keys.add(new Key(column, k.ascending(), SqlFilter.neverEmpty(column)));
        }
        return new SortKeyset(List.copyOf(keys));
    }

    /** What to add to the select list so that each row carries its keys last, in order. */
    String selectKeys() {
        StringBuilder b = new StringBuilder();
        for (Key k : keys) {
            b.append(", ").append(k.column());
        }
        return b.toString();
    }

    /** The current row's keys, read from the last columns that {@link #selectKeys()} added. */
    List<Object> read(ResultSet rs) throws SQLException {
        int first = rs.getMetaData().getColumnCount() - keys.size() + 1;
        List<Object> values = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            values.add(rs.getObject(first + i));
        }
        return values;
    }

    /**
     * The condition selecting the rows after the one whose keys are {@code values} (as
     * {@link #read} gave them), its parameters added to {@code params} in order: beyond it on the
     * first key, or equal there and after it on the rest.
     */
    String after(List<Object> values, List<Object> params) {
        Key first = keys.get(0);
        if (first.neverEmpty()) {
            // The leading range (col >= key, or <=) lets the database start from an index in this order.
            params.add(values.get(0));
            return "(" + first.column() + (first.ascending() ? " >= ?" : " <= ?") + " AND " + after(0, values, params)
                    + ")";
        }
        return after(0, values, params);
    }

    private String after(int i, List<Object> values, List<Object> params) {
        Key k = keys.get(i);
        Object v = values.get(i);
        String beyond = beyond(k, v, params);
        if (i == keys.size() - 1) {
            return beyond;
        }
        String equal;
        if (v == null) {
            equal = k.column() + " IS NULL";
        } else {
            equal = k.column() + " = ?";
            params.add(v);
        }
        String more = after(i + 1, values, params);
        return "(" + beyond + " OR (" + equal + " AND " + more + "))";
    }

    /** The rows strictly beyond {@code v} on one key; an empty value is the greatest. */
    private static String beyond(Key k, Object v, List<Object> params) {
        if (v == null) {
            // Ascending, nothing is beyond an empty value; descending, every value is.
            return k.ascending() ? "1 = 0" : k.column() + " IS NOT NULL";
        }
        params.add(v);
        String cmp = k.column() + (k.ascending() ? " > ?" : " < ?");
        return k.ascending() && !k.neverEmpty() ? "(" + cmp + " OR " + k.column() + " IS NULL)" : cmp;
    }
}
