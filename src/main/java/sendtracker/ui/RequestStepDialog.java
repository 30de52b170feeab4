package sendtracker.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import sendtracker.domain.CancelRequestStep;
import sendtracker.domain.Texts;

/**
 * Asks for the one text a step of a cancellation request takes: the reason of a new request, the
 * case number when it went to Support, or Support's answer (all optional). Answers the text
 * ("" when left empty), or nothing when the user keeps things as they are. Ids for TestFX:
 * requestStepDialog, requestStepText, confirmRequestStepButton.
 */
public record RequestStepDialog(CancelRequestStep step, String subject) implements WindowDialog<String> {

    @Override
    public Dialog<String> build() {
        String key = "ui.requestStep." + step.name();
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Texts.get(key + ".title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("requestStepDialog");
        pane.setHeaderText(Texts.get(key + ".header", subject));
        Label label = new Label(Texts.get(key + ".field"));
        label.getStyleClass().add("field-label");
        TextArea text = new TextArea();
        text.setId("requestStepText");
        text.setPromptText(Texts.get(key + ".prompt"));
        text.setPrefRowCount(step == CancelRequestStep.MARK_SENT ? 1 : 3);
        text.setWrapText(true);
        label.setLabelFor(text);
        Label about = new Label(Texts.get(key + ".about"));
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.getStyleClass().add("muted");
        VBox body = new VBox(10, about, label, text);
        body.setPrefWidth(440);
        pane.setContent(body);
        ButtonType confirm = new ButtonType(Texts.get(key + ".confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Texts.get("ui.requestStep.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(keep, confirm);
        ((Button) pane.lookupButton(confirm)).setId("confirmRequestStepButton");
        dialog.setResultConverter(button -> button != confirm ? null : text.getText() == null ? "" : text.getText());
        dialog.setOnShown(e -> text.requestFocus());
        return dialog;
    }
}
