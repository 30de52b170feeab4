package sendtracker;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application (the window itself comes with the UI work). */
public class App extends Application {
    static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Send Tracker"), 400, 200));
        stage.show();
    }
}
