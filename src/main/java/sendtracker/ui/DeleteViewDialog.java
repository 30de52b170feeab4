package sendtracker.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;

import sendtracker.domain.Texts;

/** Asks before a saved view is deleted; answers true to delete. Ids: deleteViewDialog, confirmDeleteViewButton. */
public record DeleteViewDialog(String name) implements WindowDialog<Boolean> {

    @Override
    public Dialog<Boolean> build() {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("ui.views.deleteDialog.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("deleteViewDialog");
        pane.setHeaderText(Texts.get("ui.views.deleteDialog.header", name));
        Label text = new Label(Texts.get("ui.views.deleteDialog.text"));
        text.setWrapText(true);
        pane.setContent(text);
        pane.setPrefWidth(420);
        ButtonType delete = new ButtonType(Texts.get("ui.views.deleteButton"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ButtonType.CANCEL, delete);
        Button deleteButton = (Button) pane.lookupButton(delete);
        deleteButton.setId("confirmDeleteViewButton");
        deleteButton.getStyleClass().add("danger-button");
        dialog.setResultConverter(button -> button == delete ? Boolean.TRUE : null);
        return dialog;
    }
}
