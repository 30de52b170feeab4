package sendtracker.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.css.PseudoClass;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckComboBox;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.CampaignState;
import sendtracker.domain.Send;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.Texts;
import sendtracker.domain.User;

/**
 * Binds main.fxml to the view-models. It holds no state of its own beyond what the
 * controls need; every decision lives in the view-models.
 */
public final class MainController {
    private static final PseudoClass TEST_MODE = PseudoClass.getPseudoClass("test-mode");
    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    /** How long typing may pause before the search runs. */
    private static final Duration SEARCH_DEBOUNCE = Duration.millis(150);

    private final MainViewModel vm;
    private final TrackerViewModel tracker;
    private final Consumer<String> openUrl;
    private final Runnable onQuit;
    private final RowMenu.Actions actions;
    private ContextMenu openMenu;
    private boolean syncing;
    private boolean swappingRows;

    @FXML private MenuItem openExportItem;
    @FXML private MenuItem closeReviewItem;
    @FXML private MenuItem exportItem;
    @FXML private TextField searchField;
    @FXML private ComboBox<User> userSwitcher;
    @FXML private Button exportButton;
    @FXML private CheckComboBox<SendStatus> statusFilter;
    @FXML private CheckComboBox<SendType> typeFilter;
    @FXML private ComboBox<String> teamFilter;
    @FXML private ComboBox<String> senderFilter;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private ChoiceBox<TestModeFilter> testModeFilter;
    @FXML private CheckComboBox<CampaignState> campaignFilter;
    @FXML private ToggleButton attentionToggle;
    @FXML private HBox offlineBanner;
    @FXML private Label offlineText;
    @FXML private Button closeReviewButton;
    @FXML private Label resultCount;
    @FXML private javafx.scene.control.ProgressIndicator queryRunning;
    @FXML private FlowPane statusChips;
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
    @FXML private VBox chartBox;
    @FXML private BarChart<Number, String> statusChart;
    @FXML private VBox detailsPane;
    @FXML private ScrollPane detailsScroll;
    @FXML private VBox detailsContent;
    @FXML private Label noticeLabel;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;

    public MainController(MainViewModel vm, Consumer<String> openUrl, Runnable onQuit) {
        this.vm = vm;
        this.tracker = vm.tracker();
        this.openUrl = openUrl;
        this.onQuit = onQuit;
        this.actions = new RowMenu.Actions(this::viewDetails, send -> vm.cancelFlow().start(send), this::copy,
                this::open);
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindFilters();
        bindTable();
        bindSummary();
        new DetailsView(detailsContent, vm.details(), vm.cancelFlow(), actions);
        bindReviewAndExport();
    }

    /** Window-wide keys: Ctrl+F finds. */
    public void install(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::onFind);
    }

    // ---- toolbar and filters

    private void bindToolbar() {
        userSwitcher.setItems(tracker.users());
        StringConverter<User> users = converter(Formats::user);
        userSwitcher.setConverter(users);
        userSwitcher.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(User u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : Formats.user(u));
            }
        });
        userSwitcher.valueProperty().bindBidirectional(tracker.currentUserProperty());

        PauseTransition debounce = new PauseTransition(SEARCH_DEBOUNCE);
        debounce.setOnFinished(e -> tracker.searchProperty().set(searchField.getText()));
        searchField.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        searchField.setOnAction(e -> {
            debounce.stop();
            tracker.searchProperty().set(searchField.getText());
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            } else if (e.getCode() == KeyCode.DOWN) {
                sendTable.requestFocus();
                if (sendTable.getSelectionModel().isEmpty() && !sendTable.getItems().isEmpty()) {
                    sendTable.getSelectionModel().select(0);
                }
            }
        });
        tracker.searchProperty().addListener((obs, old, text) -> {
            if (!text.equals(searchField.getText())) {
                searchField.setText(text);
            }
        });
    }

    private void bindFilters() {
        statusFilter.getItems().setAll(SendStatus.values());
        statusFilter.setConverter(statusConverter(Map.of()));
        bindChecks(statusFilter, tracker.statusesProperty().get(), "ui.filter.status",
                checked -> tracker.statusesProperty().set(checked.isEmpty() ? Set.of() : EnumSet.copyOf(checked)));
        tracker.statusesProperty().addListener((obs, old, v) -> syncChecks(statusFilter, v, "ui.filter.status"));
        tracker.statusCountsProperty().addListener((obs, old, counts) -> statusFilter.setConverter(statusConverter(counts)));

        typeFilter.getItems().setAll(SendType.values());
        typeFilter.setConverter(converter(t -> Texts.get("type." + t.name())));
        bindChecks(typeFilter, tracker.typesProperty().get(), "ui.filter.type",
                checked -> tracker.typesProperty().set(checked.isEmpty() ? Set.of() : EnumSet.copyOf(checked)));
        tracker.typesProperty().addListener((obs, old, v) -> syncChecks(typeFilter, v, "ui.filter.type"));

        campaignFilter.getItems().setAll(CampaignState.values());
        campaignFilter.setConverter(converter(c -> Texts.get("ui.campaign." + c.name())));
        bindChecks(campaignFilter, tracker.campaignStatesProperty().get(), "ui.filter.campaign",
                checked -> tracker.campaignStatesProperty().set(checked.isEmpty() ? Set.of() : EnumSet.copyOf(checked)));
        tracker.campaignStatesProperty().addListener((obs, old, v) -> syncChecks(campaignFilter, v, "ui.filter.campaign"));

        bindChoiceOfAll(teamFilter, tracker.teams(), tracker.teamProperty(), "ui.filter.team.any", t -> t);
        ObservableList<User> senders = tracker.senders();
        ObservableList<String> senderEmails = javafx.collections.FXCollections.observableArrayList();
        senders.addListener((ListChangeListener<User>) c -> senderEmails.setAll(senders.stream().map(User::email).toList()));
        bindChoiceOfAll(senderFilter, senderEmails, tracker.senderEmailProperty(), "ui.filter.sender.any",
                email -> senders.stream().filter(u -> u.isEmail(email)).findFirst()
                        .map(u -> u.name() == null || u.name().isBlank() ? u.email() : u.name()).orElse(email));

        showWhen(teamFilter, tracker.peopleFiltersProperty());
        showWhen(senderFilter, tracker.peopleFiltersProperty());

        fromDate.valueProperty().bindBidirectional(tracker.fromProperty());
        toDate.valueProperty().bindBidirectional(tracker.toProperty());
        testModeFilter.getItems().setAll(TestModeFilter.values());
        testModeFilter.setConverter(converter(m -> Texts.get("ui.filter.testMode." + m.name())));
        testModeFilter.valueProperty().bindBidirectional(tracker.testModeProperty());
        attentionToggle.selectedProperty().bindBidirectional(tracker.attentionOnlyProperty());
    }

    private void bindChoiceOfAll(ComboBox<String> box, ObservableList<String> values,
            javafx.beans.property.StringProperty target, String anyKey, java.util.function.Function<String, String> show) {
        box.getItems().add("");
        values.addListener((ListChangeListener<String>) c -> {
            syncing = true;
            try {
                String keep = target.get();
                box.getItems().setAll("");
                box.getItems().addAll(values);
                box.setValue(keep == null ? "" : keep);
            } finally {
                syncing = false;
            }
        });
        box.setConverter(converter(v -> v == null || v.isEmpty() ? Texts.get(anyKey) : show.apply(v)));
        box.setValue("");
        box.valueProperty().addListener((obs, old, v) -> {
            if (!syncing) {
                target.set(v == null || v.isEmpty() ? null : v);
            }
        });
        target.addListener((obs, old, v) -> box.setValue(v == null ? "" : v));
    }

    private <T> void bindChecks(CheckComboBox<T> box, Set<T> initial, String titleKey, Consumer<Set<T>> onChange) {
        box.setTitle(Texts.get(titleKey));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (syncing) {
                return;
            }
            Set<T> checked = new java.util.LinkedHashSet<>(box.getCheckModel().getCheckedItems());
            updateTitle(box, checked.size(), titleKey);
            onChange.accept(checked);
        });
        syncChecks(box, initial, titleKey);
    }

    private <T> void syncChecks(CheckComboBox<T> box, Set<T> wanted, String titleKey) {
        updateTitle(box, wanted.size(), titleKey);
        if (new java.util.HashSet<>(box.getCheckModel().getCheckedItems()).equals(wanted)) {
            return;
        }
        syncing = true;
        try {
            box.getCheckModel().clearChecks();
            wanted.forEach(box.getCheckModel()::check);
        } finally {
            syncing = false;
        }
    }

    /** "Status" while nothing is ticked, "Status (2/19)" and highlighted once something is. */
    private static void updateTitle(CheckComboBox<?> box, int checked, String titleKey) {
        box.setTitle(Texts.get(titleKey));
        box.setShowCheckedCount(checked > 0);
        if (checked == 0) {
            box.getStyleClass().remove("filter-active");
        } else if (!box.getStyleClass().contains("filter-active")) {
            box.getStyleClass().add("filter-active");
        }
    }

    private static StringConverter<SendStatus> statusConverter(Map<SendStatus, Long> counts) {
        return converter(s -> counts.containsKey(s)
                ? Texts.get("ui.filter.statusWithCount", s.displayName(), counts.get(s))
                : s.displayName());
    }

    // ---- table

    private void bindTable() {
        // A new items list makes the table forget its sort order, so the view-model's order is shown again.
        sendTable.setItems(tracker.rows());
        tracker.rowsProperty().addListener((obs, old, rows) -> {
            swappingRows = true;
            try {
                sendTable.setItems(rows);
                showSort(tracker.sortProperty().get());
            } finally {
                swappingRows = false;
            }
        });
        sendTable.setFixedCellSize(46);
        sendTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> tracker.loadingProperty().get()
                ? Texts.get("ui.table.loading")
                : tracker.problemProperty().get() != null ? tracker.problemProperty().get() : Texts.get("ui.table.empty"),
                tracker.loadingProperty(), tracker.problemProperty()));
        placeholder.getStyleClass().add("table-placeholder");
        sendTable.setPlaceholder(placeholder);

        SendCells.install(attentionColumn, (cell, send) -> SendCells.attention(cell, send, () -> now()));
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
        menuColumn.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        menuColumn.setCellFactory(c -> new MenuCell());
        Label flagHeader = new Label("!");
        flagHeader.setTooltip(SendCells.tooltip(Texts.get("ui.col.attention")));
        attentionColumn.setGraphic(flagHeader);

        createdColumn.setUserData(SendSort.Field.CREATED_AT);
        recipientColumn.setUserData(SendSort.Field.RECIPIENT);
        senderColumn.setUserData(SendSort.Field.SENDER);
        typeColumn.setUserData(SendSort.Field.TYPE);
        campaignColumn.setUserData(SendSort.Field.CAMPAIGN);
        statusColumn.setUserData(SendSort.Field.STATUS);
        trackingColumn.setUserData(SendSort.Field.TRACKING);
        costColumn.setUserData(SendSort.Field.COST);
        // Sorting is the query's job: the table only tells the view-model which column and direction.
        sendTable.setSortPolicy(table -> {
            if (swappingRows) {
                return true;
            }
            if (table.getSortOrder().isEmpty()) {
                tracker.sortProperty().set(SendSort.NEWEST_FIRST);
            } else {
                TableColumn<Send, ?> column = table.getSortOrder().get(0);
                tracker.sortProperty().set(new SendSort((SendSort.Field) column.getUserData(),
                        column.getSortType() == TableColumn.SortType.ASCENDING));
            }
            return true;
        });

        swappingRows = true;
        showSort(tracker.sortProperty().get());
        swappingRows = false;

        sendTable.setRowFactory(t -> {
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
                    showMenu(row.getItem(), row, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
            return row;
        });
        sendTable.getSelectionModel().selectedItemProperty().addListener((obs, old, send) -> {
            if (send != null) {
                vm.details().show(send);
            }
        });
        sendTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Send selected = sendTable.getSelectionModel().getSelectedItem();
            boolean menuKey = e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown());
            if (menuKey && selected != null) {
                showMenuOnSelectedRow(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && selected != null) {
                viewDetails(selected);
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

    /** Marks the column and direction the rows are in, without asking the query again. */
    private void showSort(SendSort sort) {
        for (TableColumn<Send, ?> column : sendTable.getColumns()) {
            if (column.getUserData() == sort.field()) {
                column.setSortType(sort.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                sendTable.getSortOrder().setAll(java.util.List.of(column));
                return;
            }
        }
        sendTable.getSortOrder().clear();
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
                    showMenu(send, button, b.getMaxX(), b.getMaxY());
                }
            });
            button.setTooltip(SendCells.tooltip(Texts.get("ui.menu.tooltip")));
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
                showMenu(send, row, b.getMaxX() - 60, b.getMaxY());
                return;
            }
        }
        Bounds b = sendTable.localToScreen(sendTable.getBoundsInLocal());
        showMenu(send, sendTable, b.getMinX() + b.getWidth() / 2, b.getMinY() + 60);
    }

    private void showMenu(Send send, Node anchor, double screenX, double screenY) {
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = RowMenu.build(send, vm.cancelFlow(), actions);
        // Owned by the table, not the three-dot button: the menu takes its look from its owner.
        openMenu.show(sendTable, screenX, screenY);
    }

    private void viewDetails(Send send) {
        vm.details().show(send);
        detailsScroll.setVvalue(0);
        detailsPane.requestFocus();
    }

    private void copy(String text) {
        ClipboardText.copy(text);
        vm.say(Texts.get("ui.copied", text));
    }

    private void open(String url) {
        openUrl.accept(url);
    }

    private java.time.Instant now() {
        sendtracker.service.SendSource source = tracker.sends();
        return source == null ? java.time.Instant.now() : source.now();
    }

    // ---- counts, chart, review, export

    private void bindSummary() {
        resultCount.textProperty().bind(tracker.resultCountTextProperty());
        queryRunning.visibleProperty().bind(tracker.loadingProperty());
        // The chart shares the right-hand column with the details: shown while no send is open.
        var showChart = tracker.peopleFiltersProperty().and(vm.details().sendProperty().isNull());
        showWhen(chartBox, showChart);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        statusChart.getData().add(series);
        // Counts in the thousands would run into each other on a narrow axis: 1.5k, 200k, 1.2M.
        ((javafx.scene.chart.NumberAxis) statusChart.getXAxis()).setTickLabelFormatter(
                new javafx.util.StringConverter<Number>() {
                    @Override
                    public String toString(Number n) {
                        return Formats.compactCount(n.doubleValue());
                    }

                    @Override
                    public Number fromString(String text) {
                        return null;
                    }
                });
        tracker.statusesProperty().addListener((obs, old, statuses) -> showChips(tracker.statusCountsProperty().get()));
        tracker.statusCountsProperty().addListener((obs, old, counts) -> {
            showChips(counts);
            series.getData().clear();
            java.util.List<XYChart.Data<Number, String>> bars = new java.util.ArrayList<>();
            for (SendStatus status : SendStatus.values()) {
                long n = counts.getOrDefault(status, 0L);
                if (n == 0) {
                    continue;
                }
                XYChart.Data<Number, String> bar = new XYChart.Data<>(n, status.displayName());
                javafx.scene.layout.StackPane node = new javafx.scene.layout.StackPane();
                // BarChart resets a bar's style classes, so the colour goes in as an inline style.
                node.setStyle(StatusStyle.of(status).barFillStyle());
                javafx.scene.control.Tooltip.install(node, SendCells.tooltip(
                        Texts.get("ui.chart.bar", status.displayName(), Formats.count(n))));
                bar.setNode(node);
                bars.add(0, bar);
            }
            series.getData().setAll(bars);
        });
    }

    private void showChips(Map<SendStatus, Long> counts) {
        statusChips.getChildren().clear();
        Set<SendStatus> selected = tracker.statusesProperty().get();
        for (SendStatus status : SendStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            if (n > 0 || selected.contains(status)) {
                statusChips.getChildren().add(chip(status, n, selected.contains(status)));
            }
        }
    }

    /** A count per status; clicking it narrows the table to that status (or back). */
    private Node chip(SendStatus status, long count, boolean selected) {
        Label name = new Label(status.displayName());
        Label n = new Label(Formats.count(count));
        n.getStyleClass().add("chip-count");
        HBox chip = new HBox(6, name, n);
        chip.getStyleClass().addAll("status-chip", StatusStyle.of(status).styleClass());
        if (selected) {
            chip.getStyleClass().add("chip-selected");
        }
        chip.setOnMouseClicked(e -> {
            Set<SendStatus> now = EnumSet.noneOf(SendStatus.class);
            now.addAll(tracker.statusesProperty().get());
            if (!now.remove(status)) {
                now.add(status);
            }
            tracker.statusesProperty().set(now.isEmpty() ? Set.of() : now);
        });
        javafx.scene.control.Tooltip.install(chip, SendCells.tooltip(Texts.get(status.meaningKey(null))));
        return chip;
    }

    private void bindReviewAndExport() {
        showWhen(offlineBanner, vm.reviewingProperty());
        offlineText.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("ui.review.banner", vm.reviewFileProperty().get()), vm.reviewFileProperty()));
        showWhen(closeReviewButton, vm.liveAvailableProperty());
        closeReviewItem.disableProperty().bind(vm.reviewingProperty().not().or(vm.liveAvailableProperty().not()));
        openExportItem.disableProperty().bind(vm.canOpenReviewProperty().not());

        ExportViewModel export = vm.export();
        exportButton.disableProperty().bind(export.availableProperty().not().or(export.runningProperty()));
        exportItem.disableProperty().bind(exportButton.disableProperty());
        if (!export.availableProperty().get()) {
            exportButton.setTooltip(SendCells.tooltip(Texts.get("ui.export.unavailable")));
        }
        // One progress bar and Stop button for whatever long job runs: an export or opening a file.
        exportProgress.progressProperty().bind(Bindings.when(export.runningProperty())
                .then(export.progressProperty()).otherwise(vm.openProgressProperty()));
        var busy = export.runningProperty().or(vm.openingProperty());
        showWhen(exportProgress, busy);
        showWhen(cancelExportButton, busy);
        noticeLabel.textProperty().bind(vm.noticeProperty());
    }

    // ---- menu and button actions

    @FXML
    private void onOpenExport() {
        vm.chooseReview();
    }

    @FXML
    private void onCloseReview() {
        vm.closeReview();
    }

    @FXML
    private void onExport() {
        vm.export().export();
    }

    @FXML
    private void onCancelExport() {
        vm.export().cancel();
        vm.cancelOpen();
    }

    @FXML
    private void onQuit() {
        onQuit.run();
    }

    @FXML
    private void onRefresh() {
        tracker.refresh();
    }

    @FXML
    private void onClearFilters() {
        tracker.clearFilters();
    }

    @FXML
    private void onFind() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Shown, and taking room in the layout, only while {@code condition} holds. */
    private static void showWhen(Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }
}
