package sendtracker.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL that differs between databases, behind one seam (docs/decisions/0005-flyway-migrations-and-dialect-seam.md).
 * The default methods are standard SQL that H2 and PostgreSQL both accept; a dialect overrides only
 * what its database writes differently, and answers what only it can tell: how its commits reach
 * the disk and what its error codes mean.
 */
interface SqlDialect {

    /** The dialect of the store at {@code jdbcUrl}. */
    static SqlDialect forUrl(String jdbcUrl) {
        // Any URL but PostgreSQL's goes to H2's pool, which refuses what it cannot open with its own message.
        return jdbcUrl != null && jdbcUrl.startsWith(TeamDatabase.URL_PREFIX) ? PostgresDialect.INSTANCE
                : H2Dialect.INSTANCE;
    }

    /** {@code select} made to lock the rows it reads until the transaction ends. */
    default String lockingRows(String select) {
        return select + " FOR UPDATE";
    }

    default String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** One ORDER BY term on a column that may be empty, where an empty value counts as the greatest. */
    default String orderEmptyLast(String column, boolean ascending) {
        return ascending ? column + " ASC NULLS LAST" : column + " DESC NULLS FIRST";
    }

    /** What follows an expression to match it against one LIKE pattern parameter made by {@link #containsPattern}. */
    default String likeParameter() {
        return " LIKE ? ESCAPE '\\'";
    }

    /** The LIKE pattern matching any text that contains {@code term} as it is (its wildcards escaped). */
    default String containsPattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Makes every commit of the database on {@code c} written when it returns, so that what the
     * app reports as done survives the process being killed (docs/decisions/0010-durable-commits-on-h2.md).
     * Standard databases do so already.
     */
    default void writeCommitsAtOnce(Connection c) throws SQLException {
    }

    /**
     * Lets the database write commits from its own thread, a little later, for a bulk write that
     * syncs when it ends (docs/decisions/0035-h2-import-syncs-at-its-end.md); {@link #writeCommitsAtOnce}
     * undoes it. Standard databases write their commits themselves; nothing changes there.
     */
    default void writeCommitsInBackground(Connection c) throws SQLException {
    }

    /** Forces what is committed so far from the operating system's cache onto the disk (after a reported change). */
    default void syncToDisk(Connection c) throws SQLException {
    }

    /** How much of the store's file holds live data, in percent (100 where the database manages its own space). */
    default int percentOfFileInUse(Connection c) throws SQLException {
        return 100;
    }

    /** Closes the database on {@code c}, its file rewritten with only the live data. */
    /** How many sessions the database has now, {@code c}'s own included. */
    default int sessionCount(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return rs.next() ? rs.getInt(1) : Integer.MAX_VALUE;
        }
    }

    default void closeCompacted(Connection c) throws SQLException {
    }

    /** True when a row lock was not granted in time: someone else is changing the row. */
    boolean isLockTimeout(SQLException e);

    /**
     * True when the database gave up on a statement because another session held what it needed
     * (a lock not granted in time, a serialization failure or deadlock): worth a retry, not a fault.
     */
    default boolean isConflict(SQLException e) {
        return false;
    }

    /**
     * The column that orders a read of every send in short batches (docs/decisions/0002): storage
     * order on H2, the primary key elsewhere. Bound as a parameter, it starts at {@link #batchKeyStart}.
     */
    default String batchKeyColumn() {
        return "s._ROWID_";
    }

    /** A value before every {@link #batchKeyColumn()} of a stored send. */
    default Object batchKeyStart() {
        return Long.MIN_VALUE;
    }

    /** True when another process holds the store open, so this one cannot use it. */
    boolean isHeldByAnotherProcess(SQLException e);

    /** The database's message for a failed statement, without the statement it repeats. */
    String statementMessage(SQLException e);

    /** The database's message for a failed open, without the codes it appends. */
    String openMessage(SQLException e);
}
