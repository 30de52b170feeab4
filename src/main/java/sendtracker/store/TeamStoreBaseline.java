package sendtracker.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What {@code bench --db URL} measures the team store against, and how it leaves the store: a raw
 * COPY of the same CSV file into a bare temporary table (the floor for an import,
 * docs/decisions/0011-team-store-on-postgresql.md), a raw COPY of the stored rows back into
 * {@code sends} itself with its indexes and foreign keys (what storing them costs at least,
 * docs/decisions/0022-team-import-decides-before-it-copies.md), and emptying the sends it generated.
 */
public final class TeamStoreBaseline {
    private final Database database;

    public TeamStoreBaseline(Database database) {
        if (database.dialect() != PostgresDialect.INSTANCE) {
            throw new IllegalArgumentException("a team store's baseline needs a team store");
        }
        this.database = database;
    }

    /** COPYs the CSV file (header, {@code columns} columns) into a temporary table; returns the rows copied. */
    public long rawCopy(Path csv, int columns) {
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            cols.append(i == 0 ? "" : ", ").append("c").append(i).append(" TEXT");
        }
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
                InputStream in = Files.newInputStream(csv)) {
            st.execute("CREATE TEMP TABLE raw_copy (" + cols + ")");
            try {
                return c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY raw_copy FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            } finally {
                st.execute("DROP TABLE raw_copy");
            }
        } catch (SQLException e) {
            throw new StoreException("Could not COPY " + csv + ": " + PostgresDialect.INSTANCE.statementMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How long a COPY of {@code rows} rows took. */
    public record Copied(long rows, long nanos) {
    }

    /**
     * COPYs the stored sends out (text format, into {@code work}), deletes every send, and times a
     * COPY of those rows straight back into {@code sends}: the same rows into the same table, with
     * its indexes and foreign keys. Only the database's owner may: PostgreSQL refuses COPY FROM into
     * a table whose row-level security applies to the login.
     */
    public Copied rawCopyIntoSends(Path work) {
        Path rows;
        try {
            rows = Files.createTempFile(work, "team-bench-sends-", ".copy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = database.dataSource().getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = Files.newOutputStream(rows)) {
                copy.copyOut("COPY sends TO STDOUT", out);
            }
            deleteAllSends();
            c.setAutoCommit(false);
            long t = System.nanoTime();
            long copied;
            try (InputStream in = Files.newInputStream(rows)) {
                copied = copy.copyIn("COPY sends FROM STDIN", in);
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return new Copied(copied, System.nanoTime() - t);
        } catch (SQLException e) {
            throw new StoreException("Could not COPY the sends back into sends: "
                    + PostgresDialect.INSTANCE.statementMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(rows);
            } catch (IOException e) {
                // a temporary file in the bench's work folder: harmless if left
            }
        }
    }

    /** Deletes every send with its history, credits and cancellation requests (the bench's own: it starts on an empty store). */
    public void deleteAllSends() {
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("DELETE FROM cancel_requests");
            st.execute("DELETE FROM funding_credits");
            st.execute("DELETE FROM send_history");
            st.execute("DELETE FROM sends");
            st.execute("DELETE FROM send_changes");
            c.commit();
            c.setAutoCommit(true);
            st.execute("VACUUM ANALYZE sends");
        } catch (SQLException e) {
            throw new StoreException("Could not empty the team store: "
                    + PostgresDialect.INSTANCE.statementMessage(e), e);
        }
    }
}
