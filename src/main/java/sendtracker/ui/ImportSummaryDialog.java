package sendtracker.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import sendtracker.domain.Texts;
import sendtracker.service.ImportService;

/**
 * How an import in the window ended: the totals, one line per file, and where the rejected rows
 * went, with a button that opens that folder, or, where the desktop cannot, the path to copy.
 * Ids for TestFX: importSummaryDialog, importSummaryTotals, importSummaryFiles,
 * openRejectsFolderButton, rejectsPathField.
 *
 * @param summary     the import's reports
 * @param canOpen     whether this desktop can open a folder
 * @param openFolder  opens a folder (off the FX thread)
 */
public record ImportSummaryDialog(ImportSummary summary, boolean canOpen, Consumer<Path> openFolder)
        implements WindowDialog<Void> {

    @Override
    public Dialog<Void> build() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("ui.import.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("importSummaryDialog");
        pane.setHeaderText(summary.stopped() ? Texts.get("ui.import.summary.headerStopped", summary.stored())
                : summary.singleFileDone() ? Texts.get("ui.import.summary.headerOneFile",
                        String.valueOf(summary.reports().get(0).file().getFileName()))
                : Texts.get("ui.import.summary.header"));
        Label totals = BulkCancelDialog.wrapped(Texts.get("ui.import.counts", summary.added(), summary.updated(),
                summary.unchanged(), summary.rejected()));
        totals.setId("importSummaryTotals");
        VBox files = new VBox(4);
        files.setId("importSummaryFiles");
        // one file's line would repeat the totals: its name is in the header instead
        for (ImportService.Report r : summary.singleFileDone() ? java.util.List.<ImportService.Report>of()
                : summary.reports()) {
            Label line = BulkCancelDialog.wrapped(ImportSummary.line(r));
            line.getStyleClass().add("import-file-line");
            files.getChildren().add(line);
        }
        VBox body = new VBox(10, totals, files);
        java.util.List<String> reasons = summary.rejectReasons();
        if (!reasons.isEmpty()) {
            VBox why = new VBox(2);
            why.setId("importSummaryRejects");
            why.getChildren().add(BulkCancelDialog.wrapped(summary.rejected() > reasons.size()
                    ? Texts.get("ui.import.reasonsFirst", reasons.size(), summary.rejected())
                    : Texts.get("ui.import.reasons")));
            for (String reason : reasons) {
                Label line = BulkCancelDialog.wrapped("\u2022 " + reason);
                line.getStyleClass().add("import-reject-line");
                why.getChildren().add(line);
            }
            body.getChildren().add(why);
        }
        Path rejects = summary.firstRejectsFile();
        if (rejects != null) {
            Path folder = rejects.toAbsolutePath().getParent();
            Label where = BulkCancelDialog.wrapped(Texts.get("ui.import.rejectsNote"));
            TextField path = new TextField(rejects.toAbsolutePath().toString());
            path.setId("rejectsPathField");
            path.setEditable(false);
            HBox.setHgrow(path, javafx.scene.layout.Priority.ALWAYS);
            HBox row = new HBox(8, path);
            if (canOpen && folder != null) {
                Button open = new Button(Texts.get("ui.import.openFolder"));
                open.setId("openRejectsFolderButton");
                open.setOnAction(e -> openFolder.accept(folder));
                row.getChildren().add(open);
            } else {
                where.setText(where.getText() + " " + Texts.get("ui.import.cannotOpenFolder"));
            }
            body.getChildren().addAll(where, row);
        }
        body.setPrefWidth(620);
        pane.setContent(body);
        pane.getButtonTypes().setAll(new ButtonType(Texts.get("ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> null);
        return dialog;
    }
}
