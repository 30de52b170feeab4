package sendtracker.service;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;
import sendtracker.store.SendQuery;
import sendtracker.store.SendStore;
import sendtracker.store.index.SendIndex;

/**
 * The read path of the window and the command line: answers from the in-memory
 * {@link SendIndex} once it is built, and from the store's SQL before that (so the first page
 * shows at once) or for the rare query the index cannot answer exactly. The index follows
 * every change of the store as its listener.
 */
public final class ReadPath implements SendQuery {
    private final SendStore store;
    private final SendIndex index;
    private final CompletableFuture<Void> indexReady;
    private final CountDownLatch firstPage;
    /** What the background build waits for after the first page, besides it (nothing unless the window says so). */
    private final AtomicReference<CompletionStage<?>> startAfter;
    /** Nobody asked for a page this long after the open: the index is built anyway. */
    static final long FIRST_PAGE_WAIT_SECONDS = 10;

    /**
     * Registers the index with the store and builds it on {@code background} (a daemon thread
     * in the app, the calling thread in tests), reading the sends from {@code dataSource} (the
     * store's database) or, when null, through the store.
     */
    public ReadPath(SendStore store, DataSource dataSource, Executor background) {
        this(store, dataSource, background, new CountDownLatch(0), new AtomicReference<>(DONE));
    }

    private static final CompletionStage<?> DONE = CompletableFuture.completedFuture(null);

    private ReadPath(SendStore store, DataSource dataSource, Executor background, CountDownLatch firstPage,
            AtomicReference<CompletionStage<?>> startAfter) {
        this.firstPage = firstPage;
        this.startAfter = startAfter;
        this.store = store;
        this.index = new SendIndex(store, dataSource);
        store.addListener(index);
        this.indexReady = CompletableFuture.runAsync(() -> {
            index.build();
            index.prepareAllSorts();
        }, background);
    }

    /**
     * A read path with its own daemon thread for the build.
     *
     * @param dataSource the store's database, for the index's one streaming read; null reads through the store
     */
    public static ReadPath withBackgroundIndex(SendStore store, DataSource dataSource) {
        // The build waits for the first page (from SQL): on two cores it would otherwise
        // delay the window's first rows by seconds (docs/decisions/0014-launch-time.md).
        CountDownLatch firstPage = new CountDownLatch(1);
        AtomicReference<CompletionStage<?>> startAfter = new AtomicReference<>(DONE);
        return new ReadPath(store, dataSource, task -> {
            Thread t = new Thread(() -> {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(FIRST_PAGE_WAIT_SECONDS);
                try {
                    firstPage.await(FIRST_PAGE_WAIT_SECONDS, TimeUnit.SECONDS);
                    startAfter.get().toCompletableFuture().get(Math.max(0, until - System.nanoTime()),
                            TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // built anyway: the wait only keeps the build from sharing the cores with the window's start
                }
                task.run();
            }, "send-index-build");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            t.start();
        }, firstPage, startAfter);
    }

    /**
     * The background build (of {@link #withBackgroundIndex}) waits for {@code start} too, after the
     * first page, and still at most {@value #FIRST_PAGE_WAIT_SECONDS} s after the open: the window
     * passes its first rows being shown (docs/decisions/0014-launch-time.md). Asked before the
     * first page, else too late to matter.
     */
    public void startIndexAfter(CompletionStage<?> start) {
        startAfter.set(start);
    }

    /** Completes when the index answers queries (and every sort order is prepared), exceptionally if it failed. */
    public CompletableFuture<Void> indexReady() {
        return indexReady;
    }

    public SendIndex index() {
        return index;
    }

    /** Whether this query would be answered from the index right now. */
    public boolean answersFromIndex(SendFilter filter, SendSort sort) {
        return index.canAnswer(filter, sort);
    }

    @Override
    public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit, Instant now) {
        try {
            return index.canAnswer(filter, sort) ? index.page(viewer, filter, sort, offset, limit, now)
                    : store.page(viewer, filter, sort, offset, limit, now);
        } finally {
            firstPage.countDown();
        }
    }

    @Override
    public long count(User viewer, SendFilter filter, Instant now) {
        return index.canAnswer(filter, null) ? index.count(viewer, filter, now) : store.count(viewer, filter, now);
    }

    @Override
    public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter, Instant now) {
        return index.canAnswer(filter, null) ? index.countByStatus(viewer, filter, now)
                : store.countByStatus(viewer, filter, now);
    }

    @Override
    public Spend spend(User viewer, SendFilter filter, SpendGroup by, Instant now) {
        return index.canAnswerSpend(filter) ? index.spend(viewer, filter, by, now) : store.spend(viewer, filter, by, now);
    }
}
