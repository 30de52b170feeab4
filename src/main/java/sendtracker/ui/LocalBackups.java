package sendtracker.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import sendtracker.service.Backend;
import sendtracker.service.BackupService;
import sendtracker.service.OpenStoreRestore;

/**
 * {@link StoreBackups} of the live local store the window has open: its {@link BackupService},
 * and a restore that closes the store, restores and reopens it ({@link OpenStoreRestore}). The
 * reopened store replaces the one this object started with; {@link #current()} says which is open.
 */
public final class LocalBackups implements StoreBackups {
    private final String url;
    private final Clock clock;
    private final Function<String, Backend> reopen;
    private final Function<Backend, WindowSource> present;
    private volatile Backend open;

    /**
     * @param open    the live store, a local one (it has {@link Backend#backups()})
     * @param url     its JDBC URL
     * @param reopen  opens the store at a URL again, as the window opens it
     * @param present what the window shows of an opened store
     */
    public LocalBackups(Backend open, String url, Clock clock, Function<String, Backend> reopen,
            Function<Backend, WindowSource> present) {
        this.open = open;
        this.url = url;
        this.clock = clock;
        this.reopen = reopen;
        this.present = present;
    }

    /** The store open now: the one given, or the one a restore reopened. */
    public Backend current() {
        return open;
    }

    private BackupService service() {
        return open.backups().orElseThrow(() -> new IllegalStateException("not a local store: " + url));
    }

    @Override
    public java.util.concurrent.CompletionStage<Void> dailyBackupDone() {
        return current().dailyBackupDone();
    }

    @Override
    public Optional<Instant> lastBackup() {
        return service().lastBackup().map(BackupService.Backup::writtenAt);
    }

    @Override
    public Path folder() {
        return service().folder();
    }

    @Override
    public Path suggestedFile() {
        // the save dialog starts in the backups folder, so it must be there before the first daily copy
        createFolder(service().folder());
        return service().suggestedFile();
    }

    @Override
    public Path backup(Path target) {
        BackupService backups = service();
        Path folder = backups.folder();
        if (folder.equals(target.toAbsolutePath().getParent())) {
            createFolder(folder);
        }
        return backups.backup(target).file();
    }

    private static void createFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BackupService.BackupFailedException("Cannot create the backup folder " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Restored restore(Path file) {
        OpenStoreRestore.Result result = OpenStoreRestore.restore(open, url, file, clock, reopen);
        open = result.reopened();
        return new Restored(present.apply(open), result.refused());
    }
}
