package sendtracker.ui.table;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import sendtracker.domain.Send;
import sendtracker.domain.SendSort;

/**
 * The table's sort, done by the query (docs/decisions/0004-paged-table-with-server-side-sort.md):
 * a click on a header only tells the view-model which column and direction, and the header
 * marks the order the rows came in. Each sortable column carries its {@link SendSort.Field}
 * as user data.
 */
final class QuerySort {
    private final TableView<Send> table;
    private final ObjectProperty<SendSort> sort;
    /** True while the table is told what the rows already are, so it does not ask the query again. */
    private boolean marking;

    QuerySort(TableView<Send> table, ObjectProperty<SendSort> sort) {
        this.table = table;
        this.sort = sort;
        table.setSortPolicy(t -> {
            if (marking) {
                return true;
            }
            if (t.getSortOrder().isEmpty()) {
                sort.set(SendSort.NEWEST_FIRST);
            } else {
                TableColumn<Send, ?> column = t.getSortOrder().get(0);
                sort.set(new SendSort((SendSort.Field) column.getUserData(),
                        column.getSortType() == TableColumn.SortType.ASCENDING));
            }
            return true;
        });
    }

    /** New rows from the query; a new items list makes the table forget its order, so it is marked again. */
    void showRows(ObservableList<Send> rows) {
        marking = true;
        try {
            table.setItems(rows);
            mark(sort.get());
        } finally {
            marking = false;
        }
    }

    /** Marks the column and direction of the view-model's order, without asking the query again. */
    void markCurrent() {
        marking = true;
        try {
            mark(sort.get());
        } finally {
            marking = false;
        }
    }

    private void mark(SendSort current) {
        for (TableColumn<Send, ?> column : table.getColumns()) {
            if (column.getUserData() == current.field()) {
                column.setSortType(current.ascending() ? TableColumn.SortType.ASCENDING
                        : TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(List.of(column));
                return;
            }
        }
        table.getSortOrder().clear();
    }
}
