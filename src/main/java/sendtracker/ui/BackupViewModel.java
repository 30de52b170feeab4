package sendtracker.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

import sendtracker.domain.Texts;

/**
 * Backups in the window (issue 10): the status bar's "Last backup", File → Back up now… and
 * File → Restore from backup…. Only for the local store: a team store has no backups here and
 * an offline review has no store, so both hide it. The file work runs in the background; a
 * restore closes the store, restores and reopens it ({@link StoreBackups#restore}), and the
 * window then shows the reopened store through {@code reopened}.
 */
public final class BackupViewModel {
    private final DialogService dialogs;
    private final Jobs jobs;
    private final Consumer<String> say;
    private final ReadOnlyObjectWrapper<StoreBackups> backups = new ReadOnlyObjectWrapper<>(this, "backups");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper(this, "lastBackup", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding available;
    private Consumer<StoreBackups.Restored> reopened = restored -> { };
    private String storeLabel = "";
    /** The file File → Back up now… wrote last (it may be outside the backups folder). */
    private Path writtenHere;

    BackupViewModel(DialogService dialogs, Jobs jobs, ObservableBooleanValue reviewing, Consumer<String> say) {
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.say = say;
        available = Bindings.createBooleanBinding(() -> backups.get() != null && !reviewing.get(), backups, reviewing);
    }

    /**
     * The live store's backups ({@code null} for a store without: a team store); {@code reopened}
     * shows the store again after a restore. Reads when the last backup was made.
     */
    public void connect(StoreBackups storeBackups, String label, Consumer<StoreBackups.Restored> onReopened) {
        backups.set(storeBackups);
        storeLabel = label == null ? "" : label;
        reopened = onReopened == null ? restored -> { } : onReopened;
        refreshLast();
        if (storeBackups != null) {
            // through a job, so the reading again starts where the view-model's work runs
            storeBackups.dailyBackupDone().thenRun(() -> jobs.submit(p -> Boolean.TRUE, done -> refreshLast(),
                    failure -> { }));
        }
    }

    /** Reads the newest backup's time again (after the daily copy, a backup or a restore). */
    public void refreshLast() {
        StoreBackups b = backups.get();
        if (b == null) {
            lastBackup.set("");
            return;
        }
        Path mine = writtenHere;
        jobs.submit(p -> newest(b.lastBackup(), mine), this::showLast, failure -> showLast(Optional.empty()));
    }

    /**
     * The newer of the folder's newest backup and the one File → Back up now… wrote: a backup saved
     * outside the backups folder is still the last one made (until a newer one is there).
     */
    private static Optional<Instant> newest(Optional<Instant> inFolder, Path written) {
        Optional<Instant> mine = Optional.empty();
        if (written != null && Files.isRegularFile(written)) {
            try {
                mine = Optional.of(Files.getLastModifiedTime(written).toInstant());
            } catch (IOException e) {
                mine = Optional.empty();
            }
        }
        if (inFolder.isEmpty()) {
            return mine;
        }
        return mine.isPresent() && mine.get().isAfter(inFolder.get()) ? mine : inFolder;
    }

    private void showLast(Optional<Instant> at) {
        lastBackup.set(at.map(t -> Texts.get("ui.backup.last", Formats.dateTime(t)))
                .orElse(Texts.get("ui.backup.none")));
    }

    /** File → Back up now…: asks where (the backups folder, named in its style), then writes it. */
    public void backupNow() {
        StoreBackups b = backups.get();
        if (!available.get() || busy.get()) {
            return;
        }
        busy.set(true);
        // the suggestion reads the clock and the folder: cheap, but a file system call all the same
        jobs.submit(p -> b.suggestedFile(), suggested -> {
            busy.set(false);
            Optional<Path> target = dialogs.chooseBackupTarget(suggested);
            target.ifPresent(file -> write(b, file));
        }, this::failedBackup);
    }

    private void write(StoreBackups b, Path file) {
        busy.set(true);
        say.accept(Texts.get("ui.backup.writing", file.getFileName().toString()));
        jobs.submit(p -> b.backup(file), written -> {
            busy.set(false);
            writtenHere = written;
            say.accept(Texts.get("ui.backup.written", written.toString()));
            refreshLast();
        }, this::failedBackup);
    }

    private void failedBackup(Throwable failure) {
        busy.set(false);
        String why = message(failure);
        say.accept(why);
        dialogs.showError(Texts.get("ui.backup.failed.title"), why);
    }

    /**
     * File → Restore from backup…: asks for the backup, confirms that the current store is
     * replaced (and a copy of it kept first), then restores in the background and shows the
     * store again. A file that is no backup, or a store another copy of the app uses, is refused
     * with the store unchanged.
     */
    public void restore() {
        StoreBackups b = backups.get();
        if (!available.get() || busy.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseBackupToRestore(b.folder());
        if (file.isEmpty()) {
            return;
        }
        Path chosen = file.get();
        dialogs.show(new RestoreDialog(storeLabel, chosen.toString(), b.folder().toString()), yes -> {
            if (Boolean.TRUE.equals(yes)) {
                run(b, chosen);
            }
        });
    }

    private void run(StoreBackups b, Path file) {
        busy.set(true);
        say.accept(Texts.get("ui.restore.running", file.getFileName().toString()));
        jobs.submit(p -> b.restore(file), restored -> {
            busy.set(false);
            reopened.accept(restored);
            if (restored.refused() != null) {
                say.accept(restored.refused());
                dialogs.showError(Texts.get("ui.restore.failed.title"), restored.refused());
            } else {
                say.accept(Texts.get("ui.restore.done", file.getFileName().toString(), b.folder().toString()));
            }
            refreshLast();
        }, failure -> {
            busy.set(false);
            String why = message(failure);
            say.accept(why);
            dialogs.showError(Texts.get("ui.restore.failed.title"), why);
        });
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }

    /** "Last backup: 2 Dec 2026, 01:05", "No backup yet", or empty without backups. */
    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    /** True while the live local store is shown: the menu items and the label are there. */
    public BooleanBinding availableProperty() {
        return available;
    }

    /** True while a backup or a restore runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
