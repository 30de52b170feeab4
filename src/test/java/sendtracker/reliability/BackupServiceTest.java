package sendtracker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.SendStatus;
import sendtracker.service.Backend;
import sendtracker.service.BackupService;
import sendtracker.service.BackupService.BackupFailedException;
import sendtracker.service.TestStores;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.StoreLockedException;

/** Backups of the local store: daily copies, backup and restore, and the refusals (docs/design.md, "Reliability promises"). */
class BackupServiceTest {
    @TempDir
    Path dir;

    @Test
    void backupThenChangeThenRestoreGivesBackTheEarlierState() throws Exception {
        String url = TestStores.url(dir);
        Path zip = dir.resolve("before.zip");
        try (Backend b = TestStores.demo(dir, 300)) {
            b.store().upsert(List.of(KilledRightAfterReportTest.cancelable("B-1")));
            b.backups().orElseThrow().backup(zip);
            assertTrue(b.sends().cancel(b.store().defaultUser(), "B-1", null, "changed my mind").canceled());
            b.demo().generate(50, 7L, n -> { });
            assertEquals(351, b.store().sendCount());
        }
        BackupService.forClosedStore(url, TestStores.CLOCK).orElseThrow().restore(zip);
        try (Backend b = Backend.open(url, TestStores.CLOCK, false)) {
            assertEquals(301, b.store().sendCount());
            assertEquals(SendStatus.CONFIRMING_ADDRESS,
                    b.store().find(JdbcSendStore.LOCAL_ADMIN, "B-1").orElseThrow().status());
        }
        assertTrue(Files.exists(dir.resolve("backups/store-before-restore.mv.db.old")), "the replaced store is kept");
    }

    @Test
    void aCorruptedOrForeignFileIsRefusedAndTheStoreIsUntouched() throws Exception {
        String url = TestStores.url(dir);
        Path good = dir.resolve("good.zip");
        try (Backend b = TestStores.demo(dir, 100)) {
            b.backups().orElseThrow().backup(good);
        }
        byte[] storeBefore = Files.readAllBytes(dir.resolve("store.mv.db"));
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "not a backup", StandardCharsets.UTF_8);
        byte[] cut = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(cut, cut.length / 2));
        Path damaged = dir.resolve("damaged.zip");
        damage(good, damaged);
        BackupService restore = BackupService.forClosedStore(url, TestStores.CLOCK).orElseThrow();
        for (Path bad : List.of(notZip, truncated, damaged, dir.resolve("missing.zip"))) {
            BackupFailedException e = assertThrows(BackupFailedException.class, () -> restore.restore(bad),
                    bad.toString());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().contains(bad.getFileName().toString()), e.getMessage());
        }
        assertTrue(java.util.Arrays.equals(storeBefore, Files.readAllBytes(dir.resolve("store.mv.db"))),
                "store untouched");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".restore-")), "no leftovers");
        }
    }

    @Test
    void restoreIsRefusedWhileAnotherCopyOfTheAppHasTheStoreOpen() throws Exception {
        String url = TestStores.url(dir);
        Path zip = dir.resolve("b.zip");
        try (Backend b = TestStores.demo(dir, 50)) {
            b.backups().orElseThrow().backup(zip);
        }
        try (ChildJvm other = ChildJvm.start(HoldAfterLine.class, dir.resolve("other.err"), "\"outcome\"",
                "--db", url, "cancel", "NO-SUCH-SEND", "--format", "json")) {
            other.awaitLine("\"outcome\"", KilledRightAfterReportTest.LINE_TIMEOUT_S);
            StoreLockedException e = assertThrows(StoreLockedException.class,
                    () -> BackupService.forClosedStore(url, TestStores.CLOCK).orElseThrow().restore(zip));
            assertTrue(e.getMessage().contains("in use by another running copy"), e.getMessage());
        }
    }

    @Test
    void aBackupToATargetThatCannotBeWrittenSaysSoInOneLineAndLeavesNoFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        try (Backend b = TestStores.demo(dir, 20)) {
            BackupService backups = b.backups().orElseThrow();
            for (Path target : List.of(blocker.resolve("backup.zip"), Files.createDirectory(dir.resolve("a-folder")))) {
                BackupFailedException e = assertThrows(BackupFailedException.class, () -> backups.backup(target));
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
                assertTrue(e.getMessage().startsWith("Cannot write the backup " + target), e.getMessage());
            }
            try (Stream<Path> files = Files.walk(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no partial file");
            }
        }
    }

    @Test
    void theFirstOpenOfEachDayMakesOneBackupAndTheLastSevenAreKept() {
        String url = TestStores.url(dir);
        try (Backend b = TestStores.demo(dir, 20)) {
            assertTrue(b.backups().orElseThrow().lastBackup().isEmpty(), "a new store has no backup yet");
        }
        Instant day = TestStores.CLOCK.instant();
        for (int i = 0; i < 9; i++) {
            Clock clock = Clock.fixed(day.plus(Duration.ofDays(i)), ZoneOffset.UTC);
            for (int open = 0; open < 2; open++) {
                try (Backend b = Backend.open(url, clock, false)) {
                    assertTrue(b.backups().orElseThrow().lastBackup().orElseThrow().file().getFileName().toString()
                            .endsWith(day.plus(Duration.ofDays(i)).toString().substring(0, 10) + ".zip"));
                }
            }
        }
        Path folder = dir.resolve(BackupService.FOLDER);
        assertEquals(BackupService.KEEP, folder.toFile().list((d, n) -> n.endsWith(".zip")).length);
        assertTrue(Files.exists(folder.resolve("store-" + day.plus(Duration.ofDays(8)).toString().substring(0, 10)
                + ".zip")));
        assertFalse(Files.exists(folder.resolve("store-" + day.plus(Duration.ofDays(1)).toString().substring(0, 10)
                + ".zip")));
    }

    /** A copy of the zip whose store file has its middle overwritten: still a zip, no longer a store. */
    private static void damage(Path zip, Path out) throws Exception {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(zip.toFile());
                java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            java.util.zip.ZipEntry e = in.entries().nextElement();
            byte[] bytes = in.getInputStream(e).readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i * 31);
            }
            z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
            z.write(bytes);
            z.closeEntry();
        }
    }
}
