package sendtracker.ui;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import sendtracker.domain.Texts;

/**
 * Signing in to a team store whose URL carries no password (docs/design.md, "Team store"; ids in
 * DESIGN §6: {@code signInDialog}, {@code loginField}, {@code passwordField}, {@code signInButton}).
 * A refused login or password shows the store's one-line answer in {@code signInError}; the person
 * may try again. The password goes only to {@code attempt}, never into a title, message or log.
 */
public final class SignInDialog<T> {
    /** Opens the store as {@code login}; throws with a one-line reason when the server refuses. Off the FX thread. */
    @FunctionalInterface
    public interface Attempt<T> {
        T signIn(String login, String password) throws Exception;
    }

    private final Stage stage = new Stage();
    private final TextField loginField = new TextField();
    private final PasswordField passwordField = new PasswordField();
    private final Button signInButton = new Button(Texts.get("ui.signIn.button"));
    private final Label error = new Label();
    private boolean signedIn;

    /**
     * @param where    the store, as shown (its password masked)
     * @param onGiveUp the dialog was closed without signing in
     */
    public SignInDialog(Window owner, String where, String login, Jobs jobs, Attempt<T> attempt,
            Consumer<T> onSignedIn, Runnable onGiveUp) {
        loginField.setId("loginField");
        loginField.setText(login == null ? "" : login);
        passwordField.setId("passwordField");
        signInButton.setId("signInButton");
        signInButton.setDefaultButton(true);
        error.setId("signInError");
        error.setWrapText(true);
        Label intro = new Label(Texts.get("ui.signIn.intro", where));
        intro.setWrapText(true);
        VBox root = new VBox(8, intro, new Label(Texts.get("ui.signIn.login")), loginField,
                new Label(Texts.get("ui.signIn.password")), passwordField, error, signInButton);
        root.setId("signInDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(420);
        signInButton.setOnAction(e -> {
            String who = loginField.getText().trim();
            String secret = passwordField.getText();
            signInButton.setDisable(true);
            error.setText("");
            jobs.submit(p -> attempt.signIn(who, secret), opened -> {
                signedIn = true;
                stage.close();
                onSignedIn.accept(opened);
            }, failure -> {
                error.setText(failure.getMessage() == null ? Texts.get("ui.signIn.failed") : failure.getMessage());
                passwordField.clear();
                signInButton.setDisable(false);
                passwordField.requestFocus();
            });
        });
        stage.setOnHidden(e -> {
            if (!signedIn) {
                onGiveUp.run();
            }
        });
        stage.setTitle(Texts.get("ui.signIn.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        (loginField.getText().isEmpty() ? loginField : passwordField).requestFocus();
    }
}
