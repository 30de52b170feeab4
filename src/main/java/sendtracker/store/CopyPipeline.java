package sendtracker.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import sendtracker.domain.Send;

/**
 * The team store's {@link UpsertPipeline} (docs/decisions/0031-team-import-stores-two-batches-at-once.md):
 * each batch runs on a thread and a connection of its own, in its own transaction, in two halves —
 * {@link CopyUpserts#prepare} (lock and read its stored sends, plan, stage) and {@link CopyUpserts#write}
 * (from the stage into the tables) — under three orders that keep it what one connection would store:
 * <ul>
 * <li>a batch prepares only after the batch before it has prepared, so the sender, team and campaign
 * ids are found or created once, in file order;</li>
 * <li>a batch writes only after every earlier batch that created such rows (or stores cancellation
 * requests) has committed: its rows may refer to them, and a foreign key sees committed rows only;</li>
 * <li>a batch writes its change feed rows only after the batch before it has written its own, so their
 * sequences rise in commit order and a window reading the feed sees no hole wider than a batch (it
 * waits for few: FeedPosition);</li>
 * <li>a batch commits only after the batch before it has committed, so a killed import leaves whole
 * batches from the first on, and a failed batch takes every later one back with it.</li>
 * </ul>
 * The import's batches never share a Send ID (the storing pass rejects a repeated one), so two batches
 * in flight lock and insert different rows; every other wait is bounded by the lock timeout.
 */
final class CopyPipeline implements UpsertPipeline {
    /** Batches on their way at once: one writing while the next prepares. */
    static final int IN_FLIGHT = 2;
    private static final CompletableFuture<Object> DONE = CompletableFuture.completedFuture(null);

    private final CopyUpserts upserts;
    private final Connections connections;
    private final Directory directory;
    private final Consumer<Collection<String>> changed;
    private final ExecutorService threads;
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    /** Completes when the last batch given has prepared, with what the next one must wait for before it writes. */
    private CompletableFuture<CompletableFuture<?>> lastPrepared = CompletableFuture.completedFuture(DONE);
    private CompletableFuture<?> lastFed = DONE;
    private CompletableFuture<?> lastCommitted = DONE;
    private final AtomicReference<UpsertCounts> committed = new AtomicReference<>(UpsertCounts.NONE);
    private final AtomicInteger committedBatches = new AtomicInteger();
    /** The first batch's failure; every later batch rolls back. */
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private boolean closed;

    CopyPipeline(CopyUpserts upserts, Connections connections, Directory directory,
            Consumer<Collection<String>> changed) {
        this.upserts = upserts;
        this.connections = connections;
        this.directory = directory;
        this.changed = changed;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread t = new Thread(r, "team-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void upsert(List<Send> sends) {
        if (closed) {
            throw new IllegalStateException("this pipeline has ended");
        }
        throwFailure();
        if (sends.isEmpty()) {
            return;
        }
        slots.acquireUninterruptibly();
        List<Send> batch = List.copyOf(sends);
        Order order = new Order(lastPrepared, lastFed, lastCommitted);
        lastPrepared = order.prepared;
        lastFed = order.fed;
        lastCommitted = order.commit;
        try {
            threads.execute(() -> {
                try {
                    store(batch, order);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** One batch's steps and those of the batch before it, which its own steps wait for. */
    private static final class Order {
        final CompletableFuture<CompletableFuture<?>> preparedBefore;
        final CompletableFuture<?> fedBefore;
        final CompletableFuture<?> committedBefore;
        /** Completes with the commit the next batch must wait for before it writes. */
        final CompletableFuture<CompletableFuture<?>> prepared = new CompletableFuture<>();
        final CompletableFuture<Object> fed = new CompletableFuture<>();
        final CompletableFuture<Object> commit = new CompletableFuture<>();

        Order(CompletableFuture<CompletableFuture<?>> preparedBefore, CompletableFuture<?> fedBefore,
                CompletableFuture<?> committedBefore) {
            this.preparedBefore = preparedBefore;
            this.fedBefore = fedBefore;
            this.committedBefore = committedBefore;
        }

        void fail(CompletionException why) {
            prepared.completeExceptionally(why);
            fed.completeExceptionally(why);
            commit.completeExceptionally(why);
        }
    }

    /** One batch, on a thread of its own; see the class comment for the orders. */
    private void store(List<Send> batch, Order order) {
        Connection c = null;
        try {
            CompletableFuture<?> mustCommitFirst = order.preparedBefore.join();
            c = connections.open();
            c.setAutoCommit(false);
            long createdBefore = directory.created();
            UpsertPlan plan = upserts.prepare(c, batch, false);
            boolean refersToOwnRows = directory.created() != createdBefore || hasCancelRequests(batch);
            order.prepared.complete(refersToOwnRows ? order.commit : mustCommitFirst);
            (refersToOwnRows ? order.committedBefore : mustCommitFirst).join();
            upserts.writeSends(c, plan);
            order.fedBefore.join();
            upserts.writeFeed(c, plan, batch);
            order.fed.complete(null);
            order.committedBefore.join();
            c.commit();
            committed.accumulateAndGet(plan.counts(), UpsertCounts::plus);
            committedBatches.incrementAndGet();
            changed.accept(plan.changedIds()); // in commit order: the next batch commits after this returns
            order.commit.complete(null);
        } catch (SQLException e) {
            fail(c, connections.failure("store the sends", e), order);
        } catch (IOException e) {
            fail(c, new StoreException("Could not store the sends: " + e.getMessage(), e), order);
        } catch (CompletionException e) {
            fail(c, null, order); // an earlier batch failed: this one goes back with it
        } catch (RuntimeException e) {
            fail(c, e, order);
        } finally {
            if (c != null) {
                try {
                    c.setAutoCommit(true);
                    c.close();
                } catch (SQLException e) {
                    // a broken connection: the pool drops it
                }
            }
        }
    }

    private void fail(Connection c, RuntimeException cause, Order order) {
        if (cause != null) {
            failure.compareAndSet(null, cause);
        }
        if (c != null) {
            try {
                c.rollback();
            } catch (SQLException e) {
                // closing the connection ends the transaction as well
            }
            directory.clearCaches(); // ids this transaction created are gone with it
        }
        RuntimeException first = failure.get();
        CompletionException why = new CompletionException(first != null ? first : cause);
        order.fail(why);
    }

    private static boolean hasCancelRequests(List<Send> batch) {
        for (Send s : batch) {
            if (!s.cancelRequests().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void throwFailure() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public UpsertCounts finish() {
        drain();
        throwFailure();
        return committed.get();
    }

    @Override
    public UpsertCounts committed() {
        return committed.get();
    }

    @Override
    public int committedBatches() {
        return committedBatches.get();
    }

    /** Waits until every batch given has committed or rolled back. */
    private void drain() {
        slots.acquireUninterruptibly(IN_FLIGHT);
        slots.release(IN_FLIGHT);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        drain();
        threads.shutdown();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
