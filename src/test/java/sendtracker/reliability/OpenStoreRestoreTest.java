package sendtracker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.SendStatus;
import sendtracker.service.Backend;
import sendtracker.service.BackupService;
import sendtracker.service.BackupService.BackupFailedException;
import sendtracker.service.OpenStoreRestore;
import sendtracker.service.TestStores;
import sendtracker.store.JdbcSendStore;

/**
 * Restoring while this process has the store open, as the window does (issue 10): checks first
 * with the store open, then close, restore, reopen; refusals leave the store open and unchanged.
 */
class OpenStoreRestoreTest {
    @TempDir
    Path dir;

    @Test
    void backupThenChangeThenRestoreInPlaceGivesBackTheEarlierStateInTheReopenedStore() {
        String url = TestStores.url(dir);
        Path zip = dir.resolve("before.zip");
        Backend open = TestStores.demo(dir, 120);
        open.store().upsert(List.of(KilledRightAfterReportTest.cancelable("R-1")));
        open.backups().orElseThrow().backup(zip);
        assertTrue(open.sends().cancel(open.store().defaultUser(), "R-1", null, "changed my mind").canceled());
        open.demo().generate(30, 9L, n -> { });
        assertEquals(151, open.store().sendCount());

        OpenStoreRestore.Result result = OpenStoreRestore.restore(open, url, zip, TestStores.CLOCK,
                u -> Backend.openForWindow(u, TestStores.CLOCK));
        try (Backend reopened = result.reopened()) {
            assertNull(result.refused());
            assertEquals(121, reopened.store().sendCount());
            assertEquals(SendStatus.CONFIRMING_ADDRESS,
                    reopened.store().find(JdbcSendStore.LOCAL_ADMIN, "R-1").orElseThrow().status());
            assertTrue(reopened.backups().isPresent(), "the reopened store backs up as before");
        }
        assertTrue(Files.exists(dir.resolve("backups/store-before-restore.mv.db.old")),
                "a copy of the replaced store is kept");
    }

    @Test
    void aFileThatIsNoBackupIsRefusedBeforeTheStoreIsClosedAndNothingChanges() throws Exception {
        String url = TestStores.url(dir);
        Path notZip = Files.writeString(dir.resolve("holiday-photos.zip"), "not a backup", StandardCharsets.UTF_8);
        try (Backend open = TestStores.demo(dir, 40)) {
            long before = open.store().sendCount();
            boolean[] reopened = {false};
            BackupFailedException e = assertThrows(BackupFailedException.class, () -> OpenStoreRestore.restore(open,
                    url, notZip, TestStores.CLOCK, u -> {
                        reopened[0] = true;
                        return Backend.open(u, TestStores.CLOCK);
                    }));
            assertTrue(e.getMessage().contains("holiday-photos.zip") && e.getMessage().contains("not a Send Tracker"
                    + " backup") && e.getMessage().contains("unchanged"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(reopened[0], "the store was never closed");
            assertEquals(before, open.store().sendCount(), "still open, still the same");
            assertFalse(Files.exists(dir.resolve("backups/store-before-restore.mv.db.old")));
        }
    }

    @Test
    void aStoreThatAnotherCopyOfTheAppHoldsIsRefusedAndStaysOpenHere() throws Exception {
        String url = TestStores.url(dir);
        Path zip = dir.resolve("b.zip");
        try (Backend b = TestStores.demo(dir, 30)) {
            b.backups().orElseThrow().backup(zip);
        }
        try (ChildJvm other = ChildJvm.start(HoldAfterLine.class, dir.resolve("other.err"), "\"outcome\"",
                "--db", url, "cancel", "NO-SUCH-SEND", "--format", "json")) {
            other.awaitLine("\"outcome\"", KilledRightAfterReportTest.LINE_TIMEOUT_S);
            // the other copy serves the store; this one reaches it through it, as a second window would
            try (Backend open = Backend.open(url, TestStores.CLOCK, false)) {
                BackupFailedException e = assertThrows(BackupFailedException.class, () -> OpenStoreRestore.restore(
                        open, url, zip, TestStores.CLOCK, u -> Backend.open(u, TestStores.CLOCK)));
                assertTrue(e.getMessage().contains("another copy of Send Tracker"), e.getMessage());
                assertEquals(30, open.store().sendCount(), "still open here");
            }
        }
    }

    @Test
    void theLastBackupIsTheNewestInTheFolderAndTheSuggestedNameSortsAfterThatDaysDailyCopy() throws Exception {
        Clock day = Clock.fixed(Instant.parse("2026-12-02T08:15:30Z"), ZoneOffset.UTC);
        String url = TestStores.url(dir);
        try (Backend b = TestStores.demo(dir, 10)) {
            assertTrue(b.backups().orElseThrow().lastBackup().isEmpty(), "a new store has none");
        }
        try (Backend b = Backend.open(url, day, false)) {
            BackupService backups = b.backups().orElseThrow();
            Path daily = backups.lastBackup().orElseThrow().file();
            assertEquals("store-2026-12-02.zip", daily.getFileName().toString());
            Path suggested = backups.suggestedFile();
            assertEquals(backups.folder().resolve("store-2026-12-02T081530.zip"), suggested);
            assertTrue(suggested.getFileName().toString().compareTo(daily.getFileName().toString()) > 0);
            backups.backup(suggested);
            Files.setLastModifiedTime(suggested, java.nio.file.attribute.FileTime.from(
                    Files.getLastModifiedTime(daily).toInstant().plusSeconds(60)));
            assertEquals(suggested, backups.lastBackup().orElseThrow().file());
        }
    }
}
