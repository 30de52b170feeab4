package sendtracker.ui.table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.Send;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Texts;
import sendtracker.service.SendSource;
import sendtracker.ui.BulkCancelFlow;
import sendtracker.ui.CancelFlow;
import sendtracker.ui.ColumnLayoutViewModel;
import sendtracker.ui.DetailsViewModel;
import sendtracker.ui.ImportViewModel;
import sendtracker.ui.Labels;
import sendtracker.ui.LiveStore;
import sendtracker.ui.SendActions;
import sendtracker.ui.StoreViewModel;
import sendtracker.ui.TrackerViewModel;
import sendtracker.ui.ViewBindings;

/**
 * The sends table (send-table.fxml): the query's paged rows, the columns, the row look
 * (test mode, needs attention, closed), the keys, and the three-dot menu of each row.
 */
public final class SendTableController {
    private static final PseudoClass TEST_MODE = PseudoClass.getPseudoClass("test-mode");
    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    /** Rows hold two lines of text; a fixed height lets the table skip measuring each one. */
    private static final double ROW_HEIGHT = 46;

    private final TrackerViewModel tracker;
    private final DetailsViewModel details;
    private final CancelFlow cancelFlow;
    private final StoreViewModel store;
    private SendActions actions;
    private ContextMenu openMenu;

    @FXML private TableView<Send> sendTable;
    @FXML private TableColumn<Send, Send> attentionColumn;
    @FXML private TableColumn<Send, Send> createdColumn;
    @FXML private TableColumn<Send, Send> recipientColumn;
    @FXML private TableColumn<Send, Send> senderColumn;
    @FXML private TableColumn<Send, Send> typeColumn;
    @FXML private TableColumn<Send, Send> campaignColumn;
    @FXML private TableColumn<Send, Send> statusColumn;
    @FXML private TableColumn<Send, Send> issueColumn;
    @FXML private TableColumn<Send, Send> trackingColumn;
    @FXML private TableColumn<Send, Send> costColumn;
    @FXML private TableColumn<Send, Send> menuColumn;
    @FXML private Button bulkCancelButton;
    @FXML private Button bulkCancelFilteredButton;
    @FXML private Button stopBulkCancelButton;
    @FXML private ProgressBar bulkCancelProgress;
    @FXML private MenuButton columnChooser;
    private BulkCancelFlow bulkCancel;

    public SendTableController(TrackerViewModel tracker, DetailsViewModel details, CancelFlow cancelFlow,
            StoreViewModel store) {
        this.tracker = tracker;
        this.details = details;
        this.cancelFlow = cancelFlow;
        this.store = store;
    }

    @FXML
    private void initialize() {
        sendTable.setFixedCellSize(ROW_HEIGHT);
        sendTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        sendTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        sendTable.setPlaceholder(placeholder());
        installColumns();
        QuerySort sort = new QuerySort(sendTable, tracker.sortProperty());
        sendTable.setItems(tracker.rows());
        tracker.rowsProperty().addListener((obs, old, rows) -> sort.showRows(rows));
        sort.markCurrent();
        sendTable.setRowFactory(t -> row());
        SelectionKeeper keeper = new SelectionKeeper(sendTable);
        if (cancelFlow.requests() != null) {
            // the attention column's "cancellation requested" marker follows the queue (issue 17)
            cancelFlow.requests().queue().addListener(
                    (javafx.collections.ListChangeListener<sendtracker.domain.CancelRequest>) c -> sendTable.refresh());
        }
        sendTable.getSelectionModel().selectedItemProperty().addListener((obs, old, send) -> {
            if (send != null) {
                details.show(send);
            }
        });
        details.onClose(() -> {
            keeper.forget();
            sendTable.getSelectionModel().clearSelection();
        });
        bindKeys();
    }

    /** What the rows' menus and keys do. */
    public void connect(SendActions sendActions) {
        this.actions = sendActions;
    }

    /** The bulk cancel of the selected rows: enabled with a selection, its progress and stop while it runs. */
    public void connectBulkCancel(BulkCancelFlow flow) {
        this.bulkCancel = flow;
        bulkCancelButton.disableProperty().bind(Bindings.isEmpty(sendTable.getSelectionModel().getSelectedItems())
                .or(flow.runningProperty()));
        ViewBindings.showWhen(bulkCancelProgress, flow.runningProperty());
        ViewBindings.showWhen(stopBulkCancelButton, flow.runningProperty());
        bulkCancelProgress.progressProperty().bind(flow.progressProperty());
        bulkCancelFilteredButton.disableProperty().bind(tracker.totalProperty().lessThan(1).or(flow.runningProperty()));
        bulkCancelFilteredButton.textProperty().bind(Bindings.createStringBinding(() -> Texts.get(
                "ui.bulkCancel.filtered.button", Math.max(0, tracker.totalProperty().get())), tracker.totalProperty()));
        bulkCancelFilteredButton.setTooltip(Labels.tooltip(Texts.get("ui.bulkCancel.filtered.tooltip",
                BulkCancelFlow.FILTERED_CAP)));
    }

    /** Files dropped on the table are imported (the .csv and .json ones); the table is highlighted meanwhile. */
    public void connectImport(ImportViewModel imports) {
        FileDrop.install(sendTable, ImportViewModel::importable, imports::importFiles);
    }

    /** The selected rows' indices (the spend of a selection). */
    public ObservableList<Integer> selectedRows() {
        return sendTable.getSelectionModel().getSelectedIndices();
    }

    @FXML
    private void onBulkCancelFiltered() {
        bulkCancel.startFiltered();
    }

    /** columnChooser: the columns shown, their order and widths, kept in {@code layout}. */
    public void connectColumns(ColumnLayoutViewModel layout) {
        Map<String, TableColumn<Send, ?>> byKey = new LinkedHashMap<>();
        List<TableColumn<Send, Send>> all = List.of(attentionColumn, createdColumn, recipientColumn, senderColumn,
                typeColumn, campaignColumn, statusColumn, issueColumn, trackingColumn, costColumn, menuColumn);
        for (int i = 0; i < all.size(); i++) {
            byKey.put(ColumnLayoutViewModel.KEYS.get(i), all.get(i));
        }
        ColumnChooser.install(columnChooser, sendTable, layout, byKey);
    }

    @FXML
    private void onBulkCancel() {
        // A paged table holds placeholders (null) for rows not loaded yet; only loaded rows are shown sends.
        bulkCancel.start(sendTable.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList());
    }

    @FXML
    private void onStopBulkCancel() {
        bulkCancel.stop();
    }

    /** Selects send {@code id}'s row if it is loaded (a pick in the requests' queue); false when it is not there. */
    public boolean selectSend(String id) {
        for (int i = 0; i < tracker.rows().size(); i++) {
            Send s = tracker.rows().isLoaded(i) ? tracker.rows().get(i) : null;
            if (s != null && s.id().equals(id)) {
                sendTable.getSelectionModel().clearAndSelect(i);
                sendTable.scrollTo(i);
                return true;
            }
        }
        return false;
    }

    /** From the search field's Down key: into the table, on the first row if none is selected. */
    public void focusRows() {
        sendTable.requestFocus();
        if (sendTable.getSelectionModel().isEmpty() && !sendTable.getItems().isEmpty()) {
            sendTable.getSelectionModel().select(0);
        }
    }

    /** Loading, the query's problem, "no match", or for an empty store the ways to fill it. */
    private Node placeholder() {
        Label text = new Label();
        text.setId("tablePlaceholder");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> tracker.loadingProperty().get()
                ? Texts.get("ui.table.loading")
                : tracker.problemProperty().get() != null ? tracker.problemProperty().get()
                : store.emptyHintProperty().get() ? newStoreNote() + Texts.get("ui.table.emptyStore")
                : Texts.get("ui.table.empty"),
                tracker.loadingProperty(), tracker.problemProperty(), store.emptyHintProperty()));
        text.getStyleClass().add("table-placeholder");
        Button demo = new Button(Texts.get("ui.store.loadDemo"));
        demo.setId("loadDemoButton");
        demo.getStyleClass().add("primary-button");
        demo.setOnAction(e -> store.loadDemo());
        Button importFile = new Button(Texts.get("ui.store.import"));
        importFile.setId("emptyImportButton");
        importFile.setOnAction(e -> store.importFile());
        demo.disableProperty().bind(store.fillingProperty());
        importFile.disableProperty().bind(store.fillingProperty());
        HBox buttons = new HBox(10, demo, importFile);
        buttons.setAlignment(javafx.geometry.Pos.CENTER);
        ViewBindings.showWhen(buttons, store.emptyHintProperty());
        VBox box = new VBox(12, text, buttons);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setMaxWidth(460);
        return box;
    }

    /** "A new, empty store was created at …" when this open created it, so the user knows where it is. */
    private String newStoreNote() {
        LiveStore open = store.storeProperty().get();
        return open != null && open.createdNow() ? Texts.get("ui.table.newStore", open.label()) + " " : "";
    }

    private void installColumns() {
        SendCells.install(attentionColumn, (cell, send) -> SendCells.attention(cell, send, this::now,
                id -> cancelFlow.requests() == null ? null : cancelFlow.requests().pendingFor(id)));
        SendCells.install(createdColumn, SendCells::created);
        SendCells.install(recipientColumn, SendCells::recipient, true);
        SendCells.install(senderColumn, SendCells::sender);
        SendCells.install(typeColumn, SendCells::type);
        SendCells.install(campaignColumn, SendCells::campaign);
        SendCells.install(statusColumn, SendCells::status);
        SendCells.install(issueColumn, SendCells::issue);
        SendCells.install(trackingColumn, SendCells::tracking);
        SendCells.install(costColumn, SendCells::cost);
        attentionColumn.getStyleClass().add("attention-column");
        costColumn.getStyleClass().add("cost-column");
        menuColumn.getStyleClass().add("menu-column");
        ColumnWidths.size(typeColumn, campaignColumn, statusColumn, trackingColumn);
        menuColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        menuColumn.setCellFactory(c -> new MenuCell());
        Label flagHeader = new Label("!");
        flagHeader.setTooltip(Labels.tooltip(Texts.get("ui.col.attention")));
        attentionColumn.setGraphic(flagHeader);

        createdColumn.setUserData(SendSort.Field.CREATED_AT);
        recipientColumn.setUserData(SendSort.Field.RECIPIENT);
        senderColumn.setUserData(SendSort.Field.SENDER);
        typeColumn.setUserData(SendSort.Field.TYPE);
        campaignColumn.setUserData(SendSort.Field.CAMPAIGN);
        statusColumn.setUserData(SendSort.Field.STATUS);
        trackingColumn.setUserData(SendSort.Field.TRACKING);
        costColumn.setUserData(SendSort.Field.COST);
    }

    private TableRow<Send> row() {
        TableRow<Send> row = new TableRow<>() {
            @Override
            protected void updateItem(Send send, boolean empty) {
                super.updateItem(send, empty);
                boolean real = !empty && send != null;
                pseudoClassStateChanged(TEST_MODE, real && send.testMode());
                pseudoClassStateChanged(ATTENTION, real && !AttentionReason.of(send, now()).isEmpty());
                pseudoClassStateChanged(CLOSED, real && SendStatus.CLOSED.contains(send.status()));
            }
        };
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                viewDetails(row.getItem());
            }
        });
        row.setOnContextMenuRequested(e -> {
            if (row.getItem() != null) {
                sendTable.getSelectionModel().select(row.getIndex());
                showMenu(row.getItem(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        return row;
    }

    /** Enter views the details, Esc closes them; the menu key or Shift+F10 opens the selected row's menu. */
    private void bindKeys() {
        sendTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Send selected = sendTable.getSelectionModel().getSelectedItem();
            boolean menuKey = e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown());
            if (menuKey && selected != null) {
                showMenuOnSelectedRow(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && selected != null) {
                viewDetails(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && details.send() != null) {
                details.close();
                e.consume();
            }
        });
        sendTable.setOnContextMenuRequested(e -> {
            Send selected = sendTable.getSelectionModel().getSelectedItem();
            if (selected != null && e.isKeyboardTrigger()) {
                showMenuOnSelectedRow(selected);
            }
            e.consume();
        });
    }

    /** The three-dot button at the end of each row. */
    private final class MenuCell extends TableCell<Send, Send> {
        private final Button button = new Button("\u22EE");

        MenuCell() {
            button.getStyleClass().add("row-menu-button");
            button.setFocusTraversable(false);
            button.setOnAction(e -> {
                Send send = getItem();
                if (send != null) {
                    getTableView().getSelectionModel().select(getIndex());
                    Bounds b = button.localToScreen(button.getBoundsInLocal());
                    showMenu(send, b.getMaxX(), b.getMaxY());
                }
            });
            button.setTooltip(Labels.sharedTooltip(Texts.get("ui.menu.tooltip")));
        }

        @Override
        protected void updateItem(Send send, boolean empty) {
            super.updateItem(send, empty);
            setText(null);
            setGraphic(empty || send == null ? null : button);
        }
    }

    private void showMenuOnSelectedRow(Send send) {
        int index = sendTable.getSelectionModel().getSelectedIndex();
        sendTable.scrollTo(Math.max(0, index - 3));
        for (Node n : sendTable.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getIndex() == index && row.isVisible()) {
                Bounds b = row.localToScreen(row.getBoundsInLocal());
                showMenu(send, b.getMaxX() - 60, b.getMaxY());
                return;
            }
        }
        Bounds b = sendTable.localToScreen(sendTable.getBoundsInLocal());
        showMenu(send, b.getMinX() + b.getWidth() / 2, b.getMinY() + 60);
    }

    private void showMenu(Send send, double screenX, double screenY) {
        if (actions == null) {
            return;
        }
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = RowMenu.build(send, cancelFlow, actions);
        // Owned by the table, not the three-dot button: the menu takes its look from its owner.
        openMenu.show(sendTable, screenX, screenY);
    }

    private void viewDetails(Send send) {
        if (actions != null) {
            actions.viewDetails().accept(send);
        }
    }

    private Instant now() {
        SendSource source = tracker.sends();
        return source == null ? Instant.now() : source.now();
    }
}
