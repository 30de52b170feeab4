package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;
import sendtracker.exchange.TestSends;
import sendtracker.store.HeldUpserts;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;
import sendtracker.store.UpsertPipeline;

class ImportServiceTest {
    private static final String HEADER = "Send ID,Created At,Type,Status,Status Changed At,Sender Email,Team,Cost";
    private static final User ADMIN = JdbcSendStore.LOCAL_ADMIN;

    @TempDir
    Path dir;

    private final SendStore store = StoreFixture.newStore();

    @AfterEach
    void close() {
        store.close();
    }

    private Path csv(String name, String... rows) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    private static String row(String id, String status, String changedAt, String cost) {
        return id + ",2026-11-01T10:00:00Z,Inventoried," + status + "," + changedAt + ",ana@example.com,East," + cost;
    }

    private ImportService.Report importOne(ImportService service, Path f) {
        return service.importFile(f, ADMIN, ImportService.Progress.NONE, () -> false);
    }

    @Test
    void goodRowsAreStoredBadOnesRejectedAndTheCountsAddUpToTheInput() throws Exception {
        Path f = csv("mixed.csv",
                row("A", "Processing", "2026-11-02T10:00:00Z", "10.00"),
                row("B", "Shipped", "2026-11-02T10:00:00Z", "-4"),
                row("C", "Beamed up", "2026-11-02T10:00:00Z", "1"),
                row("D", "Fulfilling", "2026-11-02T10:00:00Z", "abc"),
                row("E", "Delivered", "not a time", "1"),
                row("A", "Shipped", "2026-11-03T10:00:00Z", "10.00"),
                row("F", "Delivered", "2026-11-02T10:00:00Z", ""));
        ImportService.Report r = importOne(new ImportService(store), f);

        assertNull(r.error());
        assertEquals(7, r.read());
        assertEquals(2, r.inserted());
        assertEquals(5, r.rejected());
        assertEquals(r.read(), r.inserted() + r.updated() + r.unchanged() + r.rejected());
        assertEquals(2, store.sendCount());
        assertTrue(r.hasRejects());
        assertEquals(f.resolveSibling("mixed.csv.rejects.csv"), r.rejectsFile());
        assertTrue(r.rejectSamples().get(0).startsWith("line 3, Cost: "), r.rejectSamples().toString());
        assertTrue(r.rejectSamples().get(4).contains("line 7, Send ID: Send ID \"A\" already appeared on line 2"),
                r.rejectSamples().toString());

        List<String> lines = Files.readAllLines(r.rejectsFile(), StandardCharsets.UTF_8);
        assertEquals("\uFEFF" + HEADER + ",Line,Reason", lines.get(0));
        assertEquals(6, lines.size());
        // the cell as the input had it: a bare signed number is no formula risk (issue 15)
        assertTrue(lines.get(1).startsWith("B,2026-11-01T10:00:00Z,Inventoried,Shipped,2026-11-02T10:00:00Z,"
                + "ana@example.com,East,-4,3,Cost: "), lines.get(1));
    }

    @Test
    void theRejectFileCanBeFixedAndImportedAgain() throws Exception {
        Path f = csv("fix.csv", row("A", "Nope", "2026-11-02T10:00:00Z", "1"));
        ImportService service = new ImportService(store);
        ImportService.Report first = importOne(service, f);
        assertEquals(1, first.rejected());
        Path fixed = dir.resolve("fixed.csv");
        Files.writeString(fixed, Files.readString(first.rejectsFile()).replace(",Nope,", ",Shipped,"));
        ImportService.Report second = importOne(service, fixed);
        assertEquals(1, second.inserted());
        assertEquals(0, second.rejected());
        assertTrue(second.warnings().get(0).contains("Line, Reason"), second.warnings().toString());
        assertEquals(SendStatus.SHIPPED, store.find(ADMIN, "A").orElseThrow().status());
    }

    @Test
    void reimportUpdatesOnlyWhenTheStatusChangedLater() throws Exception {
        ImportService service = new ImportService(store);
        importOne(service, csv("v1.csv", row("A", "Processing", "2026-11-02T10:00:00Z", "1"),
                row("B", "Processing", "2026-11-02T10:00:00Z", "1")));
        ImportService.Report again = importOne(service, csv("v2.csv",
                row("A", "Shipped", "2026-11-05T10:00:00Z", "1"),
                row("B", "Canceled", "2026-11-01T09:00:00Z", "1"),
                row("C", "Processing", "2026-11-02T10:00:00Z", "1")));
        assertEquals(1, again.inserted());
        assertEquals(1, again.updated());
        assertEquals(1, again.unchanged());
        assertFalse(again.hasRejects());
        assertNull(again.rejectsFile());
        assertEquals(SendStatus.SHIPPED, store.find(ADMIN, "A").orElseThrow().status());
        assertEquals(SendStatus.ORDER_RECEIVED, store.find(ADMIN, "B").orElseThrow().status());
        assertFalse(Files.exists(dir.resolve("v2.csv.rejects.csv")));
    }

    @Test
    void aMalformedFileChangesNothingEvenWhenItsGoodRowsComeFirst() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row("G" + i, "Processing", "2026-11-02T10:00:00Z", "1"));
        }
        rows.add("BAD,2026-11-01T10:00:00Z,\"Inventoried,Processing,2026-11-02T10:00:00Z,a@b.c,East,1");
        Path f = csv("broken.csv", rows.toArray(String[]::new));
        ImportService.Report r = new ImportService(store, 5).importFile(f, ADMIN, ImportService.Progress.NONE, () -> false);
        assertTrue(r.failed());
        assertTrue(r.error().startsWith("broken.csv, line 32: this is not valid CSV"), r.error());
        assertEquals(0, r.read());
        assertEquals(0, store.sendCount());
        assertNull(r.rejectsFile());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(f), left.toList()); // no reject file, no temporary file
        }
    }

    @Test
    void everyFileLevelProblemIsReportedWithItsLineAndStoresNothing() throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        Path binary = dir.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        Path missing = csv("nocols.csv").resolveSibling("nocols2.csv");
        Files.writeString(missing, "Send ID,Type\nA,eGift\n");
        Path truncated = dir.resolve("cut.json");
        Files.writeString(truncated, "[{\"id\":\"A\",\"type\":\"eGift\",\"status\":\"Sent\",\"created_at\":\"2026-11-01T10:00:00Z\"},\n{\"id\":");
        List<ImportService.Report> reports = new ImportService(store).importFiles(
                List.of(empty, binary, missing, truncated), ADMIN, ImportService.Progress.NONE, () -> false);
        assertTrue(reports.get(0).error().startsWith("empty.csv, line 1: the file is empty"), reports.get(0).error());
        assertTrue(reports.get(1).error().startsWith("photo.csv, line 3: this is not a text file"), reports.get(1).error());
        assertTrue(reports.get(2).error().contains("nocols2.csv, line 1: required column(s) missing"), reports.get(2).error());
        assertTrue(reports.get(3).error().startsWith("cut.json, line 2"), reports.get(3).error());
        reports.forEach(r -> assertEquals(0, r.read()));
        assertEquals(0, store.sendCount());
    }

    @Test
    void aHeaderOnlyFileImportsNothingAndSaysSo() throws Exception {
        ImportService.Report r = importOne(new ImportService(store), csv("head.csv"));
        assertFalse(r.failed());
        assertEquals(0, r.read());
        assertTrue(r.warnings().get(0).contains("no sends"));
    }

    @Test
    void cancellingStopsBetweenRowsAndEverythingReadIsAccountedFor() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row("C" + i, i % 10 == 3 ? "Nope" : "Processing", "2026-11-02T10:00:00Z", "1"));
        }
        Path f = csv("long.csv", rows.toArray(String[]::new));
        List<Long> storingRows = new ArrayList<>();
        AtomicLong calls = new AtomicLong();
        // the storing pass asks before each row; once the check beside it has ended, say "cancel"
        // after 17 rows of it
        ImportService.Report r = new ImportService(store, 5).importFile(f, ADMIN,
                (file, phase, n, bytes, total) -> {
                    if (phase == ImportService.Phase.STORING) {
                        storingRows.add(n);
                    }
                },
                () -> {
                    if (!Thread.currentThread().getName().equals("import-reader")) {
                        return false; // the check's own question
                    }
                    awaitTheCheck();
                    return calls.incrementAndGet() > 17;
                });
        assertTrue(r.cancelled());
        assertEquals(17, r.read());
        assertEquals(2, r.rejected());
        assertEquals(15, r.inserted());
        assertEquals(15, store.sendCount());
        assertEquals(18, r.lastLine());
        assertTrue(r.summary().contains("Cancelled after line 18"), r.summary());
        // importing again finishes the job without doubling anything
        ImportService.Report rest = importOne(new ImportService(store, 5), f);
        assertEquals(40, rest.read());
        assertEquals(36, store.sendCount());
        assertEquals(15, rest.unchanged());
    }

    @Test
    void cancellingWhileTheFileIsCheckedStoresNothing() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(row("K" + i, "Processing", "2026-11-02T10:00:00Z", "1"));
        }
        Path f = csv("check.csv", rows.toArray(String[]::new));
        List<ImportService.Phase> phases = new ArrayList<>();
        ImportService.Report r = new ImportService(store).importFile(f, ADMIN,
                (file, phase, n, bytes, total) -> phases.add(phase), () -> true);
        assertTrue(r.cancelled());
        assertEquals(0, r.read());
        assertEquals(0, store.sendCount());
        assertTrue(phases.contains(ImportService.Phase.CHECKING));
        assertFalse(phases.contains(ImportService.Phase.STORING));
        assertFalse(Files.exists(f.resolveSibling("check.csv.rejects.csv")));
    }

    @Test
    void aStoreFailureMidwayKeepsTheStoredBatchesAndTheRejectsAndSaysWhereItStopped() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(row("F" + i, i == 2 || i == 7 ? "Nope" : "Processing", "2026-11-02T10:00:00Z", "1"));
        }
        Path f = csv("fails.csv", rows.toArray(String[]::new));
        int[] upserts = {0};
        SendStore failing = (SendStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SendStore.class}, (proxy, method, args) -> {
                    Consumer<List<?>> secondFails = batch -> {
                        awaitTheCheck(); // the first batch commits before the second is stored
                        if (++upserts[0] == 2) {
                            throw new sendtracker.store.StoreException("disk full");
                        }
                    };
                    if (method.getName().equals("pipelineUpserts")) {
                        return store.pipelineUpserts().map(real -> watched(UpsertPipeline.class, real, secondFails));
                    }
                    if (method.getName().equals("holdUpserts")) {
                        return store.holdUpserts().map(real -> watched(HeldUpserts.class, real, secondFails));
                    }
                    if (method.getName().equals("upsert") && ++upserts[0] == 2) {
                        throw new sendtracker.store.StoreException("disk full");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ImportService.Report r = new ImportService(failing, 5).importFile(f, ADMIN, ImportService.Progress.NONE,
                () -> false);
        assertTrue(r.failed());
        assertTrue(r.error().contains("fails.csv: the store failed at the rows from line 8 on (disk full)"), r.error());
        assertEquals(5, store.sendCount()); // the first batch: rows 2-7 less the rejected one
        assertEquals(5, r.inserted());
        assertEquals(2, r.rejected());
        assertEquals(r.read(), r.inserted() + r.rejected());
        assertEquals(3, Files.readAllLines(r.rejectsFile()).size()); // header and both rejected rows
    }

    @Test
    void aSenderMayOnlyImportTheirOwnSends() throws Exception {
        User sender = new User(7, "ana@example.com", "Ana", Role.SENDER, "East", Set.of());
        Path f = dir.resolve("two.csv");
        Files.writeString(f, HEADER + "\n" + row("A", "Processing", "2026-11-02T10:00:00Z", "1") + "\n"
                + "B,2026-11-01T10:00:00Z,eGift,Sent,,bo@example.com,West,1\n");
        ImportService.Report r = new ImportService(store).importFile(f, sender, ImportService.Progress.NONE, () -> false);
        assertEquals(1, r.inserted());
        assertEquals(1, r.rejected());
        assertTrue(r.rejectSamples().get(0).contains("sender bo@example.com, team West"), r.rejectSamples().toString());
    }

    @Test
    void jsonImportKeepsHistoriesAndCreatesTheSendersAsUsers() throws Exception {
        Path f = dir.resolve("sends.json");
        TestSends.write(f, SendFormat.JSON, TestSends.tricky());
        ImportService.Report r = importOne(new ImportService(store), f);
        assertEquals("JSON", r.format());
        assertEquals(4, r.inserted());
        Send s2 = store.find(ADMIN, "S-2").orElseThrow();
        assertEquals(2, s2.history().size());
        assertEquals("handed to \"UPS\", ok", s2.history().get(1).note());
        assertTrue(store.user("ana@example.com").isPresent());
        assertEquals(4, store.count(ADMIN, SendFilter.ALL, TestSends.T0));
    }

    @Test
    void rejectedJsonObjectsKeepTheirTextInTheRejectFile() throws Exception {
        Path f = dir.resolve("partly.json");
        Files.writeString(f, "\uFEFF{\"sends\": [\n"
                + "{\"id\":\"A\",\"type\":\"eGift\",\"status\":\"Sent\",\"created_at\":\"2026-11-01T10:00:00Z\"},\n"
                + "{\"id\":\"B\",\"type\":\"eGift\",\"status\":\"Sent\",\"created_at\":\"2026-11-01T10:00:00Z\",\"quantity\":\"=2\"},\n"
                + "\"stray text\"\n]}", StandardCharsets.UTF_8);
        ImportService.Report r = importOne(new ImportService(store), f);
        assertEquals(3, r.read());
        assertEquals(1, r.inserted());
        assertEquals(2, r.rejected());
        List<String> lines = Files.readAllLines(r.rejectsFile(), StandardCharsets.UTF_8);
        assertEquals("\uFEFFObject,Line,Reason", lines.get(0));
        assertTrue(lines.get(1).startsWith("\"{\"\"id\"\":\"\"B\"\"") && lines.get(1).contains("\"\"=2\"\"")
                && lines.get(1).endsWith(",3,\"quantity: \"\"=2\"\" is not a whole number\""), lines.get(1));
        assertTrue(lines.get(2).startsWith("\"\"\"stray text\"\"\",4,"), lines.get(2));
    }

    @Test
    void theStoreSaysHowManyRowsGoIntoOneTransaction() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(row("B" + i, i == 5 ? "Nope" : "Processing", "2026-11-02T10:00:00Z", "1"));
        }
        Path f = csv("batches.csv", rows.toArray(String[]::new));
        List<Integer> upserts = new ArrayList<>();
        SendStore fours = (SendStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SendStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("importBatchSize")) {
                        return 4;
                    }
                    Consumer<List<?>> count = batch -> upserts.add(batch.size());
                    if (method.getName().equals("pipelineUpserts")) {
                        return store.pipelineUpserts().map(real -> watched(UpsertPipeline.class, real, count));
                    }
                    if (method.getName().equals("holdUpserts")) {
                        return store.holdUpserts().map(real -> watched(HeldUpserts.class, real, count));
                    }
                    if (method.getName().equals("upsert")) {
                        upserts.add(((List<?>) args[0]).size());
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ImportService.Report r = importOne(new ImportService(fours), f);
        assertEquals(List.of(4, 4, 1), upserts);
        assertEquals(9, r.inserted());
        assertEquals(1, r.rejected());
        assertEquals(SendStore.DEFAULT_IMPORT_BATCH, store.importBatchSize());
    }

    /** Waits until the import's check (on a thread of its own, beside the storing pass) has ended. */
    private static void awaitTheCheck() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("import-check ")) {
                try {
                    t.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                assertFalse(t.isAlive(), "the check ended");
            }
        }
    }

    /** The store's own pipeline or held transaction, with {@code beforeEach} told of (and able to fail) every batch first. */
    private static <T> T watched(Class<T> type, T real, Consumer<List<?>> beforeEach) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(ImportServiceTest.class.getClassLoader(),
                new Class<?>[] {type}, (proxy, method, args) -> {
                    if (method.getName().equals("upsert")) {
                        beforeEach.accept((List<?>) args[0]);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    @Test
    void progressReportsBothPassesAndEndsAtTheFileSize() throws Exception {
        Path f = csv("p.csv", row("A", "Processing", "2026-11-02T10:00:00Z", "1"));
        List<String> seen = new ArrayList<>();
        new ImportService(store).importFile(f, ADMIN,
                (file, phase, rows, bytes, total) -> seen.add(phase + ":" + rows + ":" + (bytes == total)), () -> false);
        assertEquals(List.of("CHECKING:1:true", "STORING:1:true"), seen);
    }
}
