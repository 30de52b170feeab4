package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.exchange.SendFormat;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

/**
 * An import's report as the user reads it (counts and the one-line summary, written out), and
 * what a Backend hands out on a named store: no demo data, its clock, a working exporter.
 */
class ImportReportAndBackendTest {
    private static final String HEADER = "Send ID,Created At,Type,Status,Status Changed At,Sender Email,Team,Cost";

    @TempDir
    Path dir;

    private Path csv(String name, String... rows) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    private static String row(String id, String status, String changedAt) {
        return id + ",2026-11-01T10:00:00Z,Inventoried," + status + "," + changedAt + ",ana@example.com,East,1.00";
    }

    @Test
    void theReportCountsAndSaysItInOneLine() throws Exception {
        try (SendStore store = StoreFixture.newStore()) {
            ImportService service = new ImportService(store);
            Path first = csv("first.csv", row("A", "Processing", "2026-11-02T10:00:00Z"),
                    row("B", "Shipped", "2026-11-02T10:00:00Z"));
            ImportService.Report r1 = service.importFile(first, JdbcSendStore.LOCAL_ADMIN, ImportService.Progress.NONE,
                    () -> false);
            assertEquals(2, r1.stored());
            assertFalse(r1.hasRejects());
            assertEquals("first.csv: 2 rows read: 2 added, 0 updated, 0 unchanged (not newer), 0 rejected.",
                    r1.summary());

            Path second = csv("second.csv", row("A", "Shipped", "2026-11-03T10:00:00Z"),
                    row("B", "Shipped", "2026-11-01T10:00:00Z"), row("C", "Lost", "2026-11-03T10:00:00Z"),
                    row("D", "Fulfilling", "2026-11-03T10:00:00Z"));
            ImportService.Report r2 = service.importFile(second, JdbcSendStore.LOCAL_ADMIN,
                    ImportService.Progress.NONE, () -> false);
            assertEquals(1, r2.inserted());
            assertEquals(1, r2.updated());
            assertEquals(1, r2.unchanged());
            assertEquals(1, r2.rejected());
            assertEquals(3, r2.stored(), "added + updated + unchanged");
            assertTrue(r2.hasRejects());
            assertEquals("second.csv: 4 rows read: 1 added, 1 updated, 1 unchanged (not newer), 1 rejected."
                    + " Rejected rows, with line and reason: " + dir.resolve("second.csv.rejects.csv").toAbsolutePath(),
                    r2.summary());

            Path broken = dir.resolve("broken.csv");
            Files.write(broken, new byte[0]);
            ImportService.Report r3 = service.importFile(broken, JdbcSendStore.LOCAL_ADMIN,
                    ImportService.Progress.NONE, () -> false);
            assertTrue(r3.failed());
            assertEquals(r3.error(), r3.summary(), "a failed file's summary is its error");
            assertEquals(0, r3.stored());
        }
    }

    @Test
    void twentyRejectSamplesAtMostAndBatchesOfOne() throws Exception {
        try (SendStore store = StoreFixture.newStore()) {
            String[] rows = new String[25];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = row("X" + i, "Lost", "2026-11-02T10:00:00Z");
            }
            ImportService.Report bad = new ImportService(store).importFile(csv("bad.csv", rows),
                    JdbcSendStore.LOCAL_ADMIN, ImportService.Progress.NONE, () -> false);
            assertEquals(25, bad.rejected());
            assertEquals(20, bad.rejectSamples().size(), "ImportService.REJECT_SAMPLES");
            assertEquals("line 2, Status: \"Lost\" is not a known status", bad.rejectSamples().get(0));

            ImportService.Report ones = new ImportService(store, 1).importFile(csv("ones.csv",
                    row("O1", "Shipped", "2026-11-02T10:00:00Z"), row("O2", "Shipped", "2026-11-02T10:00:00Z")),
                    JdbcSendStore.LOCAL_ADMIN, ImportService.Progress.NONE, () -> false);
            assertEquals(2, ones.inserted(), "a batch of one send is allowed");
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new ImportService(store, 0));
            assertEquals("batch size must be at least 1", e.getMessage());
        }
    }

    @Test
    void aNamedStoreIsOpenedWithoutDemoDataAndHandsOutItsParts() throws Exception {
        String url = TestStores.url(dir);
        try (Backend b = Backend.open(url, TestStores.CLOCK)) {
            assertTrue(b.isNewStore());
            assertEquals(0, b.sends().totalSends(), "only the default store gets the demo data");
            assertSame(TestStores.CLOCK, b.clock());
            assertNotNull(b.demo());
            b.demo().generate(3, 7L, n -> { });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(3, b.exporter().write(out, SendFormat.CSV, b.store().defaultUser(), SendFilter.ALL,
                    SendSort.NEWEST_FIRST, 10));
        }
        try (Backend again = Backend.open(url, TestStores.CLOCK)) {
            assertFalse(again.isNewStore());
            assertEquals(3, again.sends().totalSends());
        }
        try (Backend window = Backend.openForWindow(url, TestStores.CLOCK)) {
            assertEquals(3, window.sends().count(window.store().defaultUser(), SendFilter.ALL));
        }
        assertTrue(Backend.defaultUrl().startsWith("jdbc:"), Backend.defaultUrl());
    }

    @Test
    void aNewStoreFilledWithDemoDataHasItsFirstBackupAtOnce() throws Exception {
        try (Backend b = Backend.open(TestStores.url(dir.resolve("demo")), TestStores.CLOCK, true)) {
            assertTrue(b.isNewStore());
            assertTrue(b.backups().orElseThrow().lastBackup().isPresent(), "not \"No backup yet\" all day");
        }
    }

    @Test
    void aNewEmptyStoreIsBackedUpOnceItIsFilled() throws Exception {
        try (Backend b = Backend.open(TestStores.url(dir.resolve("empty")), TestStores.CLOCK, false)) {
            assertFalse(b.backups().orElseThrow().lastBackup().isPresent(), "nothing to back up yet");
            b.demo().generate(3, 7L, n -> { });
            b.backUpIfDue();
            assertTrue(b.backups().orElseThrow().lastBackup().isPresent());
        }
    }
}
