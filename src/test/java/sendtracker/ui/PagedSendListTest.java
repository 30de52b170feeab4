package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;

import sendtracker.domain.Send;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;

class PagedSendListTest {
    private static final int TOTAL = 1_000_000;
    private final List<Integer> loadedOffsets = new ArrayList<>();

    private SendPage load(int offset, int limit) {
        loadedOffsets.add(offset);
        List<Send> rows = new ArrayList<>();
        for (int i = offset; i < Math.min(TOTAL, offset + limit); i++) {
            rows.add(send(i));
        }
        return new SendPage(rows, TOTAL);
    }

    private static Send send(int i) {
        return Send.builder().id("S" + i).createdAt(Instant.EPOCH).type(SendType.EGIFT).status(SendStatus.SENT).build();
    }

    @Test
    void aMillionRowsFetchOnlyThePagesThatAreRead() {
        PagedSendList list = new PagedSendList(TOTAL, load(0, 100).rows(), this::load, Jobs.direct(), e -> { });
        loadedOffsets.clear();

        assertEquals(TOTAL, list.size());
        assertEquals("S5", list.get(5).id());
        assertTrue(loadedOffsets.isEmpty(), "the first page came with the list");
        assertEquals("S777777", list.get(777_777).id());
        assertEquals("S777700", list.get(777_700).id());
        assertEquals(List.of(777_700), loadedOffsets, "one page fetched, once");
    }

    @Test
    void aRowShowsAsLoadingUntilItsPageArrivesThenTheTableIsTold() {
        List<Runnable> pending = new ArrayList<>();
        Jobs later = new Jobs() {
            @Override
            public <T> Handle submit(Job<T> job, java.util.function.Consumer<T> onDone,
                    java.util.function.Consumer<Throwable> onFailure, ProgressListener onProgress) {
                pending.add(() -> Jobs.direct().submit(job, onDone, onFailure, onProgress));
                return () -> { };
            }
        };
        PagedSendList list = new PagedSendList(TOTAL, List.of(), this::load, later, e -> { });
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Send>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + "-" + c.getTo() + (c.wasReplaced() ? " replaced" : ""));
            }
        });

        assertNull(list.get(250));
        assertNull(list.get(260));
        assertFalse(list.isLoaded(250));
        assertEquals(1, pending.size(), "one fetch for the page, however many rows of it are read");
        pending.get(0).run();

        assertEquals(List.of("200-300 replaced"), changes);
        assertEquals("S250", list.get(250).id());
    }

    @Test
    void aChangedSendReplacesItsRowInPlace() {
        PagedSendList list = new PagedSendList(TOTAL, load(0, 100).rows(), this::load, Jobs.direct(), e -> { });
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Send>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + (c.wasReplaced() ? " replaced" : ""));
            }
        });
        Send canceled = send(42).toBuilder().status(SendStatus.CANCELED).build();

        assertEquals(42, list.replace(canceled));
        assertEquals(SendStatus.CANCELED, list.get(42).status());
        assertEquals(List.of("42 replaced"), changes);
        assertEquals(-1, list.replace(send(999_999)), "a row not in memory is left to its next fetch");
    }

    @Test
    void aDisposedListIgnoresLatePages() {
        List<Runnable> pending = new ArrayList<>();
        Jobs later = new Jobs() {
            @Override
            public <T> Handle submit(Job<T> job, java.util.function.Consumer<T> onDone,
                    java.util.function.Consumer<Throwable> onFailure, ProgressListener onProgress) {
                pending.add(() -> Jobs.direct().submit(job, onDone, onFailure, onProgress));
                return () -> { };
            }
        };
        PagedSendList list = new PagedSendList(TOTAL, List.of(), this::load, later, e -> { });
        assertNull(list.get(500));
        list.dispose();
        pending.forEach(Runnable::run);
        assertFalse(list.isLoaded(500));
    }

    @Test
    void pagesScrolledPastBeforeTheirTurnAreNotFetched() {
        QueuedJobs later = new QueuedJobs();
        PagedSendList list = new PagedSendList(TOTAL, List.of(), this::load, later, e -> { });
        for (int page = 0; page < 20; page++) {
            assertNull(list.get(page * 100));
        }
        loadedOffsets.clear();
        List<Runnable> queued = later.drain();
        queued.forEach(Runnable::run);

        assertEquals(List.of(1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900), loadedOffsets,
                "only the pages asked for last are read");
        assertEquals("S1900", list.get(1900).id());
        assertNull(list.get(0), "a skipped page is asked for again when the table shows it");
        assertEquals(1, later.pending.size());
    }
}
