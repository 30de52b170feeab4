package sendtracker.store;

import java.sql.SQLException;
import java.sql.Statement;

import sendtracker.domain.Role;

/**
 * What the team store's database enforces about who may connect and what each login may touch
 * (docs/design.md, "Team store"). For now: only the team's logins may connect, and each may use
 * the tables as the app does, so the app's own visibility rules apply as on a local store. The
 * row-level security on sends, history and credits, and the cancel function that is the only
 * write path for non-admin logins, come in here (issue 13), keyed by the same {@link Role}.
 */
final class TeamSecurity {
    private TeamSecurity() {
    }

    /** Run by the database's owner at {@code team init}: the database is closed to everyone but the team. */
    static void install(Statement st, String database) throws SQLException {
        st.execute("REVOKE ALL ON DATABASE " + TeamAccounts.quoted(database) + " FROM PUBLIC");
    }

    /** What the new login {@code login} of a person with {@code role} may do. */
    static void grant(Statement st, String database, String login, Role role) throws SQLException {
        String who = TeamAccounts.quoted(login);
        // TEMPORARY: the bulk import stages its rows in session-local tables (CopyUpserts)
        st.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + TeamAccounts.quoted(database) + " TO " + who);
        st.execute("GRANT USAGE ON SCHEMA public TO " + who);
        st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + who);
        st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + who);
    }
}
