package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import sendtracker.service.BackupService;

/** The window's backups without a screen: what the status bar says, when they are offered, what a restore tells. */
class BackupViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MainViewModel vm = new MainViewModel(dialogs, Jobs.direct(), (file, progress) ->
            WindowSource.of(UiFixture.service()));

    /** Backups of a pretend store: records what the window asked, answers as set. */
    private static final class FakeBackups implements StoreBackups {
        Instant last;
        final List<Path> restored = new ArrayList<>();
        RuntimeException restoreFails;
        String refused;
        /** Writes the file where asked, as a backup outside the backups folder: the folder's newest stays as it was. */
        boolean outsideTheFolder;
        final WindowSource reopened = WindowSource.of(UiFixture.service());

        @Override
        public Optional<Instant> lastBackup() {
            return Optional.ofNullable(last);
        }

        @Override
        public Path folder() {
            return Path.of("/data/backups");
        }

        @Override
        public Path suggestedFile() {
            return folder().resolve("store-2026-11-20T120000.zip");
        }

        @Override
        public Path backup(Path target) {
            if (outsideTheFolder) {
                try {
                    java.nio.file.Files.writeString(target, "zip");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return target;
            }
            last = UiFixture.NOW;
            return target;
        }

        @Override
        public Restored restore(Path file) {
            if (restoreFails != null) {
                throw restoreFails;
            }
            restored.add(file);
            return new Restored(reopened, refused);
        }
    }

    @Test
    void aLocalStoreWithoutBackupsSaysSoAndShowsTheTimeOnceThereIsOne() {
        FakeBackups backups = new FakeBackups();
        vm.backups().connect(backups, "/data/store", r -> { });
        assertTrue(vm.backups().availableProperty().get());
        assertEquals("No backup yet", vm.backups().lastBackupProperty().get());

        dialogs.backupTarget = Path.of("/data/backups/mine.zip");
        vm.backups().backupNow();
        assertEquals("Last backup: " + Formats.dateTime(UiFixture.NOW), vm.backups().lastBackupProperty().get());
        assertTrue(vm.messages().get(0).endsWith("Backup written to /data/backups/mine.zip."), vm.messages().toString());
    }

    @Test
    void aTeamStoreAndAnOfflineReviewOfferNoBackups() {
        vm.backups().connect(null, null, null);
        assertFalse(vm.backups().availableProperty().get(), "a team store is backed up on its server");
        assertEquals("", vm.backups().lastBackupProperty().get());

        vm.backups().connect(new FakeBackups(), "/data/store", r -> { });
        vm.start(WindowSource.of(UiFixture.service()), UiFixture.ADMIN.email(), null);
        assertTrue(vm.backups().availableProperty().get());
        vm.openReview(Path.of("/tmp/export.csv"));
        assertTrue(vm.reviewingProperty().get());
        assertFalse(vm.backups().availableProperty().get(), "an offline review has no store to back up");
    }

    @Test
    void aRestoreIsConfirmedFirstAndKeepingTheStoreChangesNothing() {
        FakeBackups backups = new FakeBackups();
        List<StoreBackups.Restored> reopened = new ArrayList<>();
        vm.backups().connect(backups, "/data/store", reopened::add);
        dialogs.restoreFile = Path.of("/data/backups/store-2026-11-19.zip");

        dialogs.restoreAnswer = null;
        vm.backups().restore();
        RestoreDialog asked = dialogs.restoreAsked.get(0);
        assertTrue(asked.text().contains("/data/store") && asked.text().contains("store-2026-11-19.zip")
                && asked.text().contains("kept first, in /data/backups"), asked.text());
        assertTrue(backups.restored.isEmpty() && reopened.isEmpty(), "kept: nothing restored");

        dialogs.restoreAnswer = true;
        vm.backups().restore();
        assertEquals(List.of(dialogs.restoreFile), backups.restored);
        assertEquals(1, reopened.size());
        assertTrue(vm.messages().get(0).contains("Restored store-2026-11-19.zip"), vm.messages().toString());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aRefusedRestoreSaysWhyAndStillShowsTheReopenedStore() {
        FakeBackups backups = new FakeBackups();
        List<StoreBackups.Restored> reopened = new ArrayList<>();
        vm.backups().connect(backups, "/data/store", reopened::add);
        dialogs.restoreFile = Path.of("/data/backups/b.zip");
        dialogs.restoreAnswer = true;

        backups.refused = "Not restored: another copy of Send Tracker is using this store.";
        vm.backups().restore();
        assertEquals(1, reopened.size(), "the store was reopened all the same");
        assertEquals(List.of(backups.refused), dialogs.errors);

        backups.restoreFails = new BackupService.BackupFailedException("Not restored: b.zip is not a Send Tracker"
                + " backup (it holds no store file). The store is unchanged.", null);
        vm.backups().restore();
        assertEquals(1, reopened.size(), "refused before the store was closed: nothing to show again");
        assertTrue(dialogs.errors.get(1).contains("not a Send Tracker backup"), dialogs.errors.toString());
        assertFalse(vm.backups().busyProperty().get());
    }

    @Test
    void aBackupSavedOutsideTheBackupsFolderIsTheLastBackupAtOnce(@org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        FakeBackups backups = new FakeBackups();
        backups.outsideTheFolder = true;
        vm.backups().connect(backups, "/data/store", r -> { });
        assertEquals("No backup yet", vm.backups().lastBackupProperty().get());

        dialogs.backupTarget = home.resolve("on-my-desktop.zip");
        vm.backups().backupNow();

        Instant written = java.nio.file.Files.getLastModifiedTime(dialogs.backupTarget).toInstant();
        assertEquals("Last backup: " + Formats.dateTime(written), vm.backups().lastBackupProperty().get());
    }
}
