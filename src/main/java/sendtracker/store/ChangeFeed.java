package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

/**
 * The change feed, {@code send_changes} (docs/design.md, "Team store"): the write paths append
 * the ids they change inside their own transaction, so the feed holds exactly the committed
 * changes; open windows read it from the last sequence they saw
 * (docs/decisions/0013-local-store-shared-by-window-and-cli.md).
 */
public final class ChangeFeed {
    /** The channel a team store notifies with each committed change (pgjdbc LISTEN). */
    public static final String CHANNEL = "send_changes";

    /** One entry of the feed. */
    public record Change(long seq, String sendId) {
    }

    private final Connections connections;

    ChangeFeed(Connections connections) {
        this.connections = connections;
    }

    /** The feed of an opened store. */
    public static ChangeFeed of(Database database) {
        return new ChangeFeed(new Connections(database.dataSource(), database.dialect()));
    }

    /** The feed in an H2 database's {@code dataSource}. */
    public static ChangeFeed of(DataSource dataSource) {
        return new ChangeFeed(new Connections(dataSource, H2Dialect.INSTANCE));
    }

    /** True on a team store: changes are also notified on {@link #CHANNEL}. */
    public boolean notifies() {
        return connections.dialect() == PostgresDialect.INSTANCE;
    }

    /** The highest sequence in the feed now (0 when empty). */
    public long latestSeq() {
        try (Connection c = connections.open(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM send_changes")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw connections.failure("read the change feed", e);
        }
    }

    /** Up to {@code limit} entries after {@code seq}, in sequence order (those this login may see). */
    public List<Change> after(long seq, int limit) {
        List<Change> out = new ArrayList<>();
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(
                "SELECT seq, send_id FROM send_changes WHERE seq > ? ORDER BY seq LIMIT " + limit)) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw connections.failure("read the change feed", e);
        }
        return out;
    }

    /** The entries from {@code fromSeq} to {@code toSeq}, both included (holes looked for again). */
    public List<Change> between(long fromSeq, long toSeq) {
        List<Change> out = new ArrayList<>();
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(
                "SELECT seq, send_id FROM send_changes WHERE seq BETWEEN ? AND ? ORDER BY seq")) {
            ps.setLong(1, fromSeq);
            ps.setLong(2, toSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw connections.failure("read the change feed", e);
        }
        return out;
    }

    /** Appends {@code ids} to the feed on {@code c}, inside the caller's transaction, and notifies on a team store. */
    static void append(Connection c, SqlDialect dialect, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO send_changes (send_id, changed_at) VALUES (?, ?)")) {
            int n = 0;
            for (String id : ids) {
                ps.setString(1, id);
                ps.setLong(2, now);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        notifyListeners(c, dialect);
    }

    /** Tells the team store's listeners, when this transaction commits, that the feed grew. */
    static void notifyListeners(Connection c, SqlDialect dialect) throws SQLException {
        if (dialect == PostgresDialect.INSTANCE) {
            try (Statement st = c.createStatement()) {
                st.execute("NOTIFY " + CHANNEL);
            }
        }
    }
}
