package sendtracker.ui.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import sendtracker.domain.Send;
import sendtracker.domain.Texts;
import sendtracker.domain.ViewColumn;
import sendtracker.ui.ColumnLayoutViewModel;
import sendtracker.ui.Labels;

/**
 * The columnChooser menu and the table's columns kept in step with {@link ColumnLayoutViewModel}
 * (docs/design.md, "Saved views and columns"): one line per column in the table's order, with a
 * check box to show it (columnShown-KEY) and buttons to move it (columnLeft-KEY, columnRight-KEY),
 * and "reset" at the end. Header drags and resizes in the table go back to the view-model. The
 * menu's lines are made when it first opens: the window's first frame does not show them
 * (docs/decisions/0014-launch-time.md).
 */
final class ColumnChooser {
    private final MenuButton button;
    private final TableView<Send> table;
    private final ColumnLayoutViewModel layout;
    private final Map<String, TableColumn<Send, ?>> columns;
    private final Map<String, CustomMenuItem> lines = new LinkedHashMap<>();
    private final Map<String, CheckBox> checks = new LinkedHashMap<>();
    private final MenuItem reset = new MenuItem(Texts.get("ui.columns.reset"));
    /** True while the table is set from the view-model, so its own listeners stay quiet. */
    private boolean syncing;

    private ColumnChooser(MenuButton button, TableView<Send> table, ColumnLayoutViewModel layout,
            Map<String, TableColumn<Send, ?>> columns) {
        this.button = button;
        this.table = table;
        this.layout = layout;
        this.columns = columns;
    }

    /** {@code columns}: the table's columns by their key (ColumnLayoutViewModel.KEYS). */
    static void install(MenuButton button, TableView<Send> table, ColumnLayoutViewModel layout,
            Map<String, TableColumn<Send, ?>> columns) {
        ColumnChooser chooser = new ColumnChooser(button, table, layout, columns);
        button.setTooltip(Labels.tooltip(Texts.get("ui.columns.tooltip")));
        button.setOnShowing(e -> {
            if (chooser.lines.isEmpty()) {
                chooser.build();
                chooser.show(layout.columns());
            }
        });
        chooser.show(layout.columns());
        layout.columnsProperty().addListener((obs, old, now) -> chooser.show(now));
        table.getColumns().addListener((ListChangeListener<TableColumn<Send, ?>>) c -> chooser.tableReordered());
        // a resize by dragging a header's edge ends with the mouse let go there (a gesture's release goes
        // to where it was pressed); a click on a row is no resize
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getTarget() instanceof Node n && inHeader(n)) {
                chooser.tableResized();
            }
        });
    }

    private static boolean inHeader(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("column-header-background")) {
                return true;
            }
        }
        return false;
    }

    private void build() {
        for (String key : columns.keySet()) {
            CheckBox shown = new CheckBox(Texts.get("ui.columns." + key));
            shown.setId("columnShown-" + key);
            shown.setOnAction(e -> layout.show(key, shown.isSelected()));
            if (!layout.canHide(key)) {
                shown.setDisable(true);
                shown.setTooltip(Labels.tooltip(Texts.get("ui.columns.locked")));
            }
            Button left = arrow("\u25C0", "columnLeft-" + key, "ui.columns.left");
            left.setOnAction(e -> layout.moveLeft(key));
            Button right = arrow("\u25B6", "columnRight-" + key, "ui.columns.right");
            right.setOnAction(e -> layout.moveRight(key));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(6, shown, gap, left, right);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setMinWidth(240);
            CustomMenuItem item = new CustomMenuItem(line, false);
            lines.put(key, item);
            checks.put(key, shown);
        }
        reset.setId("resetColumnsItem");
        reset.setOnAction(e -> layout.reset());
    }

    private static Button arrow(String text, String id, String tooltipKey) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("column-move-button");
        b.setFocusTraversable(false);
        b.setTooltip(Labels.tooltip(Texts.get(tooltipKey)));
        return b;
    }

    /** The layout shown: the table's columns in its order, shown or not, at its widths; the menu likewise. */
    private void show(List<ViewColumn> now) {
        syncing = true;
        try {
            List<TableColumn<Send, ?>> ordered = new ArrayList<>();
            List<MenuItem> items = new ArrayList<>();
            for (ViewColumn c : now) {
                TableColumn<Send, ?> column = columns.get(c.key());
                if (column == null) {
                    continue;
                }
                ordered.add(column);
                column.setVisible(c.visible());
                if (c.width() > 0 && column.isResizable()) {
                    column.setPrefWidth(Math.max(column.getMinWidth(), c.width()));
                }
                if (!lines.isEmpty()) {
                    checks.get(c.key()).setSelected(c.visible());
                    items.add(lines.get(c.key()));
                }
            }
            // one change, so the table keeps its sort order (a column removed and added back stays in it)
            if (!table.getColumns().equals(ordered)) {
                table.getColumns().setAll(ordered);
            }
            if (!lines.isEmpty()) {
                items.add(new SeparatorMenuItem());
                items.add(reset);
                button.getItems().setAll(items);
            }
        } finally {
            syncing = false;
        }
    }

    private void tableReordered() {
        if (syncing) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (TableColumn<Send, ?> column : table.getColumns()) {
            keyOf(column).ifPresent(keys::add);
        }
        if (keys.size() == columns.size()) {
            layout.tableReordered(keys);
        }
    }

    private void tableResized() {
        if (syncing) {
            return;
        }
        Map<String, Double> widths = new LinkedHashMap<>();
        columns.forEach((key, column) -> {
            if (column.isVisible() && column.isResizable()) {
                widths.put(key, column.getWidth());
            }
        });
        layout.tableResized(widths);
    }

    private Optional<String> keyOf(TableColumn<Send, ?> column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }
}
