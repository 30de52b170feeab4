package sendtracker.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import sendtracker.domain.Send;
import sendtracker.domain.StatusUpdate;

/**
 * The team store's upsert (docs/decisions/0011-team-store-on-postgresql.md,
 * docs/decisions/0022-team-import-decides-before-it-copies.md): one round trip locks the batch's
 * stored sends and reads their Status Changed At, {@link UpsertPlan} applies the import rules of
 * docs/design.md exactly as on H2, and only the rows that change anything go by COPY into
 * session-local staging tables, from which one set-based statement each inserts, updates, writes
 * the history and feeds the change feed. A newer send with a history (JSON) replaces the stored
 * history, one without (CSV) adds its status to it. (A row cannot go by COPY straight into
 * {@code sends}: PostgreSQL refuses COPY FROM into a table with row-level security.)
 */
final class CopyUpserts {
    /**
     * Sends per import transaction on the team store: four times the local store's, as each batch
     * pays a few round trips and a commit (docs/decisions/0024-team-import-reads-ahead.md).
     */
    static final int BATCH = 20_000;

    /** Every send column COPY fills, in {@link SendColumns#bindInsert} order. */
    private static final List<String> COLUMNS = SendColumns.insertColumns();

    /** I insert, U update; only the rows the plan stores are staged. */
    private static final String STAGE_SENDS = "CREATE TEMP TABLE IF NOT EXISTS send_stage (verdict CHAR(1) NOT NULL,"
            + " has_history BOOLEAN NOT NULL, LIKE sends) ON COMMIT DELETE ROWS";
    private static final String STAGE_HISTORY = "CREATE TEMP TABLE IF NOT EXISTS history_stage (send_id VARCHAR(64)"
            + " NOT NULL, seq INTEGER NOT NULL, status VARCHAR(32) NOT NULL, occurred_at BIGINT NOT NULL,"
            + " actor VARCHAR(320), note VARCHAR(2000)) ON COMMIT DELETE ROWS";
    /**
     * The stored sends of the batch, locked in id order (two imports of overlapping files take their
     * locks in the same order; lock_timeout bounds any wait).
     */
    private static final String LOCK_STORED = "SELECT id, status_changed_at FROM sends WHERE id = ANY (?)"
            + " ORDER BY id FOR UPDATE";

    private final Connections connections;
    private final Directory directory;
    private final Consumer<Collection<String>> changed;

    CopyUpserts(Connections connections, Directory directory, Consumer<Collection<String>> changed) {
        this.connections = connections;
        this.directory = directory;
        this.changed = changed;
    }

    UpsertCounts upsert(List<Send> sends) {
        if (sends.isEmpty()) {
            return UpsertCounts.NONE;
        }
        UpsertPlan plan;
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                plan = store(c, sends, false);
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                directory.clearCaches();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw connections.failure("store the sends", e);
        } catch (IOException e) {
            throw new StoreException("Could not store the sends: " + e.getMessage(), e);
        }
        changed.accept(plan.changedIds());
        return plan.counts();
    }

    /** Batches in one transaction until {@link HeldUpserts#commit} (docs/decisions/0028-team-import-stores-while-it-checks.md). */
    HeldUpserts hold() {
        boolean[] staged = {false}; // an earlier batch of this transaction left rows in the stages
        return new HeldTransaction(connections, directory::clearCaches, changed, (c, sends, ids) -> {
            UpsertPlan plan = store(c, sends, staged[0]);
            staged[0] |= changes(plan);
            ids.addAll(plan.changedIds());
            return plan.counts();
        });
    }

    /**
     * One batch on {@code c}, inside the caller's transaction; {@code stagedBefore} when an earlier
     * batch of this transaction left rows in the stages (they empty only at commit).
     */
    private UpsertPlan store(Connection c, List<Send> sends, boolean stagedBefore) throws SQLException, IOException {
        UpsertPlan plan = prepare(c, sends, stagedBefore);
        write(c, plan, sends);
        return plan;
    }

    /** A batch's first half: locks and reads its stored sends, plans, and stages what the plan stores. */
    UpsertPlan prepare(Connection c, List<Send> sends, boolean stagedBefore) throws SQLException, IOException {
        byKey(c);
        UpsertPlan plan = UpsertPlan.of(sends, lockStored(c, sends));
        if (changes(plan)) {
            stage(c, plan, stagedBefore);
        }
        return plan;
    }

    /** A batch's second half, after {@link #prepare} in the same transaction: from the stage into the tables. */
    void write(Connection c, UpsertPlan plan, List<Send> sends) throws SQLException {
        writeSends(c, plan);
        writeFeed(c, plan, sends);
    }

    /** The stored sends and their history, from the stage. */
    void writeSends(Connection c, UpsertPlan plan) throws SQLException {
        if (changes(plan)) {
            apply(c, plan);
        }
    }

    /** The change feed's rows for the staged sends, and the batch's cancellation requests. */
    void writeFeed(Connection c, UpsertPlan plan, List<Send> sends) throws SQLException {
        if (changes(plan)) {
            feed(c);
        }
        CancelRequestRows.insertMissing(c, sends);
    }

    /** Batches on two connections at once, committed in order (docs/decisions/0031-team-import-stores-two-batches-at-once.md). */
    UpsertPipeline pipeline() {
        return new CopyPipeline(this, connections, directory, changed);
    }

    private static boolean changes(UpsertPlan plan) {
        return !plan.inserts.isEmpty() || !plan.updates.isEmpty();
    }

    /** The batches of one open transaction, on one connection of their own. */
    /**
     * Every statement of a batch reaches {@code sends} and {@code send_history} by key: its own few
     * thousand ids. While a bulk import grows the table the planner still prices a whole-table scan
     * cheaper than that many index probes (measured: 60 ms a batch at 200,000 stored sends and growing
     * with the table, against 7 ms by the primary key), so it is ruled out for this transaction
     * (docs/decisions/0024-team-import-reads-ahead.md). The stages have no index and are scanned anyway.
     */
    private static void byKey(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL enable_seqscan = off");
        }
    }

    /** Locks the stored sends among {@code sends}; their stored Status Changed At by id. */
    private static Map<String, Long> lockStored(Connection c, List<Send> sends) throws SQLException {
        String[] ids = new String[sends.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sends.get(i).id();
        }
        Map<String, Long> stored = new HashMap<>();
        Array array = c.createArrayOf("varchar", ids);
        try (PreparedStatement ps = c.prepareStatement(LOCK_STORED)) {
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getLong(2));
                }
            }
        } finally {
            array.free();
        }
        return stored;
    }

    /** Every staged send is a changed one: the change feed gets them in one statement, in this transaction. */
    private static void feed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO send_changes (send_id, changed_at) SELECT id, ? FROM send_stage")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.executeUpdate();
        }
        ChangeFeed.notifyListeners(c, PostgresDialect.INSTANCE);
    }

    private void stage(Connection c, UpsertPlan plan, boolean stagedBefore) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute(STAGE_SENDS);
            st.execute(STAGE_HISTORY);
            if (stagedBefore) {
                st.execute("TRUNCATE send_stage, history_stage");
            }
        }
        List<Send> staged = new ArrayList<>(plan.inserts.size() + plan.updates.size());
        staged.addAll(plan.inserts.values());
        staged.addAll(plan.updates.values());
        // the ids of sender, team and campaign are found or made first, as on H2 (few: cached), and
        // before the COPY starts: the connection runs no other statement during one
        List<SendColumns.References> refs = new ArrayList<>(staged.size());
        for (Send s : staged) {
            refs.add(directory.references(c, s));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        CopyRows history = new CopyRows();
        CopyIn in = copy.copyIn("COPY send_stage (verdict, has_history, " + String.join(", ", COLUMNS)
                + ", version) FROM STDIN");
        try {
            CopyRows rows = new CopyRows(in);
            for (int i = 0; i < staged.size(); i++) {
                stageRow(staged.get(i), refs.get(i), i < plan.inserts.size() ? "I" : "U", rows, history);
            }
            rows.finish();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        if (!history.isEmpty()) {
            copy.copyIn("COPY history_stage (send_id, seq, status, occurred_at, actor, note) FROM STDIN",
                    new ByteArrayInputStream(history.bytes()));
        }
    }

    /**
     * Stages a send with its verdict; its history goes to the history stage when it is stored as it
     * comes: every new send's, and a replacing send's that brings its own.
     */
    private static void stageRow(Send s, SendColumns.References refs, String verdict, CopyRows rows,
            CopyRows history) throws SQLException {
        rows.text(verdict).flag(!s.history().isEmpty());
        SendColumns.bindInsert(rows, s, refs);
        rows.number(0);
        rows.addBatch();
        int seq = 0;
        for (StatusUpdate u : s.history()) {
            history.text(s.id()).integer(seq++).text(u.status().name()).millis(u.occurredAt()).text(u.actor())
                    .text(u.note());
            history.addBatch();
        }
    }

    private static void apply(Connection c, UpsertPlan plan) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (!plan.inserts.isEmpty()) {
                st.executeUpdate("INSERT INTO sends (" + String.join(", ", COLUMNS) + ", version) SELECT "
                        + String.join(", ", COLUMNS) + ", 0 FROM send_stage WHERE verdict = 'I'");
            }
            if (!plan.updates.isEmpty()) {
                // Temporary tables get no statistics by themselves: without them the planner may join
                // the stage to sends and send_history by a nested loop over the whole table.
                st.execute("ANALYZE send_stage (id, verdict)");
                String stored = COLUMNS.subList(1, COLUMNS.size()).stream().map(col -> col + " = g." + col)
                        .collect(Collectors.joining(", "));
                st.executeUpdate("UPDATE sends s SET " + stored + ", version = s.version + 1 FROM send_stage g"
                        + " WHERE g.verdict = 'U' AND s.id = g.id");
                // A newer version with its own history (JSON) replaces the stored one; one without (CSV)
                // keeps the stored history and adds the status it brings (as SendWrites does).
                st.executeUpdate("DELETE FROM send_history h USING send_stage g"
                        + " WHERE g.verdict = 'U' AND g.has_history AND h.send_id = g.id");
                st.executeUpdate("INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note)"
                        + " SELECT g.id, COALESCE((SELECT MAX(h.seq) FROM send_history h WHERE h.send_id = g.id), -1)"
                        + " + 1, g.status, g.status_changed_at, NULL, NULL FROM send_stage g"
                        + " WHERE g.verdict = 'U' AND NOT g.has_history");
            }
            // the history stage holds exactly the histories stored as they come (stageRows)
            st.executeUpdate("INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note)"
                    + " SELECT send_id, seq, status, occurred_at, actor, note FROM history_stage");
        }
    }
}
