package sendtracker.ui;

import static sendtracker.ui.ViewBindings.converter;
import static sendtracker.ui.ViewBindings.showWhen;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckComboBox;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.Texts;
import sendtracker.domain.User;

/**
 * The bar at the top (filter-bar.fxml): who is looking, the search, import and export, and the
 * filters with their date presets.
 * Each control is bound both ways to the tracker's filter properties.
 */
public final class FilterBarController {
    /** How long typing may pause before the search runs. */
    private static final Duration SEARCH_DEBOUNCE = Duration.millis(150);
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TrackerViewModel tracker;
    private final ExportViewModel export;
    private final ImportViewModel imports;
    private final DatePresetsViewModel presets;
    private final Consumer<String> say;
    private Runnable onSearchDown = () -> { };
    /** True while the controls are set from the view-model, so they do not echo it back. */
    private boolean syncing;

    @FXML private TextField searchField;
    @FXML private ComboBox<User> userSwitcher;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private MenuButton datePresets;
    @FXML private CheckComboBox<SendStatus> statusFilter;
    @FXML private CheckComboBox<SendType> typeFilter;
    @FXML private ComboBox<String> teamFilter;
    @FXML private ComboBox<String> senderFilter;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private Label dateProblem;
    /** The date fields whose text is no date, with what the message says about each. */
    private final java.util.Map<DatePicker, String> badDates = new java.util.LinkedHashMap<>();
    @FXML private ChoiceBox<TestModeFilter> testModeFilter;
    @FXML private CheckComboBox<CampaignState> campaignFilter;

    /** {@code say} puts a message in the status line (a date that is no date). */
    public FilterBarController(TrackerViewModel tracker, ExportViewModel export, ImportViewModel imports,
            DatePresetsViewModel presets, Consumer<String> say) {
        this.tracker = tracker;
        this.export = export;
        this.imports = imports;
        this.presets = presets;
        this.say = say;
    }

    @FXML
    private void initialize() {
        bindUserAndSearch();
        bindExport();
        bindImport();
        bindFilters();
        bindDatePresets();
    }

    /** Ctrl+F and View → Find. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** What the Down key in the search field does (the window moves into the table). */
    public void setOnSearchDown(Runnable action) {
        onSearchDown = action;
    }

    private void bindUserAndSearch() {
        userSwitcher.setItems(tracker.users());
        userSwitcher.setConverter(converter(Formats::user));
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
                onSearchDown.run();
            }
        });
        tracker.searchProperty().addListener((obs, old, text) -> {
            if (!text.equals(searchField.getText())) {
                searchField.setText(text);
            }
        });
    }

    private void bindExport() {
        exportButton.disableProperty().bind(export.availableProperty().not().or(export.runningProperty()));
        if (!export.availableProperty().get()) {
            exportButton.setTooltip(Labels.tooltip(Texts.get("ui.export.unavailable")));
        }
    }

    @FXML
    private void onExport() {
        export.export();
    }

    /** Off while one runs, in an offline review, and on a team store for all but Admins; the tooltip says why. */
    private void bindImport() {
        importButton.disableProperty().bind(imports.availableProperty().not().or(imports.runningProperty()));
        Tooltip why = Labels.tooltip("");
        why.textProperty().bind(Bindings.createStringBinding(() -> imports.unavailableReasonProperty().get() == null
                ? Texts.get("ui.import.tooltip") : imports.unavailableReasonProperty().get(),
                imports.unavailableReasonProperty()));
        importButton.setTooltip(why);
    }

    @FXML
    private void onImport() {
        imports.choose();
    }

    /** One item per preset; the button names the preset the dates match, if any. */
    private void bindDatePresets() {
        for (DatePreset preset : DatePreset.values()) {
            MenuItem item = new MenuItem(Texts.get("ui.datePresets." + preset.name()));
            item.setId("datePreset" + preset.name());
            item.setOnAction(e -> presets.apply(preset));
            datePresets.getItems().add(item);
        }
        datePresets.textProperty().bind(Bindings.createStringBinding(() -> presets.currentProperty().get() == null
                ? Texts.get("ui.datePresets.button")
                : Texts.get("ui.datePresets." + presets.currentProperty().get().name()), presets.currentProperty()));
        datePresets.setTooltip(Labels.tooltip(Texts.get("ui.datePresets.tooltip")));
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
        ObservableList<String> senderEmails = FXCollections.observableArrayList();
        senders.addListener((ListChangeListener<User>) c -> senderEmails.setAll(senders.stream().map(User::email).toList()));
        bindChoiceOfAll(senderFilter, senderEmails, tracker.senderEmailProperty(), "ui.filter.sender.any",
                email -> senders.stream().filter(u -> u.isEmail(email)).findFirst()
                        .map(u -> u.name() == null || u.name().isBlank() ? u.email() : u.name()).orElse(email));

        showWhen(teamFilter, tracker.peopleFiltersProperty());
        showWhen(senderFilter, tracker.peopleFiltersProperty());

        showWhen(dateProblem, dateProblem.textProperty().isNotEmpty());
        bindDate(fromDate, tracker.fromProperty());
        bindDate(toDate, tracker.toProperty());
        testModeFilter.getItems().setAll(TestModeFilter.values());
        testModeFilter.setConverter(converter(m -> Texts.get("ui.filter.testMode." + m.name())));
        testModeFilter.valueProperty().bindBidirectional(tracker.testModeProperty());
    }

    /**
     * A date field that takes ISO and the locale's forms (DateInput). Text that is no date is
     * kept and marked, with a message, and the filter keeps its last date: the picker itself
     * would put the old text back without a word.
     */
    private void bindDate(DatePicker picker, ObjectProperty<LocalDate> target) {
        DateInput input = new DateInput(Locale.getDefault(Locale.Category.FORMAT));
        TextField editor = picker.getEditor();
        picker.setConverter(new StringConverter<LocalDate>() {
            @Override
            public String toString(LocalDate date) {
                return input.format(date);
            }

            /** The picker asks while typing too: text that is no date (yet) leaves the filter as it is. */
            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return input.parse(text).orElse(target.get());
            }
        });
        editor.textProperty().addListener((obs, old, text) -> {
            boolean bad = text != null && !text.isBlank() && input.parse(text).isEmpty();
            editor.pseudoClassStateChanged(INVALID, bad);
            picker.pseudoClassStateChanged(INVALID, bad);
            picker.setTooltip(bad ? Labels.tooltip(Texts.get("ui.filter.date.help")) : null);
            if (bad) {
                badDates.put(picker, Texts.get("ui.filter.date.problem", text.strip(),
                        target.get() == null ? Texts.get("ui.filter.date.none") : input.format(target.get())));
            } else {
                badDates.remove(picker);
            }
            showDateProblem();
        });
        // On Enter or leaving the field the picker writes its old value back: the text goes back after it.
        Runnable keepRejected = () -> {
            String text = editor.getText();
            if (text == null || text.isBlank() || input.parse(text).isPresent()) {
                return;
            }
            say.accept(Texts.get("ui.filter.date.invalid", text.strip(),
                    target.get() == null ? Texts.get("ui.filter.date.none") : input.format(target.get())));
            Platform.runLater(() -> {
                editor.setText(text);
                editor.positionCaret(text.length());
            });
        };
        // On the picker's parent, not the picker: the picker's skin commits (and writes the old
        // date's text back) in its own filter, which runs before any filter added to the picker.
        // Pressed and released both: the skin commits on either.
        picker.getParent().addEventFilter(KeyEvent.ANY, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER || "\r".equals(e.getCharacter());
            if (enter && (picker.isFocused() || editor.isFocused())) {
                String text = editor.getText();
                if (text != null && !text.isBlank() && input.parse(text).isEmpty()) {
                    // not passed on: the picker's own commit would put the old date's text back
                    if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                        say.accept(Texts.get("ui.filter.date.invalid", text.strip(),
                                target.get() == null ? Texts.get("ui.filter.date.none") : input.format(target.get())));
                    }
                    e.consume();
                }
            }
        });
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                keepRejected.run();
            }
        });
        picker.valueProperty().bindBidirectional(target);
    }

    private void showDateProblem() {
        dateProblem.setText(badDates.isEmpty() ? "" : badDates.values().iterator().next());
    }

        /** A choice of one value or "any" (the empty string), kept in step with {@code target}. */
    private void bindChoiceOfAll(ComboBox<String> box, ObservableList<String> values, StringProperty target,
            String anyKey, Function<String, String> show) {
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
            Set<T> checked = new LinkedHashSet<>(box.getCheckModel().getCheckedItems());
            updateTitle(box, checked.size(), titleKey);
            onChange.accept(checked);
        });
        syncChecks(box, initial, titleKey);
    }

    private <T> void syncChecks(CheckComboBox<T> box, Set<T> wanted, String titleKey) {
        updateTitle(box, wanted.size(), titleKey);
        if (new HashSet<>(box.getCheckModel().getCheckedItems()).equals(wanted)) {
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
}
