package sendtracker.domain;

import java.util.List;

/**
 * What a saved view holds: every filter (search included), the order, and the table's columns
 * in their order. An empty column list leaves the table's columns as they are.
 */
public record ViewSettings(SendFilter filter, SendSort sort, List<ViewColumn> columns) {
    public ViewSettings {
        filter = filter == null ? SendFilter.ALL : filter;
        sort = sort == null ? SendSort.NEWEST_FIRST : sort;
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** Only a column layout (the one the window remembers for its next start). */
    public static ViewSettings ofColumns(List<ViewColumn> columns) {
        return new ViewSettings(SendFilter.ALL, SendSort.NEWEST_FIRST, columns);
    }
}
