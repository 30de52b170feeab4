package sendtracker.ui;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import sendtracker.domain.Texts;
import sendtracker.service.BulkCancelResult;
import sendtracker.service.CancelResult;

/**
 * The bulk cancel modal (issue 16): each selected send with its expected outcome, the totals
 * per outcome and currency, and one optional reason. It answers the reason ("" when none) on
 * confirm; confirm is off when none of the sends can be canceled here. Ids for TestFX
 * (docs/design.md §6): bulkCancelDialog, bulkCancelList, bulkCancelReason, confirmBulkCancelButton.
 *
 * @param expected the dry run over the selected sends
 * @param scope    what the list covers when it is not the selection ("the first 1,000 of …"), or null
 */
public record BulkCancelDialog(BulkCancelResult expected, String scope) implements WindowDialog<String> {

    /** Over the selected rows. */
    public BulkCancelDialog(BulkCancelResult expected) {
        this(expected, null);
    }

    /** One line of the list: "SND-1 · will cancel · to Bo Chen: why". */
    static String line(CancelResult r) {
        String outcome = r.notFound() ? Texts.get("ui.bulkCancel.notFound")
                : Texts.get("ui.bulkCancel.outcome." + r.outcome().name());
        String to = r.send() == null ? null : r.send().recipientName();
        return to == null || to.isBlank() ? Texts.get("ui.bulkCancel.line", r.sendId(), outcome, r.message())
                : Texts.get("ui.bulkCancel.lineTo", r.sendId(), outcome, r.message(), to);
    }

    /** "2 will cancel (40.00 USD, 15.50 EUR) · 1 contact Support (25.00 EUR)". */
    static String totals(BulkCancelResult result) {
        StringBuilder b = new StringBuilder();
        result.countByOutcome().forEach((outcome, count) -> {
            b.append(b.length() == 0 ? "" : " · ").append(count).append(' ')
                    .append(Texts.get("ui.bulkCancel.outcome." + outcome.name()));
            var cost = result.costByOutcome().get(outcome);
            if (cost != null && !cost.isEmpty()) {
                b.append(" (").append(String.join(", ", cost.entrySet().stream()
                        .map(e -> e.getValue().toPlainString() + " " + e.getKey()).toList())).append(')');
            }
        });
        return b.toString();
    }

    @Override
    public Dialog<String> build() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("ui.bulkCancel.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("bulkCancelDialog");
        pane.setHeaderText(scope == null ? Texts.get("ui.bulkCancel.header", expected.results().size(),
                expected.canceledIds().size())
                : scope + " " + Texts.get("ui.bulkCancel.filtered.header", expected.canceledIds().size()));

        List<String> lines = expected.results().stream().map(BulkCancelDialog::line).toList();
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(lines));
        list.setId("bulkCancelList");
        list.setPrefHeight(220);
        // each line wraps inside the list instead of running off its right edge
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
        Label totals = wrapped(totals(expected));
        totals.setId("bulkCancelTotals");
        Label note = wrapped(Texts.get("ui.bulkCancel.note"));
        note.getStyleClass().add("muted");
        Label reasonLabel = new Label(Texts.get("ui.cancelDialog.reason"));
        reasonLabel.getStyleClass().add("field-label");
        TextField reason = new TextField();
        reason.setId("bulkCancelReason");
        reason.setPromptText(Texts.get("ui.cancelDialog.reason.prompt"));
        reasonLabel.setLabelFor(reason);
        VBox body = new VBox(10, list, totals, note, reasonLabel, reason);
        body.setPrefWidth(620);
        pane.setContent(body);

        ButtonType confirm = new ButtonType(Texts.get("ui.bulkCancel.confirm", expected.canceledIds().size()),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Texts.get("ui.cancelDialog.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(keep, confirm);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId("confirmBulkCancelButton");
        confirmButton.getStyleClass().add("danger-button");
        confirmButton.setDisable(expected.canceledIds().isEmpty());
        // As in the single cancel: Enter keeps the sends, a cancel takes a deliberate click.
        confirmButton.setDefaultButton(false);
        ((Button) pane.lookupButton(keep)).setDefaultButton(true);
        dialog.setResultConverter(button -> button != confirm ? null
                : reason.getText() == null ? "" : reason.getText());
        return dialog;
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
