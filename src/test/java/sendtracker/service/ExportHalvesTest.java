package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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
import sendtracker.store.StoreException;

/**
 * An export written in two halves at once is the file one writer makes, for each format, order and
 * filter; a failure or cancel in either half leaves no file (docs/decisions/0037-exports-in-two-halves.md).
 */
class ExportHalvesTest {
    private static final User ADMIN = JdbcSendStore.LOCAL_ADMIN;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final SendSort OLDEST_FIRST = new SendSort(SendSort.Field.CREATED_AT, true);

    @TempDir
    Path dir;

    private SendStore store;

    @BeforeEach
    void fill() {
        store = StoreFixture.newStore();
        List<Send> sends = new ArrayList<>(TestSends.tricky());
        // 300 sends over 25 days, several a day, some at the same millisecond (ties broken by id)
        for (int i = 0; i < 300; i++) {
            Instant created = TestSends.T0.minusSeconds(7200L * i).plusMillis(i % 4 == 0 ? 0 : 3L * i);
            sends.add(TestSends.plain(String.format("H%04d", i)).senderEmail(i < 40 ? "recent@example.com"
                    : "s" + (i % 5) + "@example.com").senderName("Sender " + (i % 5)).createdAt(created)
                    .status(i % 3 == 0 ? SendStatus.SHIPPED : SendStatus.ORDER_RECEIVED)
                    .statusChangedAt(created.plusSeconds(60)).cost(new BigDecimal(i + ".10"))
                    .history(List.of(new StatusUpdate(SendStatus.INITIATED, created, "x@example.com", null),
                            new StatusUpdate(SendStatus.ORDER_RECEIVED, created.plusSeconds(60), null, "n" + i)))
                    .build());
        }
        sends.add(TestSends.plain("TIE-A").createdAt(TestSends.T0.minusSeconds(7200L * 150)).build());
        sends.add(TestSends.plain("TIE-B").createdAt(TestSends.T0.minusSeconds(7200L * 150)).build());
        store.upsert(sends);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Stream<Arguments> exports() {
        LocalDate mid = LocalDate.of(2026, 11, 10);
        List<SendFilter> filters = List.of(SendFilter.ALL, SendFilter.ALL.withDates(mid, null),
                SendFilter.ALL.withDates(null, mid), SendFilter.ALL.withDates(mid.minusDays(3), mid.plusDays(4)),
                SendFilter.ALL.withSenderEmail("s2@example.com"), SendFilter.ALL.withStatuses(
                        java.util.Set.of(SendStatus.SHIPPED)));
        List<Arguments> out = new ArrayList<>();
        for (SendFormat format : SendFormat.values()) {
            for (SendSort sort : List.of(SendSort.NEWEST_FIRST, OLDEST_FIRST)) {
                for (SendFilter filter : filters) {
                    out.add(Arguments.of(format, sort, filter));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("exports")
    void halvesWriteTheSameFileAsOneWriter(SendFormat format, SendSort sort, SendFilter filter) throws Exception {
        assertTrue(ExportHalves.of(store, filter, sort, 0).isPresent(), "this export is cut in two");
        ExportService one = new ExportService(store, CLOCK).withHalvesFrom(Long.MAX_VALUE);
        ExportService two = new ExportService(store, CLOCK).withHalvesFrom(0);
        Path whole = dir.resolve("whole." + format.extension());
        Path halves = dir.resolve("halves." + format.extension());
        ExportService.Report r1 = one.export(whole, format, ADMIN, filter, sort, ExportService.Progress.NONE, () -> false);
        AtomicLong lastRows = new AtomicLong(-1);
        ExportService.Report r2 = two.export(halves, format, ADMIN, filter, sort, (rows, bytes) -> lastRows.set(rows),
                () -> false);
        assertTrue(r1.rows() > 0);
        assertEquals(r1.rows(), r2.rows());
        assertEquals(Files.size(halves), r2.bytes());
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(halves));
        assertEquals(r2.rows(), lastRows.get(), "the last progress counts both halves");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no part file is left beside the export");
        }
    }

    @Test
    void theHalvesAreDisjointFollowEachOtherAndMakeTheWhole() {
        for (SendSort sort : List.of(SendSort.NEWEST_FIRST, OLDEST_FIRST)) {
            ExportHalves h = ExportHalves.of(store, SendFilter.ALL, sort, 0).orElseThrow();
            List<String> first = ids(h.first(), sort);
            List<String> second = ids(h.second(), sort);
            assertFalse(first.isEmpty());
            assertFalse(second.isEmpty());
            List<String> joined = new ArrayList<>(first);
            joined.addAll(second);
            assertEquals(ids(SendFilter.ALL, sort), joined);
        }
    }

    @ParameterizedTest
    @EnumSource(SendFormat.class)
    void aHalfWithoutSendsStillMakesTheWholeFile(SendFormat format) throws Exception {
        // recent@example.com's sends are all in the newer half: oldest first, the file's first half
        // is empty; newest first, its second
        SendFilter filter = SendFilter.ALL.withSenderEmail("recent@example.com");
        ExportHalves h = ExportHalves.of(store, filter, OLDEST_FIRST, 0).orElseThrow();
        assertTrue(ids(h.first(), OLDEST_FIRST).isEmpty());
        assertFalse(ids(h.second(), OLDEST_FIRST).isEmpty());
        for (SendSort sort : List.of(OLDEST_FIRST, SendSort.NEWEST_FIRST)) {
            for (SendFilter f : List.of(filter, SendFilter.ALL.withSearch("no such send anywhere"))) {
                Path whole = dir.resolve("whole." + format.extension());
                Path halves = dir.resolve("halves." + format.extension());
                new ExportService(store, CLOCK).withHalvesFrom(Long.MAX_VALUE).export(whole, format, ADMIN, f,
                        sort, ExportService.Progress.NONE, () -> false);
                new ExportService(store, CLOCK).withHalvesFrom(0).export(halves, format, ADMIN, f,
                        sort, ExportService.Progress.NONE, () -> false);
                assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(halves), f + " " + sort + " " + format);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void everyViewerGetsTheSameFileFromHalvesOnEitherStore(StoreKind kind, @TempDir Path storeDir) throws Exception {
        try (Backend b = TestStores.demo(kind, storeDir, 400)) {
            ExportService one = new ExportService(b.sends()).withHalvesFrom(Long.MAX_VALUE);
            ExportService two = new ExportService(b.sends()).withHalvesFrom(0);
            assertTrue(ExportHalves.of(b.sends().store(), SendFilter.ALL, SendSort.NEWEST_FIRST, 0).isPresent());
            for (User viewer : b.sends().users()) {
                for (SendFormat format : SendFormat.values()) {
                    Path whole = dir.resolve("whole." + format.extension());
                    Path halves = dir.resolve("halves." + format.extension());
                    ExportService.Report r = one.export(whole, format, viewer, SendFilter.ALL, SendSort.NEWEST_FIRST,
                            ExportService.Progress.NONE, () -> false);
                    two.export(halves, format, viewer, SendFilter.ALL, SendSort.NEWEST_FIRST,
                            ExportService.Progress.NONE, () -> false);
                    assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(halves),
                            kind + " " + viewer.email() + " " + format + " " + r.rows() + " sends");
                }
            }
        }
    }

    @Test
    void smallStoresOtherSortsAndSingleDaysAreNotCut() {
        assertTrue(ExportHalves.of(store, SendFilter.ALL, SendSort.NEWEST_FIRST, 1_000).isEmpty(), "too few sends");
        assertTrue(ExportHalves.of(store, SendFilter.ALL, new SendSort(SendSort.Field.RECIPIENT, true), 0).isEmpty());
        LocalDate day = LocalDate.of(2026, 11, 12);
        assertTrue(ExportHalves.of(store, SendFilter.ALL.withDates(day, day), SendSort.NEWEST_FIRST, 0).isEmpty());
        assertTrue(ExportHalves.of(store, SendFilter.ALL.withDates(LocalDate.of(2030, 1, 1), null),
                SendSort.NEWEST_FIRST, 0).isEmpty(), "after the last send");
        try (SendStore empty = StoreFixture.newStore()) {
            assertTrue(ExportHalves.of(empty, SendFilter.ALL, SendSort.NEWEST_FIRST, 0).isEmpty(),
                    "an empty store has no span");
        }
    }

    @Test
    void aFailingSecondHalfLeavesNoFileAndSaysWhy() throws Exception {
        SendStore failing = failingWhenFilteredUpToADay(store);
        Path out = dir.resolve("out.json");
        ExportService.ExportFailedException e = assertThrows(ExportService.ExportFailedException.class,
                () -> new ExportService(failing, CLOCK).withHalvesFrom(0).export(out, SendFormat.JSON, ADMIN,
                        SendFilter.ALL, SendSort.NEWEST_FIRST, ExportService.Progress.NONE, () -> false));
        assertTrue(e.getMessage().contains("the disk went away"), e.getMessage());
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "neither the file nor a part of it is left");
        }
    }

    @Test
    void aCancelStopsBothHalvesAndLeavesNoFile() throws Exception {
        Path out = dir.resolve("out.csv");
        ExportService.Report r = new ExportService(store, CLOCK).withHalvesFrom(0).export(out, SendFormat.CSV, ADMIN,
                SendFilter.ALL, SendSort.NEWEST_FIRST, ExportService.Progress.NONE, () -> true);
        assertTrue(r.cancelled());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    private List<String> ids(SendFilter filter, SendSort sort) {
        List<String> ids = new ArrayList<>();
        store.forEach(ADMIN, filter, sort, CLOCK.instant(), false, s -> ids.add(s.id()));
        return ids;
    }

    /** The store, except that a read bounded by an end day (the older half, newest first) fails after a few sends. */
    private static SendStore failingWhenFilteredUpToADay(SendStore real) {
        return (SendStore) Proxy.newProxyInstance(ExportHalvesTest.class.getClassLoader(),
                new Class<?>[] {SendStore.class}, (p, m, args) -> {
                    // forEach(viewer, filter, …, sink) or forEachPart(parts, viewer, filter, …, sink)
                    int at = m.getName().equals("forEachPart") ? 1 : 0;
                    if (m.getName().startsWith("forEach") && ((SendFilter) args[at + 1]).to() != null) {
                        SendStore.SendSink sink = (SendStore.SendSink) args[at + 5];
                        int[] n = {0};
                        args[at + 5] = (SendStore.SendSink) s -> {
                            if (++n[0] > 3) {
                                throw new StoreException("Could not read the sends: the disk went away");
                            }
                            sink.accept(s);
                        };
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
