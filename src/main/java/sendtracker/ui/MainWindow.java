package sendtracker.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

import sendtracker.domain.Texts;

/** Loads the main window (main.fxml, the bundle, the stylesheet) around a {@link MainViewModel}. */
public final class MainWindow {
    public static final String STYLESHEET = MainWindow.class.getResource("/css/tracker.css").toExternalForm();

    private MainWindow() {
    }

    /** The window's scene; {@code openUrl} opens a tracking page in the browser, {@code onQuit} closes the app. */
    public static Scene scene(MainViewModel vm, Consumer<String> openUrl, Runnable onQuit) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/fxml/main.fxml"), Texts.bundle());
        MainController controller = new MainController(vm, openUrl, onQuit);
        loader.setController(controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The window layout could not be loaded", e);
        }
        Scene scene = new Scene(root, 1400, 880);
        scene.getStylesheets().add(STYLESHEET);
        controller.install(scene);
        return scene;
    }
}
