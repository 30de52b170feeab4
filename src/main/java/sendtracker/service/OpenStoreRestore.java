package sendtracker.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

import sendtracker.domain.Texts;
import sendtracker.store.StoreLockedException;

/**
 * Restoring a backup in place of the store this process has open (the window's File → Restore
 * from backup…, docs/design.md "Backups in the window"). A store cannot be replaced while it is
 * open, so the order is: check everything that can be checked with the store still open (the
 * file is a whole backup; no other copy of the app uses the store through this one), then close
 * it, restore, and open it again — also when the restore itself was refused, so the window
 * always ends with an open store. Only a failure to reopen leaves it without one.
 */
public final class OpenStoreRestore {
    /** The store as it is after the attempt, and why the backup was not brought back (null when it was). */
    public record Result(Backend reopened, String refused) {
    }

    private OpenStoreRestore() {
    }

    /**
     * Restores {@code file} into the store at {@code url}, which {@code open} has open; returns the
     * store opened again by {@code reopen}.
     *
     * @throws BackupService.BackupFailedException when the file is no backup, the store is not a
     *                                             local one, or another copy uses it; {@code open}
     *                                             is then still open and unchanged
     */
    public static Result restore(Backend open, String url, Path file, Clock clock, Function<String, Backend> reopen) {
        Objects.requireNonNull(open, "open");
        BackupService closed = BackupService.forClosedStore(url, clock).orElseThrow(() ->
                new BackupService.BackupFailedException(Texts.get("ui.backup.notLocal"), null));
        closed.verify(file);
        BackupService live = open.backups().orElseThrow(() ->
                new BackupService.BackupFailedException(Texts.get("ui.backup.notLocal"), null));
        if (live.usedByAnotherCopy()) {
            throw new BackupService.BackupFailedException(Texts.get("ui.restore.inUse"), null);
        }
        // a window's day backup may still be copying the store: it finishes before the files are replaced
        open.dailyBackupDone().join();
        open.close();
        String refused = null;
        try {
            closed.restore(file);
        } catch (StoreLockedException e) {
            refused = Texts.get("ui.restore.inUse");
        } catch (BackupService.BackupFailedException e) {
            refused = e.getMessage();
        }
        return new Result(reopen.apply(url), refused);
    }
}
