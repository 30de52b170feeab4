package sendtracker.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import sendtracker.domain.Send;

/**
 * An import's batches on the local store, one after another on the calling thread, each in a
 * transaction of its own that commits without forcing the disk. Meanwhile H2 writes the pages from
 * its background thread, and {@link #finish} syncs once for every batch before the import reports
 * (docs/decisions/0035-h2-import-syncs-at-its-end.md). A batch that fails rolls back alone; the
 * earlier ones stay, and {@link #close} syncs them. Used by one thread.
 */
final class SerialUpserts implements UpsertPipeline {
    private final Connections connections;
    private final SendWrites writes;
    private UpsertCounts committed = UpsertCounts.NONE;
    private int batches;
    private boolean synced;
    private boolean closed;

    private SerialUpserts(Connections connections, SendWrites writes) {
        this.connections = connections;
        this.writes = writes;
    }

    /** Lets the database write in the background until {@link #close}. */
    static SerialUpserts start(Connections connections, SendWrites writes) {
        try (Connection c = connections.open()) {
            connections.dialect().writeCommitsInBackground(c);
        } catch (SQLException e) {
            throw connections.failure("prepare the import", e);
        }
        return new SerialUpserts(connections, writes);
    }

    @Override
    public void upsert(List<Send> sends) {
        if (closed) {
            throw new IllegalStateException("this import's batches have ended");
        }
        committed = committed.plus(writes.upsert(sends, false));
        batches++;
        synced = false;
    }

    @Override
    public UpsertCounts finish() {
        sync();
        return committed;
    }

    @Override
    public UpsertCounts committed() {
        return committed;
    }

    @Override
    public int committedBatches() {
        return batches;
    }

    /** Syncs what was not synced (after a failed batch: the ones before it), and writes at once again. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = connections.open()) {
            try {
                if (!synced && batches > 0) {
                    connections.dialect().syncToDisk(c);
                }
            } finally {
                connections.dialect().writeCommitsAtOnce(c);
            }
        } catch (SQLException | StoreException e) {
            // only after a failure the caller reports (finish() syncs on the way that succeeds);
            // the next durable commit of this store syncs these batches too
        }
    }

    private void sync() {
        if (synced || batches == 0) {
            synced = true;
            return;
        }
        try (Connection c = connections.open()) {
            connections.dialect().syncToDisk(c);
            synced = true;
        } catch (SQLException e) {
            throw connections.failure("write the imported sends to the disk", e);
        }
    }
}
