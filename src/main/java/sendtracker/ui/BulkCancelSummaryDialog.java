package sendtracker.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import sendtracker.domain.Texts;
import sendtracker.service.BulkCancelResult;

/**
 * How a bulk cancel ended: which sends were canceled, which were not reached when it was
 * stopped, and one request to Support covering every refused send. Ids for TestFX:
 * bulkCancelSummary, bulkCancelSupportRequest, copyBulkSupportRequestButton.
 */
public record BulkCancelSummaryDialog(BulkCancelResult result) implements WindowDialog<Void> {

    /** The lines of the summary: canceled, not reached, and the totals. */
    String text() {
        StringBuilder b = new StringBuilder(Texts.get("ui.bulkCancel.summary.canceled", result.canceledIds().size(),
                result.canceledIds().isEmpty() ? "-" : String.join(", ", result.canceledIds())));
        if (result.stopped()) {
            b.append('\n').append(Texts.get("ui.bulkCancel.summary.stopped", result.notAttempted().size(),
                    String.join(", ", result.notAttempted())));
        }
        b.append('\n').append(BulkCancelDialog.totals(result));
        return b.toString();
    }

    @Override
    public Dialog<Void> build() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("ui.bulkCancel.summary.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("bulkCancelSummary");
        pane.setHeaderText(Texts.get(result.stopped() ? "ui.bulkCancel.summary.headerStopped"
                : "ui.bulkCancel.summary.header"));
        VBox body = new VBox(10, BulkCancelDialog.wrapped(text()));
        String request = result.supportRequest();
        if (request != null) {
            TextArea requestText = new TextArea(request);
            requestText.setId("bulkCancelSupportRequest");
            requestText.setEditable(false);
            requestText.setWrapText(true);
            requestText.setPrefRowCount(12);
            Button copy = new Button(Texts.get("ui.supportDialog.copy"));
            copy.setId("copyBulkSupportRequestButton");
            copy.setOnAction(e -> ClipboardText.copy(request));
            body.getChildren().addAll(BulkCancelDialog.wrapped(Texts.get("ui.bulkCancel.summary.request")),
                    requestText, copy);
        }
        body.setPrefWidth(600);
        pane.setContent(body);
        pane.getButtonTypes().setAll(new ButtonType(Texts.get("ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> null);
        return dialog;
    }
}
