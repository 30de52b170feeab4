package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;
import sendtracker.exchange.TestSends;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

class ExportServiceTest {
    private static final User ADMIN = JdbcSendStore.LOCAL_ADMIN;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<SendStore> stores = new ArrayList<>();

    @AfterEach
    void close() {
        stores.forEach(SendStore::close);
    }

    private SendStore store() {
        SendStore s = StoreFixture.newStore();
        stores.add(s);
        return s;
    }

    /** The tricky sends plus a generated mix, each with a history. */
    private static List<Send> sample() {
        List<Send> sends = new ArrayList<>(TestSends.tricky());
        for (int i = 0; i < 250; i++) {
            Instant created = TestSends.T0.minusSeconds(3600L * i).plusMillis(i % 3 == 0 ? 0 : 7L * i);
            sends.add(TestSends.plain(String.format("G%04d", i))
                    .senderEmail("s" + (i % 7) + "@example.com").senderName("Sender " + (i % 7))
                    .team(i % 2 == 0 ? "East" : "West").createdAt(created)
                    .status(i % 5 == 0 ? SendStatus.SHIPPED : SendStatus.ORDER_RECEIVED)
                    .statusChangedAt(created.plusSeconds(600)).cost(new BigDecimal(i + ".25"))
                    .history(List.of(new StatusUpdate(SendStatus.INITIATED, created, "s@example.com", null),
                            new StatusUpdate(SendStatus.ORDER_RECEIVED, created.plusSeconds(600), null, "n" + i)))
                    .build());
        }
        return sends;
    }

    @ParameterizedTest
    @EnumSource(SendFormat.class)
    void exportImportIntoANewStoreExportIsByteIdentical(SendFormat format) throws Exception {
        SendStore a = store();
        a.upsert(sample());
        Path first = dir.resolve("first." + format.extension());
        ExportService.Report r1 = new ExportService(a, CLOCK).export(first, format, ADMIN, SendFilter.ALL,
                SendSort.NEWEST_FIRST, ExportService.Progress.NONE, () -> false);
        assertEquals(254, r1.rows());
        assertEquals(Files.size(first), r1.bytes());

        SendStore b = store();
        ImportService.Report imported = new ImportService(b, 100).importFile(first, ADMIN,
                ImportService.Progress.NONE, () -> false);
        assertEquals(254, imported.inserted(), imported.rejectSamples().toString());

        Path second = dir.resolve("second." + format.extension());
        new ExportService(b, CLOCK).export(second, format, ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST,
                ExportService.Progress.NONE, () -> false);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        if (format == SendFormat.JSON) {
            String text = Files.readString(second, StandardCharsets.UTF_8);
            assertTrue(text.contains("\"status_updates\":[{\"status\":\"Initiated\""), "history is exported");
            assertEquals(2, b.find(ADMIN, "G0007").orElseThrow().history().size());
        }
    }

    @Test
    void anExportHoldsOnlyWhatTheViewerMaySeeAndTheFilterSelects() throws Exception {
        SendStore s = store();
        s.upsert(sample());
        User sender = s.user("s3@example.com").orElseThrow();
        assertEquals(Role.SENDER, sender.role());
        Path out = dir.resolve("mine.csv");
        ExportService.Report r = new ExportService(s, CLOCK).export(out, SendFormat.CSV, sender,
                SendFilter.ALL.withStatuses(Set.of(SendStatus.SHIPPED)), SendSort.NEWEST_FIRST,
                ExportService.Progress.NONE, () -> false);
        long expected = sample().stream().filter(x -> "s3@example.com".equals(x.senderEmail())
                && x.status() == SendStatus.SHIPPED).count();
        assertTrue(expected > 0);
        assertEquals(expected, r.rows());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(expected + 1, lines.size());
        lines.subList(1, lines.size()).forEach(l -> assertTrue(l.contains(",Shipped,") && l.contains("s3@example.com"), l));
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsAnEarlierOne() throws Exception {
        SendStore s = store();
        s.upsert(sample());
        List<Send> more = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            more.add(TestSends.plain("M" + i).build());
        }
        s.upsert(more);
        Path out = dir.resolve("keep.json");
        Files.writeString(out, "earlier export");
        ExportService.Report r = new ExportService(s, CLOCK).export(out, SendFormat.JSON, ADMIN,
                SendFilter.ALL, SendSort.NEWEST_FIRST, ExportService.Progress.NONE, new java.util.function.BooleanSupplier() {
                    private int asked;

                    @Override
                    public boolean getAsBoolean() {
                        return ++asked > 1;
                    }
                });
        assertTrue(r.cancelled());
        assertEquals("earlier export", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void aTargetThatCannotBeWrittenFailsWithAMessageAndLeavesNothing() throws Exception {
        SendStore s = store();
        s.upsert(TestSends.tricky());
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        ExportService.ExportFailedException e = assertThrows(ExportService.ExportFailedException.class,
                () -> new ExportService(s, CLOCK).export(blocker.resolve("out.csv"), SendFormat.CSV, ADMIN,
                        SendFilter.ALL, SendSort.NEWEST_FIRST, ExportService.Progress.NONE, () -> false));
        assertTrue(e.getMessage().contains("out.csv") && e.getMessage().contains("no file was left"), e.getMessage());
    }

    @Test
    void writeToAStreamHonoursTheLimitAndWritesNoByteOrderMark() {
        SendStore s = store();
        s.upsert(sample());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = new ExportService(s, CLOCK).write(out, SendFormat.CSV, ADMIN, SendFilter.ALL,
                new SendSort(SendSort.Field.ID, true), 3);
        assertEquals(3, n);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Send ID,Created At,"));
        assertEquals(4, text.split("\r\n").length);
        assertTrue(text.contains("\r\nG0002,") && !text.contains("G0003"), text);

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new ExportService(s, CLOCK).writeOne(json, s.find(ADMIN, "S-2").orElseThrow());
        String one = json.toString(StandardCharsets.UTF_8);
        assertTrue(one.startsWith("{\"id\":\"S-2\"") && one.endsWith("}\n"), one);
        assertFalse(one.contains("\n{"));
    }

    @Test
    void formatsParseByNameAndByFileName() {
        assertEquals(SendFormat.JSON, SendFormat.parse("Json").orElseThrow());
        assertTrue(SendFormat.parse("xlsx").isEmpty());
        assertEquals(SendFormat.JSON, SendFormat.forFileName(Path.of("a.JSON")));
        assertEquals(SendFormat.CSV, SendFormat.forFileName(Path.of("a.txt")));
    }

    @Test
    void anExportHasTheFoldersUsualPermissionsNotOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        SendStore s = store();
        s.upsert(sample());
        Path out = dir.resolve("shared.csv");
        new ExportService(s, CLOCK).export(out, SendFormat.CSV, ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST,
                ExportService.Progress.NONE, () -> false);
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }
}
