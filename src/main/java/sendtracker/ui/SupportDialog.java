package sendtracker.ui;

import java.util.function.Consumer;

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
import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.Texts;
import sendtracker.service.SupportContact;

/**
 * Why a send cannot be canceled here (the rule that applied), what to do next, the ready
 * request to copy for Support, and how to reach Support (with a mail draft when the admin set
 * an email address). A send that is already closed gets no request: there is nothing left to
 * ask for. {@code send} is the send as it is now. Ids for TestFX (docs/design.md):
 * supportDialog, copySupportRequestButton; also supportContact, emailSupportButton.
 *
 * @param request the text for Support, or null for a closed send
 * @param openUrl opens the mail draft (HostServices in the app, a recorder in tests)
 */
public record SupportDialog(String headline, String why, String nextStep, String request, Send send,
        CancelDecision decision, SupportContact contact, Consumer<String> openUrl) implements WindowDialog<Void> {

    /** The answer the policy gave for {@code send}: headline and next step follow the outcome. */
    public static SupportDialog of(Send send, CancelDecision decision, String request) {
        String key = decision.rule() == CancelRule.OFFLINE_REVIEW ? "OFFLINE" : decision.outcome().name();
        return new SupportDialog(Texts.get("ui.support.headline." + key), decision.message(),
                Texts.get("ui.support.next." + key), closed(decision) ? null : request, send, decision,
                SupportContact.NONE, url -> { });
    }

    /** The send moved on while the user looked at it: say so, with its new state and what is possible now. */
    public static SupportDialog conflict(Send now, CancelDecision decision, String request) {
        String next = decision.allowsSelfCancel() ? Texts.get("ui.support.next.RETRY")
                : Texts.get("ui.support.next." + decision.outcome().name());
        return new SupportDialog(Texts.get("ui.support.conflict.headline", now.status().displayName()),
                decision.message(), next, closed(decision) ? null : request, now, decision, SupportContact.NONE,
                url -> { });
    }

    /** The same dialog, saying how to reach Support and opening mail drafts through {@code opener}. */
    public SupportDialog reaching(SupportContact how, Consumer<String> opener) {
        return new SupportDialog(headline, why, nextStep, request, send, decision, how, opener);
    }

    private static boolean closed(CancelDecision decision) {
        return decision.outcome() == CancelOutcome.ALREADY_CLOSED;
    }

    /** The mail draft's link, or null when there is no email address to write to. */
    public String mailDraft() {
        if (!contact.isEmail()) {
            return null;
        }
        String body = request != null ? request : Texts.get("ui.support.mail.closedBody", send.id());
        return contact.mailto(Texts.get("ui.support.mail.subject", send.id()), body);
    }

    @Override
    public Dialog<Void> build() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Texts.get(request == null ? "ui.supportDialog.titleClosed" : "ui.supportDialog.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("supportDialog");
        pane.setHeaderText(headline);

        Label whyText = wrapped(why);
        whyText.setId("supportWhy");
        Label nextText = wrapped(nextStep);
        nextText.setId("supportNext");
        VBox body = new VBox(8, title("ui.supportDialog.why"), whyText, title("ui.supportDialog.next"), nextText);
        if (request != null) {
            TextArea requestText = new TextArea(request);
            requestText.setId("supportRequestText");
            requestText.setEditable(false);
            requestText.setWrapText(true);
            requestText.setPrefRowCount(11);
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
            body.getChildren().addAll(title("ui.supportDialog.request"), requestText, copyRow);
        }
        body.getChildren().addAll(title("ui.supportDialog.reach"), contactRow());
        body.setPrefWidth(520);
        pane.setContent(body);
        pane.getButtonTypes().setAll(new ButtonType(Texts.get("ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> null);
        return dialog;
    }

    private HBox contactRow() {
        Label how = wrapped(contact.isSet() ? contact.text() : Texts.get("ui.supportDialog.reach.unset"));
        how.setId("supportContact");
        HBox row = new HBox(10, how);
        row.setAlignment(Pos.CENTER_LEFT);
        String draft = mailDraft();
        if (draft != null) {
            Button mail = new Button(Texts.get("ui.supportDialog.mail"));
            mail.setId("emailSupportButton");
            mail.setMinWidth(Region.USE_PREF_SIZE);
            mail.setOnAction(e -> openUrl.accept(draft));
            row.getChildren().add(mail);
        }
        return row;
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
