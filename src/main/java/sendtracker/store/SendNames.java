package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The names a bulk read of sends gives their sender, team and campaign ids: users, teams and
 * campaigns are few, so they are read once before the batches and looked up here instead of
 * joined to every send in SQL (docs/decisions/0032-bulk-reads-name-from-memory.md). An id
 * that was not there when they were read (a user added while an export runs) is asked for
 * once, on the batch's connection, as the join would have found it; an id with no row gives
 * no name, as the join's LEFT JOIN does.
 */
final class SendNames {
    /** A sender's name and email. */
    record Sender(String name, String email) {
    }

    /** A team's name. */
    private record Team(String name) {
    }

    /** A campaign's name and stored state (null when it has none: read as Active). */
    record Campaign(String name, String state) {
    }

    private static final Sender NO_SENDER = new Sender(null, null);
    private static final Campaign NO_CAMPAIGN = new Campaign(null, null);
    private static final Team NO_TEAM = new Team(null);

    private final Map<Long, Sender> users = new HashMap<>();
    private final Map<Long, Team> teams = new HashMap<>();
    private final Map<Long, Campaign> campaigns = new HashMap<>();

    private SendNames() {
    }

    /** Every user, team and campaign the connection sees. */
    static SendNames read(Connection c) throws SQLException {
        SendNames names = new SendNames();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, name, email FROM users")) {
                while (rs.next()) {
                    names.users.put(rs.getLong(1), new Sender(rs.getString(2), rs.getString(3)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, name FROM teams")) {
                while (rs.next()) {
                    names.teams.put(rs.getLong(1), new Team(rs.getString(2)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, name, state FROM campaigns")) {
                while (rs.next()) {
                    names.campaigns.put(rs.getLong(1), new Campaign(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return names;
    }

    /** The sender of this id; null id: none. */
    Sender sender(Connection c, Long id) throws SQLException {
        return lookUp(users, c, id, NO_SENDER, "SELECT name, email FROM users WHERE id = ?",
                row -> new Sender(row[0], row[1]));
    }

    /** The team's name; null id: none. */
    String team(Connection c, Long id) throws SQLException {
        return lookUp(teams, c, id, NO_TEAM, "SELECT name, NULL FROM teams WHERE id = ?", row -> new Team(row[0]))
                .name();
    }

    /** The campaign of this id; null id: none. */
    Campaign campaign(Connection c, Long id) throws SQLException {
        return lookUp(campaigns, c, id, NO_CAMPAIGN, "SELECT name, state FROM campaigns WHERE id = ?",
                row -> new Campaign(row[0], row[1]));
    }

    /** From {@code known}, or else asked once with {@code sql} (two columns) and kept; {@code none} when no row. */
    private static <T> T lookUp(Map<Long, T> known, Connection c, Long id, T none, String sql,
            Function<String[], T> of) throws SQLException {
        if (id == null) {
            return none;
        }
        T found = known.get(id);
        if (found == null) {
            String[] row = one(c, sql, id);
            found = row == null ? none : of.apply(row);
            known.put(id, found);
        }
        return found;
    }

    private static String[] one(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }
}
