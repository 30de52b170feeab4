package sendtracker.store;

import java.util.List;

import sendtracker.domain.SendSort;

/**
 * Where the next batch of a read in a sort order starts: after the last row's (sort column, send
 * id), in exactly the order {@link SqlFilter#orderBy} gives, empty values counting as the greatest
 * (docs/decisions/0002-short-keyset-reads-on-mvstore.md, docs/design.md "Filters and sort").
 */
final class SortKeyset {
    private final String column;
    private final boolean neverEmpty;
    private final boolean ascending;

    private SortKeyset(String column, boolean ascending) {
        this.column = column;
        this.neverEmpty = column == null || SqlFilter.neverEmpty(column);
        this.ascending = ascending;
    }

    static SortKeyset of(SendSort sort) {
        return new SortKeyset(SqlFilter.sortColumn(sort), sort.ascending());
    }

    /** What to add to the select list so that each row carries its sort key last; empty for the id order. */
    String selectKey() {
        return column == null ? "" : ", " + column;
    }

    /** True when the key is the id itself (nothing extra selected). */
    boolean byIdOnly() {
        return column == null;
    }

    /**
     * The condition selecting the rows after the one with sort value {@code key} and id {@code id},
     * its parameters added to {@code params} in order.
     */
    String after(Object key, String id, List<Object> params) {
        String idAfter = ascending ? "s.id > ?" : "s.id < ?";
        if (column == null) {
            params.add(id);
            return idAfter;
        }
        String beyond = ascending ? " > ?" : " < ?";
        if (neverEmpty) {
            // The leading range (col >= key, or <=) lets the database start from the (col, id) index.
            params.add(key);
            params.add(key);
            params.add(id);
            return "(" + column + (ascending ? " >= ?" : " <= ?") + " AND (" + column + beyond + " OR " + idAfter
                    + "))";
        }
        if (key == null) {
            params.add(id);
            // Ascending, empty values come last: only empty ones with a greater id are left.
            // Descending, they come first: the rest of them, then every value.
            return ascending ? "(" + column + " IS NULL AND " + idAfter + ")"
                    : "(" + column + " IS NOT NULL OR " + idAfter + ")";
        }
        params.add(key);
        params.add(key);
        params.add(id);
        String valueAfter = "(" + column + beyond + " OR (" + column + " = ? AND " + idAfter + "))";
        return ascending ? "(" + column + " IS NULL OR " + valueAfter + ")" : valueAfter;
    }
}
