package sendtracker.store;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import sendtracker.domain.CancelPolicy;

/**
 * Opens a team store, {@code jdbc:postgresql://HOST:PORT/DB} (docs/design.md, "Team store";
 * docs/decisions/0011-team-store-on-postgresql.md): one probing connection that turns each way
 * of failing into one line naming the server and login (never the password) and what to do;
 * then a HikariCP pool whose connections give up on a lock after {@value #LOCK_TIMEOUT}, and the
 * same Flyway migrations as H2.
 */
final class TeamDatabase {
    static final String URL_PREFIX = "jdbc:postgresql:";
    /** Environment variable with the login's password when the URL has none (else pgjdbc reads ~/.pgpass). */
    static final String ENV_PASSWORD = "SEND_TRACKER_PASSWORD";
    /** The oldest server the team store supports (as server_version_num). */
    static final int MIN_SERVER_VERSION = 150000;
    static final String LOCK_TIMEOUT = "5s";
    /** HikariCP reports each pool start and stop at INFO: not for our users' terminals (held: loggers are weak). */
    private static final java.util.logging.Logger POOL_LOG = java.util.logging.Logger.getLogger("com.zaxxer.hikari");

    private TeamDatabase() {
    }

    /** Where a URL points and as whom, for messages. */
    record Target(String server, String database, String login) {
        static Target of(String url) {
            Properties p = org.postgresql.Driver.parseURL(url, null);
            if (p == null) {
                throw new StoreUnavailableException("Not a PostgreSQL URL: '" + StoreUrls.mask(url)
                        + "' (expected jdbc:postgresql://HOST:PORT/DATABASE)", null);
            }
            String host = p.getProperty("PGHOST", "localhost");
            String port = p.getProperty("PGPORT", "5432");
            String login = p.getProperty("user", System.getProperty("user.name"));
            return new Target(host + ":" + port, p.getProperty("PGDBNAME", ""), login);
        }
    }

    static Database open(String url) {
        POOL_LOG.setLevel(java.util.logging.Level.WARNING);
        Target target = Target.of(url);
        Properties props = connectionProperties(url, System.getenv(ENV_PASSWORD));
        try (Connection probe = new org.postgresql.Driver().connect(url, props)) {
            checkServer(probe, target);
        } catch (SQLException e) {
            throw new StoreUnavailableException(explain(target, e), null);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(url, props));
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open the team store " + target.database() + " on "
                    + target.server() + " as " + target.login() + ": " + StoreUrls.mask(e.getMessage()), null);
        }
        try {
            Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
            boolean fresh = flyway.migrate().initialSchemaVersion == null;
            installSecurity(pool, target);
            return new Database(url, PostgresDialect.INSTANCE, pool, pool::close, fresh,
                    () -> new org.postgresql.Driver().connect(url, props));
        } catch (FlywayException e) {
            pool.close();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof SQLException && "42501".equals(((SQLException) root).getSQLState())) {
                throw new StoreUnavailableException("The login " + target.login() + " may not create the tables of "
                        + target.database() + " on " + target.server() + ": the database's owner runs"
                        + " 'send-tracker --db URL team init' first.", null);
            }
            throw new StoreUnavailableException("Cannot prepare the team store " + target.database() + " on "
                    + target.server() + ": " + StoreUrls.mask(e.getMessage()), null);
        }
    }

    /**
     * The tables' owner brings the row-level security, cancel rules and functions up to date on
     * each open (docs/decisions/0012-logins-and-row-level-security.md); other logins only use them.
     */
    private static void installSecurity(HikariDataSource pool, Target target) {
        try (Connection c = pool.getConnection()) {
            if (TeamSecurity.ownsTables(c)) {
                TeamSecurity.installSchema(c, new CancelPolicy());
            }
        } catch (SQLException e) {
            pool.close();
            throw new StoreUnavailableException("Cannot secure the team store " + target.database() + " on "
                    + target.server() + ": " + PostgresDialect.INSTANCE.openMessage(e), null);
        }
    }

    /** The driver's properties: the password from the environment when the URL has none, timeouts, our name. */
    static Properties connectionProperties(String url, String envPassword) {
        Properties parsed = org.postgresql.Driver.parseURL(url, null);
        Properties props = new Properties();
        if ((parsed == null || parsed.getProperty("password") == null) && envPassword != null
                && !envPassword.isEmpty()) {
            props.setProperty("password", envPassword);
        }
        if (parsed == null || parsed.getProperty("connectTimeout") == null) {
            props.setProperty("connectTimeout", "5");
        }
        props.setProperty("ApplicationName", "send-tracker");
        // Every session gives up on a row lock instead of waiting without end (docs/design.md, "Team store").
        String options = parsed == null ? null : parsed.getProperty("options");
        props.setProperty("options", (options == null ? "" : options + " ") + "-c lock_timeout=" + LOCK_TIMEOUT
                + " -c idle_in_transaction_session_timeout=10min");
        return props;
    }

    private static HikariConfig poolConfig(String url, Properties props) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("send-tracker");
        config.setJdbcUrl(url);
        config.setDriverClassName(org.postgresql.Driver.class.getName());
        config.setDataSourceProperties(props);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        return config;
    }

    /** PostgreSQL 15 or newer, UTF-8, and C text order (so both stores sort and export alike). */
    static void checkServer(Connection c, Target target) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::int,"
                        + " current_setting('server_version'), pg_encoding_to_char(d.encoding), d.datcollate"
                        + " FROM pg_database d WHERE d.datname = current_database()")) {
            rs.next();
            String problem = serverProblem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4));
            if (problem != null) {
                throw new StoreUnavailableException("The team store " + target.database() + " on " + target.server()
                        + " " + problem, null);
            }
        }
    }

    /** What keeps this server or database from being a team store, or null when nothing does. */
    static String serverProblem(int versionNumber, String version, String encoding, String collation) {
        if (versionNumber < MIN_SERVER_VERSION) {
            return "runs PostgreSQL " + version + "; Send Tracker needs PostgreSQL 15 or newer: ask the admin to"
                    + " upgrade the server.";
        }
        if (!"UTF8".equals(encoding)) {
            return "has encoding " + encoding + "; it must be UTF8: the admin creates it with"
                    + " 'createdb -T template0 -E UTF8 --lc-collate=C --lc-ctype=C.UTF-8 …'.";
        }
        if (!"C".equals(collation) && !"POSIX".equals(collation)) {
            return "sorts text by the locale " + collation + "; it must use C order (as the local store does):"
                    + " the admin creates it with 'createdb -T template0 -E UTF8 --lc-collate=C --lc-ctype=C.UTF-8 …'.";
        }
        return null;
    }

    /** One line for a failed connection: what went wrong, naming server and login, and what to do. */
    static String explain(Target t, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        Throwable cause = e.getCause();
        String as = " as " + t.login();
        if (cause instanceof UnknownHostException) {
            return "Cannot reach the PostgreSQL server " + t.server() + ": unknown host. Check the host in --db.";
        }
        if (cause instanceof ConnectException || msg.contains("refused")) {
            return "Cannot reach the PostgreSQL server " + t.server() + ": connection refused. Check that it runs"
                    + " and listens there, and the host and port in --db.";
        }
        if (cause instanceof SocketTimeoutException || msg.contains("timed out")) {
            return "Cannot reach the PostgreSQL server " + t.server() + ": no answer within 5 seconds. Check the"
                    + " host and port in --db, and any firewall between.";
        }
        switch (state) {
            case "28P01":
                return "The PostgreSQL server " + t.server() + " refused the password for login " + t.login()
                        + ". Check ?password=, $" + ENV_PASSWORD + " or ~/.pgpass, or ask the admin for a new one.";
            case "28000":
                return msg.contains("does not exist")
                        ? "The PostgreSQL server " + t.server() + " has no login " + t.login() + ". Ask the admin"
                                + " to run 'team add-user' for you, or name your login with ?user=."
                        : "The PostgreSQL server " + t.server() + " does not let login " + t.login() + " connect"
                                + " to " + t.database() + " from here. Ask the admin to allow it (pg_hba.conf).";
            case "3D000":
                return "The PostgreSQL server " + t.server() + " has no database " + t.database() + ". Check the"
                        + " name in --db, or ask the admin to create it (createdb -T template0 -E UTF8"
                        + " --lc-collate=C --lc-ctype=C.UTF-8 -O OWNER " + t.database() + ").";
            default:
                break;
        }
        if (msg.contains("no password was provided") || msg.contains("password-based authentication")) {
            return "The PostgreSQL server " + t.server() + " wants a password for login " + t.login() + ". Give it"
                    + " with ?password=, $" + ENV_PASSWORD + " or ~/.pgpass.";
        }
        return "Cannot open the team store " + t.database() + " on " + t.server() + as + ": "
                + PostgresDialect.INSTANCE.openMessage(e);
    }
}
