package sendtracker.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Role;

/**
 * What the team store's database enforces about who sees and changes what (docs/design.md,
 * "Team store"; docs/decisions/0012-logins-and-row-level-security.md). Row-level security on the
 * send tables reads the login ({@code current_user} → {@code users.login}); every login reads;
 * only Admin logins write directly (imports, demo data), and a send is canceled or credited only
 * through {@link TeamFunctions} (cancellation requests through {@link TeamRequestFunctions}). Not FORCE: the owner, who migrates, installs and owns the
 * SECURITY DEFINER functions, sees every row; the functions check the caller themselves.
 */
final class TeamSecurity {
    /** The tables whose rows belong to sends; {@code send_changes} is the change feed (V3), when present. */
    static final List<String> SEND_TABLES = List.of("sends", "send_history", "funding_credits", "send_changes",
            "cancel_requests");
    /** Rows only the owner writes: the migrations' record and the cancel policy as data. */
    private static final List<String> OWNER_ONLY = List.of("flyway_schema_history", "cancel_rules",
            "cancel_request_steps");

    private static final String ME = "(SELECT u.%s FROM users u WHERE u.login = current_user)";
    static final String IS_ADMIN = String.format(ME, "role") + " = 'ADMIN'";
    /**
     * docs/design.md "Roles and visibility" (domain/Visibility): Admin all, Manager their teams' only
     * (not their own sends in other teams), Sender own.
     */
    static final String SEES_SEND = IS_ADMIN
            + " OR sender_id = (SELECT u.id FROM users u WHERE u.login = current_user AND u.role = 'SENDER')"
            + " OR team_id IN (SELECT m.team_id FROM manager_teams m JOIN users u ON u.id = m.user_id"
            + " WHERE u.login = current_user AND u.role = 'MANAGER')";
    /** A row of a send's history, credits or changes: visible with its send (the sends policy applies inside). */
    static final String SEES_SEND_ROW = IS_ADMIN + " OR send_id IN (SELECT id FROM sends)";

    private TeamSecurity() {
    }

    /** Run by the database's owner at {@code team init}: the database is closed to everyone but the team. */
    static void install(Statement st, String database) throws SQLException {
        st.execute("REVOKE ALL ON DATABASE " + TeamAccounts.quoted(database) + " FROM PUBLIC");
    }

    /**
     * Run by the tables' owner at each open, after the migrations (idempotent, one installer at a
     * time): the policies, the cancel rules from {@code policy} and the functions, current.
     */
    static void installSchema(Connection c, CancelPolicy policy) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(hashtext('send_tracker_security'))");
            String schema = currentSchema(st);
            CancelRulesTable.install(c, policy);
            TeamFunctions.install(st, schema);
            for (String table : SEND_TABLES) {
                if (exists(st, table)) {
                    policies(st, table, table.equals("sends") ? SEES_SEND : SEES_SEND_ROW);
                }
            }
            TeamViewSecurity.install(st);
            grantRequestsToExistingLogins(st);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Logins made before the cancellation requests (migration V5) get what {@link #grant} gives a
     * new login on them (docs/decisions/0015-cancellation-requests.md); granting again is harmless.
     */
    private static void grantRequestsToExistingLogins(Statement st) throws SQLException {
        java.util.Map<String, String> logins = new java.util.LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery("SELECT u.login, u.role FROM users u JOIN pg_roles r"
                + " ON r.rolname = u.login WHERE u.login IS NOT NULL")) {
            while (rs.next()) {
                logins.put(rs.getString(1), rs.getString(2));
            }
        }
        for (java.util.Map.Entry<String, String> e : logins.entrySet()) {
            String who = TeamAccounts.quoted(e.getKey());
            st.execute("GRANT SELECT ON cancel_requests, cancel_request_steps TO " + who);
            st.execute("GRANT EXECUTE ON FUNCTION " + TeamRequestFunctions.REQUEST + ", " + TeamRequestFunctions.STEP
                    + " TO " + who);
            if (Role.ADMIN.name().equals(e.getValue())) {
                st.execute("GRANT INSERT, UPDATE, DELETE ON cancel_requests TO " + who);
            }
        }
    }

    /** True when the connected login owns the store's tables (or is a superuser): it installs. */
    static boolean ownsTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT r.rolsuper OR"
                + " pg_get_userbyid(t.relowner) = current_user FROM pg_class t, pg_roles r"
                + " WHERE t.oid = to_regclass('sends') AND r.rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void policies(Statement st, String table, String visible) throws SQLException {
        String t = TeamAccounts.quoted(table);
        st.execute("ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY");
        st.execute("DROP POLICY IF EXISTS " + table + "_visible ON " + t);
        st.execute("DROP POLICY IF EXISTS " + table + "_admin_writes ON " + t);
        st.execute("CREATE POLICY " + table + "_visible ON " + t + " FOR SELECT USING (" + visible + ")");
        st.execute("CREATE POLICY " + table + "_admin_writes ON " + t + " FOR ALL USING (" + IS_ADMIN
                + ") WITH CHECK (" + IS_ADMIN + ")");
    }

    /** What the new login {@code login} of a person with {@code role} may do. */
    static void grant(Statement st, String database, String login, Role role) throws SQLException {
        String who = TeamAccounts.quoted(login);
        String schema = TeamAccounts.quoted(currentSchema(st));
        st.execute("GRANT CONNECT ON DATABASE " + TeamAccounts.quoted(database) + " TO " + who);
        st.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + who);
        st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + who);
        st.execute("GRANT EXECUTE ON FUNCTION " + TeamFunctions.CANCEL + ", " + TeamFunctions.SETTLE + ", "
                + TeamRequestFunctions.REQUEST + ", " + TeamRequestFunctions.STEP + " TO " + who);
        TeamViewSecurity.grant(st, who);
        if (role == Role.ADMIN) {
            // TEMPORARY: the bulk import stages its rows in session-local tables (CopyUpserts)
            st.execute("GRANT TEMPORARY ON DATABASE " + TeamAccounts.quoted(database) + " TO " + who);
            st.execute("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + who);
            st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + who);
            for (String table : OWNER_ONLY) {
                if (exists(st, table)) {
                    st.execute("REVOKE INSERT, UPDATE, DELETE ON " + TeamAccounts.quoted(table) + " FROM " + who);
                }
            }
        }
    }

    private static boolean exists(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT to_regclass('" + table.replace("'", "''") + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String currentSchema(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
