package sendtracker.ui;

import static sendtracker.ui.ViewBindings.showWhen;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;

import sendtracker.domain.Texts;
import sendtracker.ui.table.SendTableController;

/**
 * The window (main.fxml): its menus and the offline banner, and the wiring between the parts,
 * each of which binds its own area (docs/decisions/0008-one-fxml-part-per-area.md). Every
 * decision lives in the view-models.
 */
public final class MainController {
    private final MainViewModel vm;
    private final Consumer<String> openUrl;
    private final Runnable onQuit;

    @FXML private FilterBarController filterBarController;
    @FXML private SendTableController tableController;
    @FXML private DetailsController detailsController;
    @FXML private MenuItem openExportItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem closeReviewItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem backupItem;
    @FXML private MenuItem restoreItem;
    @FXML private HBox offlineBanner;
    @FXML private Label offlineText;
    @FXML private Button closeReviewButton;

    public MainController(MainViewModel vm, Consumer<String> openUrl, Runnable onQuit) {
        this.vm = vm;
        this.openUrl = openUrl;
        this.onQuit = onQuit;
    }

    @FXML
    private void initialize() {
        SendActions actions = new SendActions(detailsController::open, vm.cancelFlow()::start, this::copy, openUrl);
        tableController.connect(actions);
        tableController.connectBulkCancel(vm.bulkCancel());
        tableController.connectImport(vm.imports());
        vm.spend().followSelection(tableController.selectedRows());
        importItem.disableProperty().bind(vm.imports().availableProperty().not()
                .or(vm.imports().runningProperty()));
        tableController.connectColumns(vm.savedViews().layout());
        detailsController.connect(actions);
        detailsController.selectInTableWith(tableController::selectSend);
        filterBarController.setOnSearchDown(tableController::focusRows);
        bindReview();
        ExportViewModel export = vm.export();
        exportItem.disableProperty().bind(export.availableProperty().not().or(export.runningProperty()));
        BackupViewModel backups = vm.backups();
        // a team store is backed up on its server, an offline review has no store: no items there
        backupItem.visibleProperty().bind(backups.availableProperty());
        restoreItem.visibleProperty().bind(backups.availableProperty());
        backupItem.disableProperty().bind(backups.busyProperty());
        restoreItem.disableProperty().bind(backups.busyProperty().or(export.runningProperty()));
    }

    /**
     * Window-wide keys. The menus carry the shortcuts (main.fxml), so they show next to each
     * item; the menu bar registers them with the scene.
     */
    public void install(Scene scene) {
        // Nothing beyond the menus' accelerators today.
    }

    private void bindReview() {
        showWhen(offlineBanner, vm.reviewingProperty());
        offlineText.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("ui.review.banner", vm.reviewFileProperty().get()), vm.reviewFileProperty()));
        showWhen(closeReviewButton, vm.liveAvailableProperty());
        closeReviewItem.disableProperty().bind(vm.reviewingProperty().not().or(vm.liveAvailableProperty().not()));
        openExportItem.disableProperty().bind(vm.canOpenReviewProperty().not());
    }

    private void copy(String text) {
        ClipboardText.copy(text);
        vm.say(Texts.get("ui.copied", text));
    }

    // ---- menu and button actions

    @FXML
    private void onOpenExport() {
        vm.chooseReview();
    }

    @FXML
    private void onImport() {
        vm.imports().choose();
    }

    @FXML
    private void onCompare() {
        vm.showCompare();
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
    private void onBackup() {
        vm.backups().backupNow();
    }

    @FXML
    private void onRestore() {
        vm.backups().restore();
    }

    @FXML
    private void onQuit() {
        onQuit.run();
    }

    @FXML
    private void onRefresh() {
        vm.tracker().refresh();
    }

    @FXML
    private void onClearFilters() {
        vm.tracker().clearFilters();
    }

    @FXML
    private void onMessages() {
        vm.showMessages();
    }

    @FXML
    private void onFind() {
        filterBarController.focusSearch();
    }
}
