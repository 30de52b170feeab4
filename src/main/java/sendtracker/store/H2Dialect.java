package sendtracker.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.ErrorCode;

/** The embedded H2 store's dialect: standard SQL, plus H2's lazy results and error codes. */
final class H2Dialect implements SqlDialect {
    static final H2Dialect INSTANCE = new H2Dialect();

    private H2Dialect() {
    }

    @Override
    public void streamResults(Connection c, boolean on) throws SQLException {
        // Without it H2 builds the whole result before the first row; a streamed export must not hold every send.
        try (Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
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
