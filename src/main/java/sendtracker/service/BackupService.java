package sendtracker.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import sendtracker.store.StoreFiles;
import sendtracker.store.StoreLockedException;

/**
 * Backups of the local store (docs/design.md, "Reliability promises"): a consistent copy on the
 * first open of each day in {@code backups/} beside the store (the last {@value #KEEP} kept), one
 * on demand to any file, and bringing one back into a closed store. A copy is written under a
 * temporary name and renamed when whole, so a failed one leaves no partial file.
 */
public final class BackupService {
    /** How many daily backups are kept. */
    public static final int KEEP = 7;
    /** The folder beside the store that holds the daily backups. */
    public static final String FOLDER = "backups";

    /** A backup could not be written or brought back; the message is one line for the user. */
    public static final class BackupFailedException extends RuntimeException {
        public BackupFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One backup file and when it was written. */
    public record Backup(Path file, Instant writtenAt) {
    }

    private final Path base;
    private final DataSource openStore;
    private final Clock clock;

    private BackupService(Path base, DataSource openStore, Clock clock) {
        this.base = base;
        this.openStore = openStore;
        this.clock = clock;
    }

    /** For the open store at {@code jdbcUrl}; empty when it is not a local H2 file store (nothing to back up). */
    public static Optional<BackupService> forOpenStore(String jdbcUrl, DataSource openStore, Clock clock) {
        return StoreFiles.basePath(jdbcUrl).map(b -> new BackupService(b, openStore, clock));
    }

    /** For restoring the closed store at {@code jdbcUrl} (no store is opened); empty when it is not a local H2 file store. */
    public static Optional<BackupService> forClosedStore(String jdbcUrl, Clock clock) {
        return StoreFiles.basePath(jdbcUrl).map(b -> new BackupService(b, null, clock));
    }

    /** The folder of the daily backups: {@code backups/} beside the store file. */
    public Path folder() {
        return base.getParent().resolve(FOLDER);
    }

    /** Writes a consistent copy of the open store to {@code target} (a zip); returns it. */
    public Backup backup(Path target) {
        if (openStore == null) {
            throw new IllegalStateException("no open store to back up");
        }
        Path file = target.toAbsolutePath();
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("it is a folder");
            }
            // as export does: a folder that is not there is a typo more often than a wish (issue 15)
            if (!Files.isDirectory(file.getParent())) {
                throw new IOException("the folder " + file.getParent() + " does not exist");
            }
            Files.deleteIfExists(temporary);
            StoreFiles.backup(openStore, temporary);
            StoreFiles.storeEntry(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return new Backup(file, Files.getLastModifiedTime(file).toInstant());
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException | RuntimeException ignored) {
                // the folder itself is not usable: there is no partial file to remove
            }
            throw new BackupFailedException("Cannot write the backup " + file + ": " + reason(e), e);
        }
    }

    /** On the first open of a day: today's copy in {@link #folder()}, and only the last {@value #KEEP} kept. */
    public Optional<Backup> dailyIfDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Path file = folder().resolve(base.getFileName() + "-" + today + ".zip");
        if (Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder());
        } catch (IOException e) {
            throw new BackupFailedException("Cannot create the backup folder " + folder() + ": " + reason(e), e);
        }
        Backup made = backup(file);
        List<Path> daily = dailyBackups();
        for (int i = 0; i < daily.size() - KEEP; i++) {
            try {
                Files.deleteIfExists(daily.get(i));
            } catch (IOException e) {
                // an old backup that cannot be removed now is removed on a later day
            }
        }
        return Optional.of(made);
    }

    /**
     * The newest backup in {@link #folder()}: a daily one or one the window wrote there (any
     * {@code <store>-….zip}), by when it was written; empty when there is none.
     */
    public Optional<Backup> lastBackup() {
        Backup newest = null;
        for (Path p : backupsInFolder(false)) {
            try {
                Instant at = Files.getLastModifiedTime(p).toInstant();
                if (newest == null || at.isAfter(newest.writtenAt())) {
                    newest = new Backup(p, at);
                }
            } catch (IOException e) {
                // a file removed meanwhile is no backup any more
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * Where "Back up now" suggests writing: {@link #folder()}, named as the daily copies are with
     * the time of day added ({@code sends-2026-12-02T011530.zip}), so it sorts after that day's
     * daily copy and is never taken for one (nor removed with the old daily ones).
     */
    public Path suggestedFile() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return folder().resolve(base.getFileName() + "-" + now.toLocalDate() + "T"
                + now.format(DateTimeFormatter.ofPattern("HHmmss")) + ".zip");
    }

    /**
     * Checks that {@code file} is a whole backup of a store, changing nothing (the window asks
     * before it closes its store to restore).
     *
     * @throws BackupFailedException when it is not, with the reason in one line
     */
    public void verify(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupFailedException("No backup file " + file + ".", null);
        }
        try {
            StoreFiles.verify(file, folder());
        } catch (IOException e) {
            throw new BackupFailedException("Not restored: " + file + " is not a Send Tracker backup (" + reason(e)
                    + "). The store is unchanged.", e);
        }
    }

    /**
     * True when another copy of the app uses the open store through this process (the window
     * serves it to a command line or a second window); a restore must wait until they are done.
     */
    public boolean usedByAnotherCopy() {
        if (openStore == null) {
            return false;
        }
        try {
            return StoreFiles.servedToAnotherProcess(openStore);
        } catch (SQLException e) {
            return false; // the restore's own lock check still refuses a store held elsewhere
        }
    }

    /**
     * Brings the backup {@code file} back in place of the store, which must be closed in this
     * process; the store it replaces is kept in {@link #folder()} as
     * {@code <name>-before-restore.mv.db.old}. Refused, with the store untouched, while another copy of the app has it open and
     * when the file is no whole backup of a store.
     *
     * @throws StoreLockedException  when another running copy has the store open
     * @throws BackupFailedException when the file is not a backup or cannot be read
     */
    public void restore(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupFailedException("No backup file " + file + ".", null);
        }
        try {
            StoreFiles.restore(file, base, folder().resolve(base.getFileName() + "-before-restore.mv.db.old"));
        } catch (IOException e) {
            throw new BackupFailedException("Not restored: " + file + " is not a Send Tracker backup (" + reason(e)
                    + "). The store is unchanged.", e);
        }
    }

    /** The daily backup files, oldest first (their names end in the date). */
    private List<Path> dailyBackups() {
        return backupsInFolder(true);
    }

    /** The store's backups in {@link #folder()} by name: only the daily ones ({@code <store>-DATE.zip}), or all. */
    private List<Path> backupsInFolder(boolean dailyOnly) {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        String prefix = base.getFileName() + "-";
        int dailyLength = prefix.length() + "2026-12-02.zip".length();
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> out = new ArrayList<>(files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".zip") && (!dailyOnly || n.length() == dailyLength);
            }).toList());
            out.sort(Comparator.comparing(p -> p.getFileName().toString()));
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (String end : new String[] {"; SQL statement", " [", "\n"}) {
            int cut = m.indexOf(end);
            m = cut > 0 ? m.substring(0, cut) : m;
        }
        return m;
    }
}
