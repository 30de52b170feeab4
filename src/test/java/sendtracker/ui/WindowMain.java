package sendtracker.ui;

import javafx.application.Application;

import sendtracker.App;

/** Starts the real window from the test class path (the jar's Launcher does the same). */
public final class WindowMain {
    private WindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
