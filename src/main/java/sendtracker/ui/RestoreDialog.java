package sendtracker.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;

import sendtracker.domain.Texts;

/**
 * The confirmation before a restore: the current store is replaced by the backup, a copy of it
 * is kept first. Answers {@code true} on "Replace the store". Ids: restoreDialog,
 * confirmRestoreButton.
 *
 * @param store   the open store, as the status bar names it
 * @param backup  the chosen backup file
 * @param keptIn  the folder where the current store's copy is kept
 */
public record RestoreDialog(String store, String backup, String keptIn) implements WindowDialog<Boolean> {

    /** The dialog's text (also read by tests). */
    public String text() {
        return Texts.get("ui.restore.confirm.text", store, backup, keptIn);
    }

    @Override
    public Dialog<Boolean> build() {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("ui.restore.confirm.title"));
        dialog.getDialogPane().setId("restoreDialog");
        Label text = new Label(text());
        text.setWrapText(true);
        text.setPrefWidth(520);
        dialog.getDialogPane().setContent(text);
        ButtonType replace = new ButtonType(Texts.get("ui.restore.confirm.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(replace, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(replace).setId("confirmRestoreButton");
        // keeping the store is the default: Enter does not replace it
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        dialog.setResultConverter(button -> button == replace ? Boolean.TRUE : null);
        return dialog;
    }
}
