package sendtracker.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.ErrorCode;

/** The embedded H2 store's dialect: standard SQL, plus how H2 writes its commits and its error codes. */
final class H2Dialect implements SqlDialect {
    static final H2Dialect INSTANCE = new H2Dialect();
    /** H2's own default write delay, in milliseconds. */
    static final int BACKGROUND_WRITE_DELAY_MS = 500;

    private H2Dialect() {
    }

    @Override
    public void writeCommitsAtOnce(Connection c) throws SQLException {
        // H2 keeps commits in memory up to WRITE_DELAY (500 ms) and writes them from a background
        // thread; at 0 its TransactionStore writes each commit's chunk before commit() returns
        // (docs/decisions/0010-durable-commits-on-h2.md).
        try (Statement st = c.createStatement()) {
            st.execute("SET WRITE_DELAY 0");
        }
    }

    @Override
    public void writeCommitsInBackground(Connection c) throws SQLException {
        // H2's default: its background writer serialises the pages on the other core while the
        // importing thread goes on; CHECKPOINT SYNC still writes and syncs whatever is pending
        // (docs/decisions/0035-h2-import-syncs-at-its-end.md).
        try (Statement st = c.createStatement()) {
            st.execute("SET WRITE_DELAY " + BACKGROUND_WRITE_DELAY_MS);
        }
    }

    @Override
    public void syncToDisk(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
    }

    @Override
    public int percentOfFileInUse(Connection c) throws SQLException {
        // FILL_RATE counts chunks freed later as live; CHUNKS_FILL_RATE sees what bulk writes left dead.
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MIN(CAST(SETTING_VALUE AS INT)) FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            int percent = rs.next() ? rs.getInt(1) : 100;
            return rs.wasNull() ? 100 : percent;
        }
    }

    @Override
    public void closeCompacted(Connection c) throws SQLException {
        // H2 compacts its file fully only while closing it; its online compaction (Store.compactFile)
        // trips H2's own assertions, so it is left alone (docs/decisions/0010-durable-commits-on-h2.md).
        try (Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return e.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1;
    }

    @Override
    public boolean isHeldByAnotherProcess(SQLException e) {
        return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
    }

    @Override
    public String statementMessage(SQLException e) {
        return cut(e, "; SQL statement");
    }

    @Override
    public String openMessage(SQLException e) {
        // H2 appends " [code-version]" to every message.
        return cut(e, " [");
    }

    private static String cut(SQLException e, String from) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = msg.indexOf(from);
        return cut > 0 ? msg.substring(0, cut) : msg;
    }
}
