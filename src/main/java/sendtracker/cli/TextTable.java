package sendtracker.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of text in columns as wide as their widest cell, so a long email or "under a minute"
 * never pushes the rest of its row out of line (QA of session 3, item 12). The last column is
 * not padded, and trailing blanks are dropped.
 */
final class TextTable {
    static final String GAP = "  ";

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(int columns) {
        this.columns = columns;
    }

    /** One row; {@code null} cells print as nothing, missing cells at the end as empty. */
    TextTable row(String... cells) {
        if (cells.length > columns) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
        }
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = i < cells.length && cells[i] != null ? cells[i] : "";
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Every row, each after {@code indent}; a column empty in every row takes no room at all. */
    void print(PrintStream out, String indent) {
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            boolean first = true;
            for (int i = 0; i < columns; i++) {
                if (width[i] == 0) {
                    continue;
                }
                if (!first) {
                    line.append(GAP);
                }
                first = false;
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - row[i].length()));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
