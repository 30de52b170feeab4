package sendtracker.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * The team store's dialect (docs/decisions/0011-team-store-on-postgresql.md): standard SQL as
 * on H2 (long reads come in short keyset batches on both, docs/decisions/0002); lock,
 * serialization and deadlock errors are conflicts, answered at once, never waited on.
 */
final class PostgresDialect implements SqlDialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    /** lock_not_available (lock_timeout, NOWAIT), serialization_failure, deadlock_detected. */
    private static final Set<String> CONFLICTS = Set.of("55P03", "40001", "40P01");

    private PostgresDialect() {
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return CONFLICTS.contains(e.getSQLState());
    }

    @Override
    public boolean isHeldByAnotherProcess(SQLException e) {
        // a server is shared by design: another copy using it is never a reason to refuse
        return false;
    }

    @Override
    public boolean isConflict(SQLException e) {
        return isLockTimeout(e);
    }

    @Override
    public String statementMessage(SQLException e) {
        return firstLine(e);
    }

    @Override
    public String openMessage(SQLException e) {
        return firstLine(e);
    }

    @Override
    public String batchKeyColumn() {
        // the primary key: text in the database's C collation, so "" comes before every id
        return "s.id";
    }

    @Override
    public Object batchKeyStart() {
        return "";
    }

    /** pgjdbc adds "Detail:", "Hint:" and "Position:" lines; the first one is the message. */
    private static String firstLine(SQLException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = msg.indexOf('\n');
        return (nl > 0 ? msg.substring(0, nl) : msg).trim();
    }
}
