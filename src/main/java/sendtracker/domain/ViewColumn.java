package sendtracker.domain;

import java.util.Objects;

/**
 * One column of the sends table as a saved view keeps it: which column ({@code key}, e.g.
 * {@code "campaign"}), whether it is shown, and its width in pixels (0: the table's own width).
 */
public record ViewColumn(String key, boolean visible, double width) {
    public ViewColumn {
        Objects.requireNonNull(key, "key");
        if (!(width > 0) || Double.isInfinite(width)) {
            width = 0;
        }
    }
}
