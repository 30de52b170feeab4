package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;

/** The read path: SQL until the index is built, the index after, and the store's changes followed. */
class ReadPathTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private Database database;
    private JdbcSendStore store;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:readpath" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        store = new JdbcSendStore(database);
        new DemoData(store, Clock.fixed(NOW, ZoneOffset.UTC)).generate(800, 7L, n -> { });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<String> ids(SendPage page) {
        return page.rows().stream().map(Send::id).collect(Collectors.toList());
    }

    @Test
    void answersFromTheStoreUntilTheIndexIsBuiltThenFromTheIndexAlike() {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        ReadPath reads = new ReadPath(store, database.dataSource(), later);
        User admin = store.defaultUser();
        SendFilter filter = SendFilter.ALL.withSearch("a");
        SendSort sort = new SendSort(SendSort.Field.RECIPIENT, true);

        assertFalse(reads.answersFromIndex(filter, sort), "nothing built yet");
        SendPage before = reads.page(admin, filter, sort, 0, 50, NOW);
        assertEquals(store.count(admin, filter, NOW), before.total());

        queued.forEach(Runnable::run);
        assertTrue(reads.indexReady().isDone());
        assertTrue(reads.answersFromIndex(filter, sort));
        SendPage after = reads.page(admin, filter, sort, 0, 50, NOW);
        assertEquals(ids(before), ids(after));
        assertEquals(before.total(), after.total());
        assertEquals(store.countByStatus(admin, filter, NOW), reads.countByStatus(admin, filter, NOW));
        assertEquals(800, reads.count(admin, SendFilter.ALL, NOW));
    }

    @Test
    void theWindowsIndexWaitsForItsFirstRowsNotOnlyForTheFirstPage() throws Exception {
        ReadPath reads = ReadPath.withBackgroundIndex(store, database.dataSource());
        java.util.concurrent.CompletableFuture<Void> firstRowsShown = new java.util.concurrent.CompletableFuture<>();
        reads.startIndexAfter(firstRowsShown);
        User admin = store.defaultUser();

        SendPage first = reads.page(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100, NOW);
        assertEquals(800, first.total());
        // the build thread is free to start now, but waits for the rows: still SQL
        assertFalse(reads.indexReady().isDone());
        assertFalse(reads.answersFromIndex(SendFilter.ALL, SendSort.NEWEST_FIRST));

        firstRowsShown.complete(null);
        reads.indexReady().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(reads.answersFromIndex(SendFilter.ALL, SendSort.NEWEST_FIRST));
        assertEquals(ids(first), ids(reads.page(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100, NOW)));
    }

    @Test
    void aCancelThroughTheServiceShowsInTheNextPage() {
        ReadPath reads = new ReadPath(store, database.dataSource(), Runnable::run);
        SendService service = new SendService(store, reads, new CancelPolicy(), Clock.fixed(NOW, ZoneOffset.UTC),
                false);
        User admin = store.defaultUser();
        SendFilter canceled = SendFilter.ALL.withStatuses(Set.of(SendStatus.CANCELED));
        long before = service.count(admin, canceled);
        Send cancelable = null;
        for (Send s : service.page(admin, SendFilter.ALL.withStatuses(Set.of(SendStatus.CONFIRMING_ADDRESS)),
                SendSort.NEWEST_FIRST, 0, 500).rows()) {
            if (service.preview(admin, s).outcome() == sendtracker.domain.CancelOutcome.CANCELED) {
                cancelable = s;
                break;
            }
        }
        assertTrue(cancelable != null, "the demo data holds a send that can be canceled");

        service.cancel(admin, cancelable.id(), null, "no longer needed");

        assertTrue(reads.answersFromIndex(canceled, SendSort.NEWEST_FIRST));
        assertEquals(before + 1, service.count(admin, canceled));
        assertEquals(store.count(admin, canceled, NOW), reads.count(admin, canceled, NOW));
        assertTrue(ids(reads.page(admin, canceled, new SendSort(SendSort.Field.STATUS_CHANGED_AT, false), 0, 100, NOW))
                .contains(cancelable.id()));
    }

    @Test
    void aSearchTheIndexCannotMatchExactlyGoesToTheStore() {
        ReadPath reads = new ReadPath(store, database.dataSource(), Runnable::run);
        SendFilter odd = SendFilter.ALL.withSearch("x\u0000y");
        assertFalse(reads.answersFromIndex(odd, SendSort.NEWEST_FIRST));
        assertEquals(0, reads.page(store.defaultUser(), odd, SendSort.NEWEST_FIRST, 0, 10, NOW).total());
    }
}
