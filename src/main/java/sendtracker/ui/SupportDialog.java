package sendtracker.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.Texts;

/**
 * Why a send cannot be canceled here (the rule that applied), what to do next, and the ready
 * request to copy for Support. {@code send} is the send as it is now. Ids for TestFX
 * (docs/design.md): supportDialog, copySupportRequestButton.
 */
public record SupportDialog(String headline, String why, String nextStep, String request, Send send,
        CancelDecision decision) implements WindowDialog<Void> {

    /** The answer the policy gave for {@code send}: headline and next step follow the outcome. */
    public static SupportDialog of(Send send, CancelDecision decision, String request) {
        String key = decision.rule() == CancelRule.OFFLINE_REVIEW ? "OFFLINE" : decision.outcome().name();
        return new SupportDialog(Texts.get("ui.support.headline." + key), decision.message(),
                Texts.get("ui.support.next." + key), request, send, decision);
    }

    /** The send moved on while the user looked at it: say so, with its new state and what is possible now. */
    public static SupportDialog conflict(Send now, CancelDecision decision, String request) {
        String next = decision.allowsSelfCancel() ? Texts.get("ui.support.next.RETRY")
                : Texts.get("ui.support.next." + decision.outcome().name());
        return new SupportDialog(Texts.get("ui.support.conflict.headline", now.status().displayName()),
                decision.message(), next, request, now, decision);
    }

    @Override
    public Dialog<Void> build() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("ui.supportDialog.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("supportDialog");
        pane.setHeaderText(headline);

        Label whyText = wrapped(why);
        whyText.setId("supportWhy");
        Label nextText = wrapped(nextStep);
        nextText.setId("supportNext");
        TextArea requestText = new TextArea(request);
        requestText.setId("supportRequestText");
        requestText.setEditable(false);
        requestText.setWrapText(true);
        requestText.setPrefRowCount(7);
        Button copy = new Button(Texts.get("ui.supportDialog.copy"));
        copy.setId("copySupportRequestButton");
        Label copied = new Label();
        copied.getStyleClass().add("muted");
        copy.setOnAction(e -> {
            ClipboardText.copy(request);
            copied.setText(Texts.get("ui.supportDialog.copied"));
        });
        HBox copyRow = new HBox(10, copy, copied);
        copyRow.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(8, title("ui.supportDialog.why"), whyText, title("ui.supportDialog.next"), nextText,
                title("ui.supportDialog.request"), requestText, copyRow);
        body.setPrefWidth(500);
        pane.setContent(body);
        pane.getButtonTypes().setAll(new ButtonType(Texts.get("ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> null);
        return dialog;
    }

    private static Label title(String key) {
        Label title = new Label(Texts.get(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
