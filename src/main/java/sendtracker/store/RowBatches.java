package sendtracker.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How to read every send in short keyset batches on the store a connection belongs to
 * (docs/decisions/0002-short-keyset-reads-on-mvstore.md): the key column (alias s = sends) and a
 * value before every key. H2 walks its row key (storage order), PostgreSQL its primary key.
 */
public record RowBatches(String keyColumn, Object start) {

    /** The batches of the store {@code c} is connected to. */
    public static RowBatches of(Connection c) throws SQLException {
        SqlDialect dialect = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                ? PostgresDialect.INSTANCE : H2Dialect.INSTANCE;
        return new RowBatches(dialect.batchKeyColumn(), dialect.batchKeyStart());
    }
}
