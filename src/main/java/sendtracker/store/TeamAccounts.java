package sendtracker.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

import sendtracker.domain.Role;

/**
 * The team store's logins: each person's own PostgreSQL role, made by its owner with a
 * generated password (docs/design.md, "Team store"; docs/decisions/0011-team-store-on-postgresql.md).
 * The password goes to the server already hashed (SCRAM), so it never shows in a server log either.
 */
public final class TeamAccounts {
    /** Lower-case letters, digits and the email characters {@code . _ + -}; every statement quotes it. */
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9_][a-z0-9_.+-]{0,62}");
    private static final String PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;

    private TeamAccounts(Database database) {
        this.database = database;
    }

    /** The logins of a team store; a local (H2) store has none. */
    public static TeamAccounts of(Database database) {
        if (database.dialect() != PostgresDialect.INSTANCE) {
            throw new StoreUnavailableException("'team' works on a team store only (--db jdbc:postgresql://HOST:PORT/DB);"
                    + " " + StoreUrls.mask(database.url()) + " is a local store.", null);
        }
        return new TeamAccounts(database);
    }

    /**
     * The login a person gets by default: the part of the email before '@', lower-case
     * (docs/design.md "Team store"), dots and all; {@link #checkLogin} refuses one PostgreSQL would not take.
     */
    public static String defaultLogin(String email) {
        return email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
    }

    /** Refuses a login PostgreSQL would not take as it is, or one of the server's own. */
    public static void checkLogin(String login) {
        if (!LOGIN.matcher(login).matches() || login.startsWith("pg_") || login.equals("postgres")
                || login.equals("public")) {
            throw new IllegalArgumentException("'" + login + "' cannot be a login: use up to 63 lower-case letters, digits"
                    + " and . _ + - (not starting with . + - or pg_, not postgres or public).");
        }
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Fails unless the connected login owns the database (or is a superuser) and may create logins. */
    public void requireOwner(String what) {
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT r.rolsuper OR d.datdba = r.oid, r.rolsuper OR r.rolcreaterole,"
                        + " current_user, current_database(), pg_get_userbyid(d.datdba) FROM pg_database d, pg_roles r"
                        + " WHERE d.datname = current_database() AND r.rolname = current_user")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new StoreUnavailableException("'" + what + "' is for the owner of the database " + rs.getString(4)
                        + " (" + rs.getString(5) + "); login " + rs.getString(3) + " is not. Run it as "
                        + rs.getString(5) + ".", null);
            }
            if (!rs.getBoolean(2)) {
                throw new StoreUnavailableException("Login " + rs.getString(3) + " may not create logins. The server's"
                        + " admin gives it that right: ALTER ROLE " + quoted(rs.getString(3)) + " CREATEROLE;", null);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not check who owns the team store: "
                    + PostgresDialect.INSTANCE.openMessage(e), e);
        }
    }

    /** The login the connection signed in as. */
    public String currentLogin() {
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new StoreException("Could not read the login: " + PostgresDialect.INSTANCE.openMessage(e), e);
        }
    }

    public boolean loginExists(String login) {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not look up the login " + login + ": "
                    + PostgresDialect.INSTANCE.openMessage(e), e);
        }
    }

    /** Closes the database to everyone but the team's logins (run once, at {@code team init}). */
    public void installSecurity() {
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement()) {
            TeamSecurity.install(st, currentDatabase(st));
        } catch (SQLException e) {
            throw new StoreException("Could not secure the team store: " + PostgresDialect.INSTANCE.openMessage(e), e);
        }
    }

    /**
     * Creates {@code login} with a generated password and the rights of {@code role}, and commits
     * only when {@code thenInTheStore} (saving the person's row) succeeded; the row of {@code email}
     * then names the login. Returns the password.
     */
    public String createLogin(String login, Role role, String email, Runnable thenInTheStore) {
        checkLogin(login);
        char[] password = generatedPassword();
        String shown = new String(password); // pgjdbc clears the array it hashes
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + quoted(login) + " LOGIN");
                c.unwrap(PGConnection.class).alterUserPassword(login, password, "scram-sha-256");
                TeamSecurity.grant(st, currentDatabase(st), login, role);
                thenInTheStore.run();
                mapLogin(c, login, email);
                c.commit();
                return shown;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                Arrays.fill(password, ' ');
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not create the login " + login + ": "
                    + PostgresDialect.INSTANCE.openMessage(e), e);
        }
    }

    /** Gives an existing login (the owner's own, at {@code team init}) the rights of {@code role} and {@code email}'s row. */
    public void grant(String login, Role role, String email) {
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement()) {
            TeamSecurity.grant(st, currentDatabase(st), login, role);
            mapLogin(c, login, email);
        } catch (SQLException e) {
            throw new StoreException("Could not grant the login " + login + " its rights: "
                    + PostgresDialect.INSTANCE.openMessage(e), e);
        }
    }

    /** The person's row names their login; no other row keeps it (docs/decisions/0012-logins-and-row-level-security.md). */
    private static void mapLogin(Connection c, String login, String email) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement("UPDATE users SET login = NULL WHERE login = ?");
                PreparedStatement set = c.prepareStatement("UPDATE users SET login = ? WHERE email_key = ?")) {
            clear.setString(1, login);
            clear.executeUpdate();
            set.setString(1, login);
            set.setString(2, email.trim().toLowerCase(Locale.ROOT));
            if (set.executeUpdate() != 1) {
                throw new SQLException("no user " + email + " to give the login " + login);
            }
        }
    }

    /** The email of the person the connection signed in as; empty for a login that is no one's (the owner's). */
    public Optional<String> signedInEmail() {
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT email FROM users WHERE login = current_user")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not read who signed in: " + PostgresDialect.INSTANCE.openMessage(e), e);
        }
    }

    /** True when the connected login owns the store's tables or is a superuser: the store's root, not a person. */
    public boolean ownsStore() {
        try (Connection c = database.dataSource().getConnection()) {
            return TeamSecurity.ownsTables(c);
        } catch (SQLException e) {
            throw new StoreException("Could not check who owns the team store: "
                    + PostgresDialect.INSTANCE.openMessage(e), e);
        }
    }

    private static String currentDatabase(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static char[] generatedPassword() {
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++) {
            out[i] = PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length()));
        }
        return out;
    }
}
