package sendtracker.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import sendtracker.domain.Send;

/**
 * Held batches on either store: one connection, one open transaction, committed (and synced) when
 * told, rolled back on close otherwise (docs/decisions/0028-team-import-stores-while-it-checks.md,
 * 0036-local-import-stores-while-it-checks.md). What a batch does inside it is the store's
 * {@link Body}. Used by one thread.
 */
final class HeldTransaction implements HeldUpserts {
    /** One batch inside {@code c}'s open transaction; adds the ids of the sends it changed to {@code changedIds}. */
    interface Body {
        UpsertCounts store(Connection c, List<Send> sends, Set<String> changedIds) throws SQLException, IOException;
    }

    private final Connections connections;
    private final Runnable forgetCreated;
    private final Consumer<Collection<String>> changed;
    private final Body body;
    private final Set<String> ids = new LinkedHashSet<>();
    private Connection c;
    private boolean finished;

    /**
     * {@code forgetCreated} drops what the directory cached of users, teams and campaigns created in
     * the transaction (after a rollback); {@code changed} hears the ids once the batches commit.
     */
    HeldTransaction(Connections connections, Runnable forgetCreated, Consumer<Collection<String>> changed,
            Body body) {
        this.connections = connections;
        this.forgetCreated = forgetCreated;
        this.changed = changed;
        this.body = body;
    }

    @Override
    public UpsertCounts upsert(List<Send> sends) {
        if (finished) {
            throw new IllegalStateException("this held transaction has ended");
        }
        if (sends.isEmpty()) {
            return UpsertCounts.NONE;
        }
        try {
            if (c == null) {
                c = connections.open();
                c.setAutoCommit(false);
            }
            return body.store(c, sends, ids);
        } catch (SQLException e) {
            close();
            throw connections.failure("store the sends", e);
        } catch (IOException e) {
            close();
            throw new StoreException("Could not store the sends: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void commit() {
        if (finished) {
            throw new IllegalStateException("this held transaction has ended");
        }
        try {
            if (c != null) {
                connections.commitDurably(c);
            }
        } catch (SQLException e) {
            close();
            throw connections.failure("store the sends", e);
        }
        finished = true;
        release();
        changed.accept(ids);
    }

    @Override
    public void close() {
        if (!finished && c != null) {
            try {
                c.rollback();
            } catch (SQLException e) {
                // closing the connection below ends the transaction as well
            }
            forgetCreated.run();
        }
        finished = true;
        release();
    }

    private void release() {
        if (c != null) {
            try {
                c.setAutoCommit(true);
                c.close();
            } catch (SQLException e) {
                // a broken connection: the pool drops it
            }
            c = null;
        }
    }
}
