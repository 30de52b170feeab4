package sendtracker.ui;

import java.util.Optional;
import java.util.function.Function;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import sendtracker.domain.SavedView;
import sendtracker.domain.Texts;

/**
 * Asks for a view's name, saying under the field what is wrong with it (empty, too long, taken)
 * or, when saving, that a view of that name is replaced; the confirm button says "Replace"
 * then. It answers the name as typed. Ids for TestFX: viewNameDialog, viewNameField,
 * viewNameMessage, confirmViewNameButton.
 *
 * @param taken the person's other view of a name, if any
 */
public record ViewNameDialog(String title, String initialName, String confirmText, boolean offersReplace,
        Function<String, Optional<SavedView>> taken) implements WindowDialog<String> {

    /** Save view: {@code existing} finds a view of the name among the person's views. */
    static ViewNameDialog forSave(String suggested, Function<String, Optional<SavedView>> existing) {
        return new ViewNameDialog(Texts.get("ui.views.saveDialog.title"), suggested, Texts.get("ui.views.saveButton"),
                true, existing);
    }

    /** Rename: {@code others} finds another view of the name (the view itself may change its case). */
    static ViewNameDialog forRename(String name, Function<String, Optional<SavedView>> others) {
        return new ViewNameDialog(Texts.get("ui.views.renameDialog.title", name), name,
                Texts.get("ui.views.renameButton"), false, others);
    }

    /** What the dialog says about {@code name}. */
    public record Check(String message, boolean allowed, boolean replaces) { }

    public Check check(String name) {
        Optional<String> problem = SavedView.nameProblem(name);
        if (problem.isPresent()) {
            return new Check(problem.get(), false, false);
        }
        Optional<SavedView> other = taken.apply(name);
        if (other.isEmpty()) {
            return new Check("", true, false);
        }
        return offersReplace ? new Check(Texts.get("ui.views.replaces", other.get().name()), true, true)
                : new Check(Texts.get("view.name.taken", name.strip()), false, false);
    }

    @Override
    public Dialog<String> build() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("viewNameDialog");
        pane.setHeaderText(title);
        Label label = new Label(Texts.get("ui.views.name"));
        label.getStyleClass().add("field-label");
        TextField field = new TextField(initialName);
        field.setId("viewNameField");
        field.setPrefColumnCount(30);
        label.setLabelFor(field);
        Label message = new Label();
        message.setId("viewNameMessage");
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        pane.setContent(new VBox(8, label, field, message));
        pane.setPrefWidth(440);

        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ButtonType.CANCEL, confirm);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId("confirmViewNameButton");
        Runnable update = () -> {
            Check c = check(field.getText());
            message.setText(c.message());
            confirmButton.setDisable(!c.allowed());
            confirmButton.setText(c.replaces() ? Texts.get("ui.views.replace") : confirmText);
        };
        field.textProperty().addListener((obs, old, text) -> update.run());
        update.run();
        dialog.setResultConverter(button -> button == confirm ? field.getText() : null);
        dialog.setOnShown(e -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog;
    }
}
