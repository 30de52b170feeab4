package sendtracker.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Backups of the live local store as the window uses them (File → Back up now…, Restore from
 * backup…, the status bar's last backup). Every call reads or writes files: call them off the FX
 * thread.
 */
public interface StoreBackups {

    /** When the newest backup in the backups folder was written; empty when there is none. */
    Optional<Instant> lastBackup();

    /**
     * Done when the day's backup that opening the store started has been written (a window writes
     * it in the background); the status bar reads the last backup again then.
     */
    default java.util.concurrent.CompletionStage<Void> dailyBackupDone() {
        return java.util.concurrent.CompletableFuture.completedFuture(null);
    }

    /** The backups folder (beside the store), where the file choosers start. */
    Path folder();

    /** Where "Back up now" suggests writing: the backups folder, named in its style. */
    Path suggestedFile();

    /** Writes a consistent copy of the store to {@code target}; returns the file written. */
    Path backup(Path target);

    /**
     * Closes the store, brings {@code file} back in its place (a copy of the current store kept
     * first) and opens it again. Throws, with the store still open and unchanged, when the file is
     * no backup or another copy of the app uses the store.
     */
    Restored restore(Path file);

    /**
     * The store opened again after a restore, and why the backup was not brought back after all
     * (null when it was).
     */
    record Restored(WindowSource source, String refused) {
    }
}
