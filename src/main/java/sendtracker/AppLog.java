package sendtracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import sendtracker.store.Database;

/** The window's log: rotating files in the user's data folder, never inside the installation. */
final class AppLog {
    private AppLog() {
    }

    /** Sends the app's log records to {@code <data folder>/logs/send-tracker.N.log}; quietly does nothing if it cannot. */
    static Path toDataFolder() {
        Path folder = Database.dataFolder().resolve("logs");
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("send-tracker.%g.log").toString(), 2_000_000, 3,
                    true);
            handler.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            Logger.getLogger("sendtracker").setLevel(Level.INFO);
            Logger.getLogger("sendtracker").info("Send Tracker window started");
            return folder;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
