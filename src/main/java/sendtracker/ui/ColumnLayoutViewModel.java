package sendtracker.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import sendtracker.domain.ViewColumn;

/**
 * The sends table's columns: their order, which are shown and how wide (docs/design.md, "Saved
 * views and columns"). The column chooser and the table's own header (drag, resize) change it,
 * and each such change is told to {@link #setOnUserChange}'s listener; a saved view or the
 * remembered layout is put back with {@link #apply}. The status and row-menu columns are always
 * shown: without them a row says neither what it is nor what can be done with it.
 */
public final class ColumnLayoutViewModel {
    /** The table's columns in their first order: send-table.fxml's fx:ids without "Column". */
    public static final List<String> KEYS = List.of("attention", "created", "recipient", "sender", "type", "campaign",
            "status", "issue", "tracking", "cost", "menu");
    private static final Set<String> ALWAYS_SHOWN = Set.of("status", "menu");
    /** Widths closer than this are one width (the table reports fractions of a pixel). */
    private static final double SAME_WIDTH = 0.5;

    private final ReadOnlyObjectWrapper<List<ViewColumn>> columns =
            new ReadOnlyObjectWrapper<>(this, "columns", defaults());
    private Consumer<List<ViewColumn>> onUserChange = changed -> { };

    /** Every column shown, in the first order, at the table's own width. */
    public static List<ViewColumn> defaults() {
        return KEYS.stream().map(k -> new ViewColumn(k, true, 0)).toList();
    }

    /** Hears each change the user made (not the ones {@link #apply} makes). */
    public void setOnUserChange(Consumer<List<ViewColumn>> listener) {
        onUserChange = listener == null ? changed -> { } : listener;
    }

    public ReadOnlyObjectProperty<List<ViewColumn>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public List<ViewColumn> columns() {
        return columns.get();
    }

    public boolean canHide(String key) {
        return !ALWAYS_SHOWN.contains(key);
    }

    /** Shows or hides one column; the status and menu columns stay shown. */
    public void show(String key, boolean shown) {
        if (!shown && !canHide(key)) {
            return;
        }
        List<ViewColumn> next = new ArrayList<>();
        for (ViewColumn c : columns.get()) {
            next.add(c.key().equals(key) ? new ViewColumn(key, shown, c.width()) : c);
        }
        userChanged(next);
    }

    /** Moves a column one place to the left (towards the start of the row). */
    public void moveLeft(String key) {
        move(key, -1);
    }

    public void moveRight(String key) {
        move(key, +1);
    }

    private void move(String key, int step) {
        List<ViewColumn> next = new ArrayList<>(columns.get());
        int at = indexOf(next, key);
        int to = at + step;
        if (at < 0 || to < 0 || to >= next.size()) {
            return;
        }
        next.add(to, next.remove(at));
        userChanged(next);
    }

    /** Every column back: shown, in the first order, at the table's own width. */
    public void reset() {
        userChanged(defaults());
    }

    /** The user dragged a header: the columns in the order the table shows them now. */
    public void tableReordered(List<String> keys) {
        List<ViewColumn> next = new ArrayList<>();
        for (String k : keys) {
            int at = indexOf(columns.get(), k);
            if (at >= 0) {
                next.add(columns.get().get(at));
            }
        }
        userChanged(normalized(next));
    }

    /** The user resized columns: each one's width as the table shows it now. */
    public void tableResized(Map<String, Double> widths) {
        List<ViewColumn> next = new ArrayList<>();
        for (ViewColumn c : columns.get()) {
            Double w = widths.get(c.key());
            next.add(w == null || Math.abs(w - c.width()) < SAME_WIDTH ? c : new ViewColumn(c.key(), c.visible(), w));
        }
        userChanged(next);
    }

    /**
     * Puts back stored columns (a saved view, the remembered layout): keys this version does not
     * know are left out, columns it has that the stored list lacks go where they stand by default,
     * and the status and menu columns are shown. An empty list leaves the columns as they are.
     */
    public void apply(List<ViewColumn> stored) {
        if (stored == null || stored.isEmpty()) {
            return;
        }
        columns.set(normalized(stored));
    }

    static List<ViewColumn> normalized(List<ViewColumn> stored) {
        Set<String> seen = new LinkedHashSet<>();
        List<ViewColumn> out = new ArrayList<>();
        for (ViewColumn c : stored) {
            if (KEYS.contains(c.key()) && seen.add(c.key())) {
                out.add(ALWAYS_SHOWN.contains(c.key()) && !c.visible() ? new ViewColumn(c.key(), true, c.width()) : c);
            }
        }
        for (int i = 0; i < KEYS.size(); i++) {
            String missing = KEYS.get(i);
            if (seen.contains(missing)) {
                continue;
            }
            // after the nearest column that stands before it by default, or first
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                int found = indexOf(out, KEYS.get(j));
                if (found >= 0) {
                    at = found + 1;
                    break;
                }
            }
            out.add(at, new ViewColumn(missing, true, 0));
            seen.add(missing);
        }
        return List.copyOf(out);
    }

    private static int indexOf(List<ViewColumn> list, String key) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void userChanged(List<ViewColumn> next) {
        List<ViewColumn> copy = List.copyOf(next);
        if (copy.equals(columns.get())) {
            return;
        }
        columns.set(copy);
        onUserChange.accept(copy);
    }
}
