package sendtracker.ui;

import java.util.List;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

import sendtracker.domain.Texts;

/** View → Messages: the status line's past messages, newest first. Ids: messagesDialog, messagesList. */
public record MessagesDialog(List<String> messages) implements WindowDialog<Void> {
    public MessagesDialog {
        messages = List.copyOf(messages);
    }

    @Override
    public Dialog<Void> build() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("ui.messages.title"));
        dialog.getDialogPane().setId("messagesDialog");
        ListView<String> list = new ListView<>();
        list.setId("messagesList");
        list.getItems().setAll(messages);
        list.setPlaceholder(new Label(Texts.get("ui.messages.none")));
        list.setPrefSize(560, 300);
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(Texts.get("ui.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> null);
        return dialog;
    }
}
