package sendtracker.ui;

import static sendtracker.ui.ViewBindings.showWhen;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.util.Duration;

import sendtracker.domain.Texts;

/**
 * The bar at the bottom (status-bar.fxml): the last notice, one progress bar and Stop
 * button for whatever long job runs (an export, an import or opening a file for review), when the
 * local store was last backed up, and which store is open. A notice fades after a few seconds; View → Messages keeps the past ones.
 */
public final class StatusBarController {
    /** How long a notice stays fully visible, then how long it takes to fade out. */
    static final Duration NOTICE_SHOWN = Duration.seconds(6);
    static final Duration NOTICE_FADE = Duration.millis(800);

    private final MainViewModel vm;
    private SequentialTransition fading;

    @FXML private Label noticeLabel;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label backupLabel;
    @FXML private Label storeLabel;
    @FXML private Label liveIndicator;

    public StatusBarController(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        ExportViewModel export = vm.export();
        ImportViewModel imports = vm.imports();
        exportProgress.progressProperty().bind(Bindings.when(export.runningProperty())
                .then(export.progressProperty()).otherwise(Bindings.when(imports.runningProperty())
                        .then(imports.progressProperty()).otherwise(vm.openProgressProperty())));
        BooleanBinding busy = export.runningProperty().or(vm.openingProperty()).or(imports.runningProperty());
        showWhen(exportProgress, busy);
        showWhen(cancelExportButton, busy);
        noticeLabel.textProperty().bind(vm.noticeProperty());
        FadeTransition fade = new FadeTransition(NOTICE_FADE, noticeLabel);
        fade.setToValue(0);
        fading = new SequentialTransition(new PauseTransition(NOTICE_SHOWN), fade);
        vm.noticeProperty().addListener((obs, old, text) -> {
            fading.stop();
            noticeLabel.setOpacity(1);
            // A running export or opening keeps its notice until it ends and says how it ended.
            if (text != null && !text.isBlank() && !busy.get()) {
                fading.playFromStart();
            }
        });
        storeLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.reviewingProperty().get()
                || vm.store().labelProperty().get().isEmpty() ? ""
                : Texts.get("ui.store.label", vm.store().labelProperty().get()),
                vm.store().labelProperty(), vm.reviewingProperty()));
        BackupViewModel backups = vm.backups();
        backupLabel.textProperty().bind(backups.lastBackupProperty());
        backupLabel.setTooltip(new javafx.scene.control.Tooltip(Texts.get("ui.backup.tooltip")));
        showWhen(backupLabel, backups.availableProperty().and(backups.lastBackupProperty().isNotEmpty()));
        liveIndicator.textProperty().bind(vm.liveStateProperty());
        liveIndicator.setTooltip(new javafx.scene.control.Tooltip(Texts.get("ui.live.tooltip")));
        showWhen(liveIndicator, vm.liveStateProperty().isNotEmpty().and(vm.reviewingProperty().not()));
    }

    @FXML
    private void onCancelExport() {
        vm.export().cancel();
        vm.cancelOpen();
        vm.imports().stop();
    }
}
