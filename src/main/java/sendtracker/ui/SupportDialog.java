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
 * supportDialog, copySupportRequestButton, requestCancelButton (with requestCancelReason); also
 * supportContact, emailSupportButton, requestPendingNote.
 *
 * @param request        the text for Support, or null for a closed send
 * @param openUrl        opens the mail draft (HostServices in the app, a recorder in tests)
 * @param onRequest      records a tracked cancellation request with the reason typed (may be blank), or
 *                       null when none can be recorded here
 * @param pendingRequest what to say instead when the send has a request waiting already, or null
 * @param setupHint      true for an admin: an unset contact names where to set it (others just ask their admin)
 */
public record SupportDialog(String headline, String why, String nextStep, String request, Send send,
        CancelDecision decision, SupportContact contact, Consumer<String> openUrl, Consumer<String> onRequest,
        String pendingRequest, boolean setupHint) implements WindowDialog<Void> {

    /** The answer the policy gave for {@code send}: headline and next step follow the outcome. */
    public static SupportDialog of(Send send, CancelDecision decision, String request) {
        String key = decision.rule() == CancelRule.OFFLINE_REVIEW ? "OFFLINE" : decision.outcome().name();
        return new SupportDialog(Texts.get("ui.support.headline." + key), decision.message(),
                Texts.get("ui.support.next." + key), closed(decision) ? null : request, send, decision,
                SupportContact.NONE, url -> { }, null, null, false);
    }

    /** The send moved on while the user looked at it: say so, with its new state and what is possible now. */
    public static SupportDialog conflict(Send now, CancelDecision decision, String request) {
        String next = decision.allowsSelfCancel() ? Texts.get("ui.support.next.RETRY")
                : Texts.get("ui.support.next." + decision.outcome().name());
        return new SupportDialog(Texts.get("ui.support.conflict.headline", now.status().displayName()),
                decision.message(), next, closed(decision) ? null : request, now, decision, SupportContact.NONE,
                url -> { }, null, null, false);
    }

    /** The same dialog, saying how to reach Support and opening mail drafts through {@code opener}. */
    public SupportDialog reaching(SupportContact how, Consumer<String> opener) {
        return new SupportDialog(headline, why, nextStep, request, send, decision, how, opener, onRequest,
                pendingRequest, setupHint);
    }

    /** The same dialog for an admin ({@code admin} true), who may see where the contact is set. */
    public SupportDialog withSetupHint(boolean admin) {
        return new SupportDialog(headline, why, nextStep, request, send, decision, contact, openUrl, onRequest,
                pendingRequest, admin);
    }

    /**
     * The same dialog offering "Request cancellation" ({@code record} gets the reason), or, when
     * {@code pending} is set, saying that a request already waits.
     */
    public SupportDialog requesting(Consumer<String> record, String pending) {
        return new SupportDialog(headline, why, nextStep, request, send, decision, contact, openUrl, record, pending,
                setupHint);
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
        if (pendingRequest != null) {
            Label pending = wrapped(pendingRequest);
            pending.setId("requestPendingNote");
            pending.getStyleClass().add("request-pending");
            body.getChildren().addAll(title("ui.supportDialog.track"), pending);
        } else if (onRequest != null && request != null) {
            body.getChildren().addAll(title("ui.supportDialog.track"), requestRow(dialog));
        }
        body.setPrefWidth(520);
        pane.setContent(body);
        pane.getButtonTypes().setAll(new ButtonType(Texts.get("ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> null);
        return dialog;
    }

    /** "Request cancellation": records the request (the reason is optional) and closes the dialog. */
    private VBox requestRow(Dialog<Void> dialog) {
        Label about = wrapped(Texts.get("ui.supportDialog.track.about"));
        about.getStyleClass().add("muted");
        javafx.scene.control.TextField reason = new javafx.scene.control.TextField();
        reason.setId("requestCancelReason");
        reason.setPromptText(Texts.get("ui.supportDialog.track.reason"));
        Button record = new Button(Texts.get("ui.supportDialog.track.button"));
        record.setId("requestCancelButton");
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setOnAction(e -> {
            onRequest.accept(reason.getText() == null ? "" : reason.getText());
            dialog.close();
        });
        HBox row = new HBox(10, reason, record);
        HBox.setHgrow(reason, javafx.scene.layout.Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, about, row);
    }

    private HBox contactRow() {
        Label how = wrapped(contact.isSet() ? contact.text()
                : Texts.get(setupHint ? "ui.supportDialog.reach.unset.admin" : "ui.supportDialog.reach.unset"));
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
