package sendtracker.store;

import java.util.List;

import sendtracker.domain.Send;

/**
 * Batches of an import, each in a transaction of its own, committed in the order they were given. The
 * team store stores two at a time on two connections: while one batch inserts into {@code sends}, the
 * next is read, planned and staged beside it (docs/decisions/0031-team-import-stores-two-batches-at-once.md);
 * the local store one after another, syncing to the disk once at the end
 * (docs/decisions/0035-h2-import-syncs-at-its-end.md). A batch that fails rolls back with every later
 * one; the earlier ones stay. Used by one thread.
 */
public interface UpsertPipeline extends AutoCloseable {
    /**
     * Hands a batch over (its ids must not repeat an earlier batch's); returns once it is on its way,
     * waiting while two are. Throws the failure of an earlier batch, after which nothing more is stored.
     */
    void upsert(List<Send> sends);

    /** Waits until every batch given has committed; their counts. Throws the first batch's failure. */
    UpsertCounts finish();

    /** The counts of the batches committed so far. */
    UpsertCounts committed();

    /** How many of the batches given (in order) have committed so far. */
    int committedBatches();

    /** Waits until no batch is on its way any more (each commits or rolls back), and ends the threads. */
    @Override
    void close();
}
