package sendtracker.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.h2.api.ErrorCode;

/**
 * The embedded H2 store as files: where a {@code jdbc:h2:file:} store lives, a consistent copy of
 * an open one ({@code BACKUP TO}, a zip holding its {@code .mv.db}), and putting such a copy back
 * in place of a closed one (docs/decisions/0010-durable-commits-on-h2.md).
 */
public final class StoreFiles {
    private static final String PREFIX = "jdbc:h2:file:";
    private static final String SUFFIX = ".mv.db";

    private StoreFiles() {
    }

    /** The store's file name without {@code .mv.db} ({@code /data/sendtracker}), or empty when it is not an H2 file store. */
    public static Optional<Path> basePath(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring(PREFIX.length());
        int semi = path.indexOf(';');
        if (semi >= 0) {
            path = path.substring(0, semi);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Paths.get(path).toAbsolutePath());
    }

    /** Writes a consistent copy of the open store behind {@code dataSource} to the zip {@code target}. */
    public static void backup(DataSource dataSource, Path target) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    /** The name of the store file in a backup zip; throws when the file is no backup of a store. */
    public static String storeEntry(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            String found = null;
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().endsWith(SUFFIX) && !entry.getName().contains("/")) {
                    if (found != null) {
                        throw new IOException("it holds more than one store");
                    }
                    found = entry.getName();
                }
            }
            if (found == null) {
                throw new IOException("it holds no store file (*" + SUFFIX + ")");
            }
            return found;
        }
    }

    /**
     * Puts the store in the backup {@code zip} in place of the store at {@code base} (which must
     * be closed): unpacked beside it first and opened read-only to prove it whole, then moved in;
     * the store it replaces is moved to {@code replacedTo} (not beside the store: H2's BACKUP
     * would take every {@code <base>*.mv.db} there for the store).
     *
     * @throws StoreLockedException when another process has the store open
     * @throws IOException          when the zip is no whole backup of a store; nothing was changed
     */
    public static void restore(Path zip, Path base, Path replacedTo) throws IOException {
        String entryName = storeEntry(zip);
        Path folder = base.getParent();
        Files.createDirectories(folder);
        Path unpacked = Files.createTempDirectory(folder, ".restore-");
        try {
            Path copy = unpacked.resolve("store" + SUFFIX);
            try (ZipFile z = new ZipFile(zip.toFile())) {
                Files.copy(z.getInputStream(z.getEntry(entryName)), copy);
            }
            proveWhole(unpacked.resolve("store"));
            Path current = Paths.get(base + SUFFIX);
            ensureNotOpen(base, current);
            if (Files.exists(current)) {
                Files.createDirectories(replacedTo.getParent());
                Files.move(current, replacedTo, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(copy, current, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            try (var left = Files.list(unpacked)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(unpacked);
        }
    }

    /**
     * Proves that {@code zip} is a whole backup of a store without touching any store: unpacked
     * into a temporary folder inside {@code scratch}, opened read-only, removed again.
     *
     * @throws IOException when it is no whole backup of a store
     */
    public static void verify(Path zip, Path scratch) throws IOException {
        String entryName = storeEntry(zip);
        Files.createDirectories(scratch);
        Path unpacked = Files.createTempDirectory(scratch, ".verify-");
        try {
            try (ZipFile z = new ZipFile(zip.toFile())) {
                Files.copy(z.getInputStream(z.getEntry(entryName)), unpacked.resolve("store" + SUFFIX));
            }
            proveWhole(unpacked.resolve("store"));
        } finally {
            try (var left = Files.list(unpacked)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(unpacked);
        }
    }

    /**
     * True when a connection from another process reaches the open store behind {@code dataSource}
     * (H2's mixed mode serves it to other copies of the app over the loopback interface; their
     * sessions carry a client address, this process's own do not).
     */
    public static boolean servedToAnotherProcess(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CLIENT_ADDR IS NOT NULL")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** Opens the unpacked copy read-only and reads its sends: a damaged file fails here. */
    private static void proveWhole(Path base) throws IOException {
        try (Connection c = DriverManager.getConnection(PREFIX + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(LENGTH(id)) FROM sends")) {
            rs.next();
        } catch (SQLException e) {
            throw new IOException("it does not open as a Send Tracker store ("
                    + H2Dialect.INSTANCE.openMessage(e) + ")", e);
        }
    }

    /** Fails when another process holds the store: H2 locks its file while open. */
    private static void ensureNotOpen(Path base, Path current) throws IOException {
        if (!Files.exists(current)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(PREFIX + base + ";IFEXISTS=TRUE", "sa", "")) {
            c.isValid(1);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreLockedException("The store " + current + " is in use by another running copy of"
                        + " Send Tracker: close it before restoring.", e);
            }
            // a damaged current store is what a restore is for: it is replaced
        }
    }
}
