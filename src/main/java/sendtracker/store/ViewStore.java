package sendtracker.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import sendtracker.domain.SavedView;
import sendtracker.domain.ViewColumn;
import sendtracker.domain.ViewSettings;

/**
 * Each person's saved views and remembered column layout (migration V6), keyed by their email
 * key. On the team store the database lets a login reach only its own rows (TeamViewSecurity);
 * here every statement names the owner as well, so the local store behaves the same.
 */
public final class ViewStore {
    private static final Logger LOG = Logger.getLogger(ViewStore.class.getName());

    private final Connections connections;

    ViewStore(Connections connections) {
        this.connections = connections;
    }

    /** The views and layouts of the store in {@code database}. */
    public static ViewStore of(Database database) {
        return new ViewStore(new Connections(database.dataSource(), database.dialect()));
    }

    /** What a rename did. */
    public enum Renamed { DONE, MISSING, TAKEN }

    /** The owner's views, by name regardless of case. */
    public List<SavedView> views(String owner) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(
                "SELECT name, settings, start_view FROM saved_views WHERE owner_key = ? ORDER BY name_key, name")) {
            ps.setString(1, owner);
            List<SavedView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SavedView(rs.getString(1), settings(rs.getString(2), rs.getString(1)),
                            rs.getBoolean(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw connections.failure("read your saved views", e);
        }
    }

    /**
     * Stores {@code view} under its name. A view of the same name (in any case) is replaced only
     * when {@code replace}, and then keeps its start mark; returns false when it was not replaced.
     */
    public boolean save(String owner, SavedView view, boolean replace, Instant now) {
        return inTransaction("save the view " + view.name(), c -> {
            Optional<Boolean> start = startMark(c, owner, view.nameKey());
            if (start.isPresent() && !replace) {
                return false;
            }
            String sql = start.isPresent()
                    ? "UPDATE saved_views SET name = ?, settings = ?, saved_at = ? WHERE owner_key = ? AND name_key = ?"
                    : "INSERT INTO saved_views (name, settings, saved_at, owner_key, name_key, start_view)"
                            + " VALUES (?, ?, ?, ?, ?, " + connections.dialect().booleanLiteral(view.startView()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, view.name().strip());
                ps.setString(2, SavedViewFormat.write(view.settings()));
                ps.setLong(3, now.toEpochMilli());
                ps.setString(4, owner);
                ps.setString(5, view.nameKey());
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** Gives the owner's view {@code from} the name {@code to} (a change of case alone is a rename too). */
    public Renamed rename(String owner, String from, String to) {
        return inTransaction("rename the view " + from, c -> {
            if (startMark(c, owner, SavedView.nameKey(from)).isEmpty()) {
                return Renamed.MISSING;
            }
            if (!SavedView.nameKey(from).equals(SavedView.nameKey(to))
                    && startMark(c, owner, SavedView.nameKey(to)).isPresent()) {
                return Renamed.TAKEN;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE saved_views SET name = ?, name_key = ? WHERE owner_key = ? AND name_key = ?")) {
                ps.setString(1, to.strip());
                ps.setString(2, SavedView.nameKey(to));
                ps.setString(3, owner);
                ps.setString(4, SavedView.nameKey(from));
                ps.executeUpdate();
            }
            return Renamed.DONE;
        });
    }

    /** Deletes the owner's view {@code name}; false when there was none. */
    public boolean delete(String owner, String name) {
        return inTransaction("delete the view " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM saved_views WHERE owner_key = ? AND name_key = ?")) {
                ps.setString(1, owner);
                ps.setString(2, SavedView.nameKey(name));
                return ps.executeUpdate() > 0;
            }
        });
    }

    /**
     * Makes the owner's view {@code name} their only start view, or leaves them none when
     * {@code name} is null; false (nothing changed) when there is no such view.
     */
    public boolean markStart(String owner, String name) {
        return inTransaction("set the start view", c -> {
            if (name != null && startMark(c, owner, SavedView.nameKey(name)).isEmpty()) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE saved_views SET start_view = CASE WHEN name_key = ?"
                    + " THEN TRUE ELSE FALSE END WHERE owner_key = ?")) {
                ps.setString(1, name == null ? null : SavedView.nameKey(name));
                ps.setString(2, owner);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** The columns the owner last left the table with, if the store remembers any. */
    public Optional<List<ViewColumn>> startLayout(String owner) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(
                "SELECT settings FROM start_layouts WHERE owner_key = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(settings(rs.getString(1), "start layout").columns()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw connections.failure("read your column layout", e);
        }
    }

    /** Remembers the owner's column layout for the window's next start. */
    public void saveStartLayout(String owner, List<ViewColumn> columns, Instant now) {
        inTransaction("remember your column layout", c -> {
            String body = SavedViewFormat.write(ViewSettings.ofColumns(columns));
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE start_layouts SET settings = ?, saved_at = ? WHERE owner_key = ?")) {
                update.setString(1, body);
                update.setLong(2, now.toEpochMilli());
                update.setString(3, owner);
                if (update.executeUpdate() > 0) {
                    return true;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO start_layouts (settings, saved_at, owner_key) VALUES (?, ?, ?)")) {
                insert.setString(1, body);
                insert.setLong(2, now.toEpochMilli());
                insert.setString(3, owner);
                insert.executeUpdate();
            }
            return true;
        });
    }

    /** The view's start mark, locked until the transaction ends; empty when the owner has no such view. */
    private Optional<Boolean> startMark(Connection c, String owner, String nameKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(connections.dialect().lockingRows(
                "SELECT start_view FROM saved_views WHERE owner_key = ? AND name_key = ?"))) {
            ps.setString(1, owner);
            ps.setString(2, nameKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBoolean(1)) : Optional.empty();
            }
        }
    }

    /** Stored text that is no view (edited by hand, say) opens as no filter at all, and the log says which. */
    private static ViewSettings settings(String text, String which) {
        try {
            return SavedViewFormat.read(text);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The saved view " + which + " could not be read and opens without filters: "
                    + e.getMessage());
            return ViewSettings.ofColumns(List.of());
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** One transaction, on the disk before it returns (docs/decisions/0010-durable-commits-on-h2.md). */
    private <T> T inTransaction(String what, Work<T> work) {
        try (Connection c = connections.open()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                connections.commitDurably(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw connections.failure(what, e);
        }
    }
}
