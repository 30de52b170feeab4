package sendtracker.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/** Opens a store: the connection pool, and the schema brought up to date by Flyway. */
public final class Database implements AutoCloseable {
    /** Environment variable naming another store than the default one. */
    public static final String ENV_DB = "SEND_TRACKER_DB";

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final String url;
    private final SqlDialect dialect;
    private final DataSource pool;
    private final Runnable closePool;
    private final boolean created;
    private final DirectConnections direct;
    private DataSource bulkReads;
    /** The URL connections are made with (a local file store's carries the sharing option). */
    private String connectUrl;

    /** Opens a connection of its own, outside the pool (the change watcher's LISTEN connection). */
    public interface DirectConnections {
        Connection open() throws SQLException;
    }

    Database(String url, SqlDialect dialect, DataSource pool, Runnable closePool, boolean created) {
        this(url, dialect, pool, closePool, created, pool::getConnection);
    }

    Database(String url, SqlDialect dialect, DataSource pool, Runnable closePool, boolean created,
            DirectConnections direct) {
        this.direct = direct;
        this.url = url;
        this.connectUrl = url;
        this.dialect = dialect;
        this.pool = pool;
        this.closePool = closePool;
        this.created = created;
        this.bulkReads = pool;
    }

    /** The store a user gets without naming one: {@code $SEND_TRACKER_DB}, else a file in the user data folder. */
    public static String defaultUrl() {
        String env = System.getenv(ENV_DB);
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        return "jdbc:h2:file:" + dataFolder().resolve("sendtracker").toAbsolutePath();
    }

    /** Where the app keeps its data and logs: outside the installation, per user. */
    public static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        // $HOME is what the user's session says home is; Java's user.home comes from the password file.
        String envHome = System.getenv("HOME");
        String home = envHome != null && !envHome.isBlank() && !os.contains("win") ? envHome
                : System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Paths.get(local != null ? local : home, "SendTracker");
        }
        if (os.contains("mac")) {
            return Paths.get(home, "Library", "Application Support", "SendTracker");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Paths.get(xdg != null && !xdg.isBlank() ? xdg : Paths.get(home, ".local", "share").toString(),
                "send-tracker");
    }

    /**
     * Opens (creating when needed) the store at {@code jdbcUrl} and migrates its schema.
     *
     * @throws StoreLockedException      when another running copy has it open
     * @throws StoreUnavailableException when it cannot be opened or created
     */
    public static Database open(String jdbcUrl) {
        // Flyway reports through java.util.logging; its INFO lines are not for our users' terminals.
        FLYWAY_LOG.setLevel(Level.WARNING);
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new StoreUnavailableException("Not a JDBC URL: '" + jdbcUrl
                    + "' (expected e.g. jdbc:h2:file:/path/to/store)", null);
        }
        SqlDialect dialect = SqlDialect.forUrl(jdbcUrl);
        if (dialect == PostgresDialect.INSTANCE) {
            return TeamDatabase.open(jdbcUrl); // the team store (docs/decisions/0011-team-store-on-postgresql.md)
        }
        prepareFolder(jdbcUrl);
        String connectUrl = shared(jdbcUrl);
        JdbcConnectionPool pool = JdbcConnectionPool.create(connectUrl, "sa", "");
        pool.setMaxConnections(8);
        boolean current;
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
            dialect.writeCommitsAtOnce(probe);
            current = SchemaVersion.isCurrent(probe, Database.class.getClassLoader());
        } catch (SQLException e) {
            pool.dispose();
            throw translate(dialect, jdbcUrl, e);
        }
        if (current) {
            Database db = new Database(jdbcUrl, dialect, pool, pool::dispose, false);
            db.connectUrl = connectUrl;
            db.bulkReads = plainConnections(connectUrl);
            return db;
        }
        try {
            Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .load();
            // The migration's own result says whether the schema was new: asking info() first costs a second.
            boolean fresh = flyway.migrate().initialSchemaVersion == null;
            Database db = new Database(jdbcUrl, dialect, pool, pool::dispose, fresh);
            db.connectUrl = connectUrl;
            db.bulkReads = plainConnections(connectUrl);
            return db;
        } catch (FlywayException e) {
            pool.dispose();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof SQLException) {
                throw translate(dialect, jdbcUrl, (SQLException) root);
            }
            throw new StoreUnavailableException("Cannot prepare the store " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /**
     * A local file store is opened in H2's mixed mode: the first process to open it serves it to
     * the others on the loopback interface, so the window and the command line use it at the same
     * time (docs/decisions/0013-local-store-shared-by-window-and-cli.md). A URL that says
     * otherwise ({@code AUTO_SERVER=FALSE}) keeps the file to one process.
     */
    static String shared(String jdbcUrl) {
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("JDBC:H2:FILE:") || upper.contains("AUTO_SERVER=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";AUTO_SERVER=TRUE";
    }

    private static void prepareFolder(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (!jdbcUrl.startsWith(prefix)) {
            return;
        }
        String path = jdbcUrl.substring(prefix.length());
        int semi = path.indexOf(';');
        if (semi >= 0) {
            path = path.substring(0, semi);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        Path parent = Paths.get(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (Exception e) {
            throw new StoreUnavailableException("Cannot create the folder " + parent + " for the store: "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new StoreUnavailableException("The folder " + parent + " is not writable, so the store cannot be"
                    + " opened there. Name another with --db.", null);
        }
    }

    private static StoreException translate(SqlDialect dialect, String url, SQLException e) {
        if (dialect.isHeldByAnotherProcess(e) || dialect.isLockTimeout(e)) {
            return new StoreLockedException("The store " + StoreUrls.mask(url) + " is in use by another running copy of"
                    + " Send Tracker. Close it, or name another store with --db.", e);
        }
        return new StoreUnavailableException("Cannot open the store " + StoreUrls.mask(url) + ": " + dialect.openMessage(e), e);
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Connections for reads of every row (an export, the in-memory index's build), each closed by
     * its reader. On H2 they are the driver's own, outside the pool: a pooled H2 connection takes a
     * lock on every call of its result sets, a third of an export's reading time
     * (docs/decisions/0025-demo-sends-in-creation-order.md). On a team store, the pool.
     */
    public DataSource bulkReads() {
        return bulkReads;
    }

    private static DataSource plainConnections(String connectUrl) {
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL(connectUrl);
        plain.setUser("sa");
        plain.setPassword("");
        return plain;
    }

    /** A connection outside the pool, closed by the caller (on H2, a pooled one). */
    public Connection openDirect() throws SQLException {
        return direct.open();
    }

    /** True on a team store (PostgreSQL), whose changes are also notified on a channel. */
    public boolean isTeamStore() {
        return dialect == PostgresDialect.INSTANCE;
    }

    public String url() {
        return url;
    }

    /** The SQL dialect of this store, decided by its URL. */
    SqlDialect dialect() {
        return dialect;
    }

    /** True when this open created the schema: the store was new. */
    public boolean isNew() {
        return created;
    }

    /**
     * Closes the store. A file store that bulk writes (demo data, an import) left mostly unused
     * space is rewritten compact on the way, so it stays within about twice its compact size
     * (docs/decisions/0010-durable-commits-on-h2.md).
     */
    @Override
    public void close() {
        if (!url.startsWith("jdbc:h2:file:")) {
            closePool.run();
            return;
        }
        // Not a pooled connection: after SHUTDOWN the pool's own close of it would find the database gone.
        // It is opened before the pool closes, so the database stays open in between (no second open).
        try (Connection c = DriverManager.getConnection(connectUrl, "sa", "")) {
            closePool.run();
            // Someone else still in the database (another connection of this JVM, a process through
            // H2's server) would lose it to a SHUTDOWN: only the last one out compacts.
            if (dialect.sessionCount(c) == 1 && dialect.percentOfFileInUse(c) < COMPACT_BELOW_PERCENT_IN_USE) {
                dialect.closeCompacted(c);
            }
        } catch (SQLException e) {
            // Typically another copy (the window) serves the store: compacting is its job when it closes.
            // Nothing is lost by skipping it, so a terminal gets no warning and no stack trace.
            closePool.run();
            Logger.getLogger(Database.class.getName()).log(Level.FINE, "Store " + StoreUrls.mask(url)
                    + " not compacted on close: " + e.getMessage());
        }
    }

    /** A file store with less live data than this (percent of its file) is compacted when closed. */
    static final int COMPACT_BELOW_PERCENT_IN_USE = 50;
}
