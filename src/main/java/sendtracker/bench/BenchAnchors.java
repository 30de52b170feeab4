package sendtracker.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import sendtracker.store.Database;

/**
 * The store's own floors that the import and export targets are stated against (docs/design.md,
 * "Performance targets"): H2 inserting the same sends into the same schema from CSVREAD, and a
 * plain JDBC read of the same rows with no formatting.
 */
final class BenchAnchors {
    private static final String[] DIRECTORY = {"teams", "users", "manager_teams", "campaigns"};

    private BenchAnchors() {
    }

    /**
     * {@code INSERT INTO sends SELECT * FROM CSVREAD(…)} into a freshly migrated store, of the
     * bench store's sends as H2 writes them (CSVWRITE, untimed; so is copying the teams, users and
     * campaigns they refer to). Rows per second of the insert alone.
     */
    static long importRowsPerS(String sourceUrl, Path dir, long expectedRows) {
        Path sends = dir.resolve("anchor-sends.csv");
        String targetUrl = "jdbc:h2:file:" + dir.resolve("anchor").toAbsolutePath();
        Database.open(targetUrl).close();
        try (Connection src = DriverManager.getConnection(sourceUrl, "sa", "");
                Statement s = src.createStatement();
                Connection dst = DriverManager.getConnection(targetUrl, "sa", "");
                Statement d = dst.createStatement()) {
            d.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : DIRECTORY) {
                Path file = dir.resolve("anchor-" + table + ".csv");
                s.execute("CALL CSVWRITE('" + file.toAbsolutePath() + "', 'SELECT * FROM " + table + "')");
                d.execute("DELETE FROM " + table);
                d.execute("INSERT INTO " + table + " SELECT * FROM CSVREAD('" + file.toAbsolutePath() + "')");
            }
            d.execute("SET REFERENTIAL_INTEGRITY TRUE");
            s.execute("CALL CSVWRITE('" + sends.toAbsolutePath() + "', 'SELECT * FROM sends')");
            long t = System.nanoTime();
            long rows = d.executeUpdate("INSERT INTO sends SELECT * FROM CSVREAD('" + sends.toAbsolutePath() + "')");
            long nanos = System.nanoTime() - t;
            if (rows != expectedRows) {
                throw new IllegalStateException("the anchor inserted " + rows + " sends, expected " + expectedRows);
            }
            return BenchService.perSecond(rows, nanos);
        } catch (SQLException e) {
            throw new IllegalStateException("The import anchor failed: " + e.getMessage(), e);
        }
    }

    /** Seconds for a plain {@code SELECT * FROM table} that reads every column of every row as text. */
    static double plainReadSeconds(String url, String table) {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.setFetchSize(1000);
            long t = System.nanoTime();
            long chars = 0;
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        String v = rs.getString(i);
                        chars += v == null ? 0 : v.length();
                    }
                }
            }
            double seconds = BenchService.seconds(System.nanoTime() - t);
            return chars >= 0 ? seconds : 0; // chars read, so the JIT keeps the reads
        } catch (SQLException e) {
            throw new IllegalStateException("The plain read of " + table + " failed: " + e.getMessage(), e);
        }
    }
}
