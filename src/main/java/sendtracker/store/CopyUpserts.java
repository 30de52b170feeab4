package sendtracker.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import sendtracker.domain.Send;
import sendtracker.domain.StatusUpdate;

/**
 * The team store's upsert (docs/decisions/0011-team-store-on-postgresql.md): the batch goes by
 * COPY into session-local staging tables, then a few set-based statements apply the import rules
 * of docs/design.md exactly as {@link SendWrites} does row by row — a row replaces a stored send
 * only with a later Status Changed At; within a batch the later change of an id wins; a newer
 * send with a history (JSON) replaces the stored history, one without (CSV) adds its status to it.
 */
final class CopyUpserts {
    /** Every send column COPY fills, in {@link SendColumns#bindInsert} order. */
    private static final List<String> COLUMNS = SendColumns.insertColumns();

    private static final String STAGE_SENDS = "CREATE TEMP TABLE IF NOT EXISTS send_stage (ord INTEGER NOT NULL,"
            + " has_history BOOLEAN NOT NULL, LIKE sends) ON COMMIT DELETE ROWS";
    private static final String STAGE_HISTORY = "CREATE TEMP TABLE IF NOT EXISTS history_stage (ord INTEGER NOT NULL,"
            + " seq INTEGER NOT NULL, status VARCHAR(32) NOT NULL, occurred_at BIGINT NOT NULL, actor VARCHAR(320),"
            + " note VARCHAR(2000)) ON COMMIT DELETE ROWS";
    /** Each staged row's verdict: I insert, U update, S superseded by a later row of its id, N unchanged. */
    private static final String STAGE_PLAN = "CREATE TEMP TABLE IF NOT EXISTS send_plan (ord INTEGER PRIMARY KEY,"
            + " verdict CHAR(1) NOT NULL) ON COMMIT DELETE ROWS";

    /**
     * A row counts when it is later than the stored send and every earlier row of its id (a
     * running maximum); the last such row of an id is the one stored.
     */
    private static final String PLAN = "INSERT INTO send_plan (ord, verdict)"
            + " SELECT ord, CASE WHEN NOT newer THEN 'N' WHEN at < last_at THEN 'S' WHEN stored THEN 'U' ELSE 'I' END"
            + " FROM (SELECT g.ord, g.status_changed_at AS at, s.id IS NOT NULL AS stored,"
            + " MAX(g.status_changed_at) OVER (PARTITION BY g.id) AS last_at,"
            + " g.status_changed_at > GREATEST(COALESCE(s.status_changed_at, " + Long.MIN_VALUE + "),"
            + " COALESCE(MAX(g.status_changed_at) OVER (PARTITION BY g.id ORDER BY g.ord"
            + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), " + Long.MIN_VALUE + ")) AS newer"
            + " FROM send_stage g LEFT JOIN sends s ON s.id = g.id) r";

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
        UpsertCounts counts;
        Set<String> ids = new LinkedHashSet<>();
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                stage(c, sends);
                counts = apply(c, ids);
                CancelRequestRows.insertMissing(c, sends);
                feed(c, ids);
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
        changed.accept(ids);
        return counts;
    }

    /** The changed sends go into the change feed in one statement, in this transaction. */
    private static void feed(Connection c, Set<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO send_changes (send_id, changed_at)"
                + " SELECT g.id, ? FROM send_stage g JOIN send_plan p ON p.ord = g.ord WHERE p.verdict IN ('I', 'U')")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.executeUpdate();
        }
        ChangeFeed.notifyListeners(c, PostgresDialect.INSTANCE);
    }

    private void stage(Connection c, List<Send> sends) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute(STAGE_SENDS);
            st.execute(STAGE_HISTORY);
            st.execute(STAGE_PLAN);
        }
        CopyRows rows = new CopyRows();
        CopyRows history = new CopyRows();
        int ord = 0;
        for (Send s : sends) {
            rows.integer(ord).flag(!s.history().isEmpty());
            // the ids of sender, team and campaign are found or made first, as on H2 (few: cached)
            SendColumns.bindInsert(rows, s, directory.references(c, s));
            rows.number(0);
            rows.addBatch();
            int seq = 0;
            for (StatusUpdate u : s.history()) {
                history.integer(ord).integer(seq++).text(u.status().name()).millis(u.occurredAt()).text(u.actor())
                        .text(u.note());
                history.addBatch();
            }
            ord++;
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY send_stage (ord, has_history, " + String.join(", ", COLUMNS) + ", version) FROM STDIN",
                new ByteArrayInputStream(rows.bytes()));
        if (!history.isEmpty()) {
            copy.copyIn("COPY history_stage (ord, seq, status, occurred_at, actor, note) FROM STDIN",
                    new ByteArrayInputStream(history.bytes()));
        }
    }

    private static UpsertCounts apply(Connection c, Set<String> changedIds) throws SQLException {
        String stored = COLUMNS.subList(1, COLUMNS.size()).stream().map(col -> col + " = g." + col)
                .collect(Collectors.joining(", "));
        String winners = " FROM send_stage g JOIN send_plan p ON p.ord = g.ord WHERE p.verdict ";
        try (Statement st = c.createStatement()) {
            // Temporary tables get no statistics by themselves: without them the planner guesses
            // badly (a nested loop over sends for each staged row took seconds per batch).
            // Only the columns the plan joins and compares on: a full ANALYZE cost more than the upsert.
            st.execute("ANALYZE send_stage (ord, id, status_changed_at)");
            st.execute("ANALYZE history_stage (ord)");
            // the stored sends this batch may change are locked first (lock_timeout bounds the wait)
            st.execute("SELECT 1 FROM sends s JOIN send_stage g ON g.id = s.id FOR UPDATE OF s");
            st.executeUpdate(PLAN);
            st.execute("ANALYZE send_plan (ord, verdict)");
            long inserted = 0;
            long updated = 0;
            long unchanged = 0;
            try (ResultSet rs = st.executeQuery("SELECT p.verdict, g.id" + winners + "IN ('I', 'U', 'N')")) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "I": inserted++; changedIds.add(rs.getString(2)); break;
                        case "U": updated++; changedIds.add(rs.getString(2)); break;
                        default: unchanged++;
                    }
                }
            }
            if (inserted > 0) {
                st.executeUpdate("INSERT INTO sends (" + String.join(", ", COLUMNS) + ", version) SELECT "
                        + COLUMNS.stream().map(col -> "g." + col).collect(Collectors.joining(", ")) + ", 0"
                        + winners + "= 'I'");
            }
            if (updated > 0) {
                st.executeUpdate("UPDATE sends s SET " + stored + ", version = s.version + 1 FROM send_stage g"
                        + " JOIN send_plan p ON p.ord = g.ord WHERE p.verdict = 'U' AND s.id = g.id");
                // A newer version with its own history (JSON) replaces the stored one; one without (CSV)
                // keeps the stored history and adds the status it brings (as SendWrites does).
                st.executeUpdate("DELETE FROM send_history h USING send_stage g JOIN send_plan p ON p.ord = g.ord"
                        + " WHERE p.verdict = 'U' AND g.has_history AND h.send_id = g.id");
                st.executeUpdate("INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note)"
                        + " SELECT g.id, COALESCE((SELECT MAX(h.seq) FROM send_history h WHERE h.send_id = g.id), -1)"
                        + " + 1, g.status, g.status_changed_at, NULL, NULL" + winners + "= 'U' AND NOT g.has_history");
            }
            if (inserted + updated > 0) {
                st.executeUpdate("INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note)"
                        + " SELECT g.id, hs.seq, hs.status, hs.occurred_at, hs.actor, hs.note FROM history_stage hs"
                        + " JOIN send_stage g ON g.ord = hs.ord JOIN send_plan p ON p.ord = g.ord"
                        + " WHERE p.verdict = 'I' OR (p.verdict = 'U' AND g.has_history)");
            }
            return new UpsertCounts(inserted, updated, unchanged);
        }
    }
}
