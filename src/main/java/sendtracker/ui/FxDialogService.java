package sendtracker.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;
import sendtracker.domain.Texts;

/** The window's dialogs: the cancel modal, the support dialog, messages and file choosers. */
public class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final String stylesheet;

    /** {@code stylesheet} (may be null) styles the dialogs like the main window. */
    public FxDialogService(Supplier<Window> owner, String stylesheet) {
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    @Override
    public void confirmCancel(Send send, CancelDecision decision, Consumer<String> onConfirm) {
        Dialog<ButtonType> dialog = dialog(Texts.get("ui.cancelDialog.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("cancelDialog");
        pane.setHeaderText(Texts.get("ui.cancelDialog.header", send.id(),
                Formats.orDash(send.recipientName()), send.typeDisplayName()));

        Label what = new Label(Texts.get("ui.cancelDialog.what"));
        what.getStyleClass().add("section-title");
        Label steps = new Label(Texts.get("ui.cancelDialog.steps",
                Formats.orDash(Formats.money(send.cost(), send.currency())),
                Formats.orDash(send.fundingSource())));
        steps.setWrapText(true);
        steps.setMinHeight(Region.USE_PREF_SIZE);
        Label rule = new Label(decision.message());
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        rule.getStyleClass().add("muted");
        Label reasonLabel = new Label(Texts.get("ui.cancelDialog.reason"));
        reasonLabel.getStyleClass().add("field-label");
        TextArea reason = new TextArea();
        reason.setId("cancelReason");
        reason.setPromptText(Texts.get("ui.cancelDialog.reason.prompt"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reasonLabel.setLabelFor(reason);
        VBox body = new VBox(10, what, steps, rule, reasonLabel, reason);
        body.setPrefWidth(460);
        pane.setContent(body);

        ButtonType confirm = new ButtonType(Texts.get("ui.cancelDialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Texts.get("ui.cancelDialog.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(keep, confirm);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId("confirmCancelButton");
        confirmButton.getStyleClass().add("danger-button");
        confirmButton.setDefaultButton(false);
        ((Button) pane.lookupButton(keep)).setDefaultButton(true);
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == confirm) {
                onConfirm.accept(reason.getText() == null ? "" : reason.getText());
            }
        });
        dialog.show();
    }

    @Override
    public void showSupport(SupportInfo info) {
        Dialog<ButtonType> dialog = dialog(Texts.get("ui.supportDialog.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("supportDialog");
        pane.setHeaderText(info.headline());

        Label whyTitle = new Label(Texts.get("ui.supportDialog.why"));
        whyTitle.getStyleClass().add("section-title");
        Label why = new Label(info.why());
        why.setId("supportWhy");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        Label nextTitle = new Label(Texts.get("ui.supportDialog.next"));
        nextTitle.getStyleClass().add("section-title");
        Label next = new Label(info.nextStep());
        next.setId("supportNext");
        next.setWrapText(true);
        next.setMinHeight(Region.USE_PREF_SIZE);
        Label requestTitle = new Label(Texts.get("ui.supportDialog.request"));
        requestTitle.getStyleClass().add("section-title");
        TextArea request = new TextArea(info.request());
        request.setId("supportRequestText");
        request.setEditable(false);
        request.setWrapText(true);
        request.setPrefRowCount(7);
        Button copy = new Button(Texts.get("ui.supportDialog.copy"));
        copy.setId("copySupportRequestButton");
        Label copied = new Label();
        copied.getStyleClass().add("muted");
        copy.setOnAction(e -> {
            copyToClipboard(info.request());
            copied.setText(Texts.get("ui.supportDialog.copied"));
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox copyRow = new HBox(10, copy, copied);
        copyRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox body = new VBox(8, whyTitle, why, nextTitle, next, requestTitle, request, copyRow);
        body.setPrefWidth(500);
        pane.setContent(body);
        pane.getButtonTypes().setAll(new ButtonType(Texts.get("ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }

    @Override
    public void showInfo(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text);
    }

    @Override
    public void showError(String title, String text) {
        alert(Alert.AlertType.ERROR, title, text);
    }

    @Override
    public Optional<Path> chooseExportTarget(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.export.chooser.title"));
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(Texts.get("ui.file.csv"), "*.csv");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(Texts.get("ui.file.json"), "*.json");
        chooser.getExtensionFilters().addAll(csv, json);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            file = new File(file.getParentFile(), file.getName()
                    + (chooser.getSelectedExtensionFilter() == json ? ".json" : ".csv"));
        }
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> chooseExportToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.review.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("ui.file.exports"), "*.csv", "*.json"),
                new FileChooser.ExtensionFilter(Texts.get("ui.file.all"), "*.*"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Puts text on the system clipboard. */
    public static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private void alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setPrefWidth(420);
        body.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        style(alert);
        alert.show();
    }

    private <T> Dialog<T> dialog(String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        style(dialog);
        return dialog;
    }

    private void style(Dialog<?> dialog) {
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        if (stylesheet != null) {
            dialog.getDialogPane().getStylesheets().add(stylesheet);
        }
        dialog.getDialogPane().getStyleClass().add("tracker-dialog");
    }
}
