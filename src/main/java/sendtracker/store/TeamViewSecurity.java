package sendtracker.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Saved views and remembered layouts on the team store are each login's own
 * (docs/decisions/0018-saved-views-per-login.md): every login reads and writes them, and
 * row-level security keeps it to the rows of its own person, Admins included. The owner, outside
 * the policies as everywhere (docs/decisions/0012-logins-and-row-level-security.md), reaches all.
 */
final class TeamViewSecurity {
    /** The tables of migration V6. */
    static final List<String> TABLES = List.of("saved_views", "start_layouts");
    private static final String MINE = "owner_key = (SELECT u.email_key FROM users u WHERE u.login = current_user)";

    private TeamViewSecurity() {
    }

    /**
     * At each open by the owner: the policies, and the rights of every login made before the
     * tables were (a grant only covers the tables that exist when it is given).
     */
    static void install(Statement st) throws SQLException {
        for (String table : TABLES) {
            st.execute("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
            st.execute("DROP POLICY IF EXISTS " + table + "_own ON " + table);
            st.execute("CREATE POLICY " + table + "_own ON " + table + " FOR ALL USING (" + MINE + ") WITH CHECK ("
                    + MINE + ")");
        }
        List<String> logins = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT u.login FROM users u JOIN pg_roles r ON r.rolname = u.login")) {
            while (rs.next()) {
                logins.add(rs.getString(1));
            }
        }
        for (String login : logins) {
            grant(st, TeamAccounts.quoted(login));
        }
    }

    /** What the login {@code quotedLogin} may do with its own views. */
    static void grant(Statement st, String quotedLogin) throws SQLException {
        for (String table : TABLES) {
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO " + quotedLogin);
        }
    }
}
