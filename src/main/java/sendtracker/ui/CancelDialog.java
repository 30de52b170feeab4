package sendtracker.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;
import sendtracker.domain.Texts;

/**
 * The cancel modal: what a cancel does to {@code send}, the rule that allows it, and an
 * optional reason. It answers the reason ("" when none) on confirm, nothing when the user
 * keeps the send. Ids for TestFX (docs/design.md): cancelDialog, cancelReason, confirmCancelButton.
 */
public record CancelDialog(Send send, CancelDecision decision, StringProperty changedMeanwhile)
        implements WindowDialog<String> {

    /** A dialog with no change of the send to report yet. */
    public CancelDialog(Send send, CancelDecision decision) {
        this(send, decision, new SimpleStringProperty(""));
    }

    /** Says in the open dialog that the send changed elsewhere since it opened (issue 14). */
    public void sendChangedMeanwhile(Send now) {
        changedMeanwhile.set(Texts.get("ui.cancelDialog.changedMeanwhile", now.id(), now.status().displayName()));
    }

    @Override
    public Dialog<String> build() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("ui.cancelDialog.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("cancelDialog");
        pane.setHeaderText(Texts.get("ui.cancelDialog.header", send.id(),
                Formats.orDash(send.recipientName()), send.typeDisplayName()));

        Label what = new Label(Texts.get("ui.cancelDialog.what"));
        what.getStyleClass().add("section-title");
        Label steps = wrapped(Texts.get("ui.cancelDialog.steps",
                Formats.orDash(Formats.money(send.cost(), send.currency())),
                Formats.orDash(send.fundingSource())));
        Label rule = wrapped(decision.message());
        rule.getStyleClass().add("muted");
        Label reasonLabel = new Label(Texts.get("ui.cancelDialog.reason"));
        reasonLabel.getStyleClass().add("field-label");
        TextArea reason = new TextArea();
        reason.setId("cancelReason");
        reason.setPromptText(Texts.get("ui.cancelDialog.reason.prompt"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reasonLabel.setLabelFor(reason);
        Label changed = wrapped("");
        changed.setId("cancelChangedMeanwhile");
        changed.getStyleClass().add("warning");
        changed.textProperty().bind(changedMeanwhile);
        ViewBindings.showWhen(changed, changedMeanwhile.isNotEmpty());
        VBox body = new VBox(10, what, steps, rule, changed, reasonLabel, reason);
        body.setPrefWidth(460);
        pane.setContent(body);

        ButtonType confirm = new ButtonType(Texts.get("ui.cancelDialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Texts.get("ui.cancelDialog.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(keep, confirm);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId("confirmCancelButton");
        confirmButton.getStyleClass().add("danger-button");
        // Enter keeps the send: cancelling cannot be undone, so it takes a deliberate click.
        confirmButton.setDefaultButton(false);
        ((Button) pane.lookupButton(keep)).setDefaultButton(true);
        dialog.setResultConverter(button -> button != confirm ? null
                : reason.getText() == null ? "" : reason.getText());
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
