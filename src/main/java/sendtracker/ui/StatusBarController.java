package sendtracker.ui;

import static sendtracker.ui.ViewBindings.showWhen;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * The bar at the bottom (status-bar.fxml): the last notice, and one progress bar and Stop
 * button for whatever long job runs, an export or opening a file for review.
 */
public final class StatusBarController {
    private final MainViewModel vm;

    @FXML private Label noticeLabel;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;

    public StatusBarController(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        ExportViewModel export = vm.export();
        exportProgress.progressProperty().bind(Bindings.when(export.runningProperty())
                .then(export.progressProperty()).otherwise(vm.openProgressProperty()));
        BooleanBinding busy = export.runningProperty().or(vm.openingProperty());
        showWhen(exportProgress, busy);
        showWhen(cancelExportButton, busy);
        noticeLabel.textProperty().bind(vm.noticeProperty());
    }

    @FXML
    private void onCancelExport() {
        vm.export().cancel();
        vm.cancelOpen();
    }
}
