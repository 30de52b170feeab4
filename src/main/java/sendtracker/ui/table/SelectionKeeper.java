package sendtracker.ui.table;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

import sendtracker.domain.Send;

/**
 * Keeps the selected row selected when its send is replaced in place (a change that arrived
 * from elsewhere, docs/design.md "Team store"): the table's selection model drops a replaced
 * item, so the row with the same send id is selected again. A new query (new rows) starts over.
 */
final class SelectionKeeper {
    private final TableView<Send> table;
    private String selectedId;
    private final ListChangeListener<Send> onReplaced = this::replaced;

    SelectionKeeper(TableView<Send> table) {
        this.table = table;
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, send) -> {
            if (send != null) {
                selectedId = send.id();
            }
        });
        table.itemsProperty().addListener((obs, old, items) -> {
            if (old != null) {
                old.removeListener(onReplaced);
            }
            selectedId = null;
            watch(items);
        });
        watch(table.getItems());
    }

    /** The user cleared the selection on purpose (closed the details): nothing is selected again later. */
    void forget() {
        selectedId = null;
    }

    private void watch(ObservableList<Send> items) {
        if (items != null) {
            items.addListener(onReplaced);
        }
    }

    private void replaced(ListChangeListener.Change<? extends Send> change) {
        String id = selectedId;
        if (id == null) {
            return;
        }
        while (change.next()) {
            if (!change.wasReplaced()) {
                continue;
            }
            for (int i = change.getFrom(); i < change.getTo(); i++) {
                Send s = change.getList().get(i);
                if (s != null && s.id().equals(id)) {
                    int index = i;
                    // after the selection model has handled the same change
                    Platform.runLater(() -> {
                        Send now = table.getSelectionModel().getSelectedItem();
                        if (now == null || !now.id().equals(id)) {
                            table.getSelectionModel().select(index);
                        }
                    });
                }
            }
        }
    }
}
