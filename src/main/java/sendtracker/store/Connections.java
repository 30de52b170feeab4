package sendtracker.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Where the store's parts get their connections, the dialect those speak, and errors worded for users. */
final class Connections {
    private final DataSource dataSource;
    private final DataSource bulkReads;
    private final SqlDialect dialect;

    Connections(DataSource dataSource, SqlDialect dialect) {
        this(dataSource, dataSource, dialect);
    }

    /** @param bulkReads where reads of every row get their connections ({@link Database#bulkReads()}) */
    Connections(DataSource dataSource, DataSource bulkReads, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.bulkReads = bulkReads;
        this.dialect = dialect;
    }

    Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    /** A connection for a read of many rows, closed by the caller. */
    Connection openForBulkRead() throws SQLException {
        return bulkReads.getConnection();
    }

    SqlDialect dialect() {
        return dialect;
    }

    /**
     * Commits {@code c}'s transaction and forces it onto the disk before the caller reports it
     * done: a reported cancel or stored batch survives a killed process or a power cut
     * (docs/decisions/0010-durable-commits-on-h2.md).
     */
    void commitDurably(Connection c) throws SQLException {
        c.commit();
        dialect.syncToDisk(c);
    }

    /** A failed {@code what} ("read the sends") as the store error the layers above tell apart. */
    StoreException failure(String what, SQLException e) {
        if (dialect.isHeldByAnotherProcess(e)) {
            return new StoreLockedException("The store is in use by another running copy of Send Tracker.", e);
        }
        if (dialect.isConflict(e)) {
            return new StoreLockedException("Could not " + what + ": someone else is changing the same sends"
                    + " right now. Try again in a moment.", e);
        }
        return new StoreException("Could not " + what + ": " + dialect.statementMessage(e), e);
    }
}
