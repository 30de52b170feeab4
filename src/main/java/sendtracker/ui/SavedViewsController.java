package sendtracker.ui;

import static sendtracker.ui.ViewBindings.converter;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;

import sendtracker.domain.SavedView;
import sendtracker.domain.Texts;

/**
 * The saved views in the top bar (saved-views.fxml, included by filter-bar.fxml): saveViewButton,
 * the savedViews list (choosing one applies it), and the in-use view's menu. Decisions live in
 * {@link SavedViewsViewModel}.
 */
public final class SavedViewsController {
    private final SavedViewsViewModel vm;
    /** True while the list is set from the view-model, so it does not apply the view again. */
    private boolean syncing;

    @FXML private Button saveViewButton;
    @FXML private ComboBox<SavedView> savedViews;
    @FXML private MenuButton savedViewActions;
    @FXML private CheckMenuItem startViewItem;

    public SavedViewsController(SavedViewsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        saveViewButton.disableProperty().bind(vm.availableProperty().not());
        saveViewButton.setTooltip(Labels.tooltip(Texts.get("ui.views.saveView.tooltip")));
        savedViews.setItems(vm.views());
        savedViews.disableProperty().bind(vm.availableProperty().not());
        savedViews.setConverter(converter(v -> v == null ? "" : v.name()));
        savedViews.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SavedView v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null
                        : v.startView() ? Texts.get("ui.views.startMark", v.name()) : v.name());
            }
        });
        savedViews.valueProperty().addListener((obs, old, view) -> {
            if (!syncing && view != null) {
                vm.choose(view);
            }
        });
        vm.currentProperty().addListener((obs, old, view) -> showCurrent(view));
        // a new list may clear the choice shown: the view in use is shown again
        vm.views().addListener((ListChangeListener<SavedView>) c -> showCurrent(vm.currentProperty().get()));
        savedViewActions.setTooltip(Labels.tooltip(Texts.get("ui.views.actions.tooltip")));
        savedViewActions.disableProperty().bind(vm.availableProperty().not().or(vm.currentProperty().isNull()));
    }

    private void showCurrent(SavedView view) {
        syncing = true;
        try {
            savedViews.setValue(view);
            startViewItem.setSelected(view != null && view.startView());
        } finally {
            syncing = false;
        }
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onRename() {
        vm.rename();
    }

    @FXML
    private void onDelete() {
        vm.delete();
    }

    @FXML
    private void onStartView() {
        vm.setStartView(startViewItem.isSelected());
    }
}
