package sendtracker.ui;

import java.nio.file.Path;

import sendtracker.domain.User;

/**
 * The live store as the window presents it: which store it is, whether this open created it,
 * and how to fill it when it is empty.
 *
 * @param label     where it is, for people (a path, or server and database), password masked
 * @param createdNow true when the store did not exist and was created by this open
 * @param filler    fills the store (demo sends, an import); its calls run off the FX thread
 */
public record LiveStore(String label, boolean createdNow, Filler filler) {

    /** Fills the live store; both calls may take a while and run in the background. */
    public interface Filler {
        /** Adds demo sends (and the demo users); returns how many sends were added. */
        long loadDemo();

        /** Imports one CSV or JSON export as {@code actor}; returns the one-line summary. */
        String importFile(Path file, User actor, Jobs.Progress progress);
    }
}
