package sendtracker.domain;

import java.util.List;

/** One page of a query: its rows (without history) and how many sends match in all. */
public record SendPage(List<Send> rows, long total) {
    public SendPage {
        rows = List.copyOf(rows);
    }
}
