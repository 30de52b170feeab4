package sendtracker.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a store's schema is already at the newest migration on the class path, told in two
 * cheap looks (the jar's own entry list and one query of Flyway's history table), so an open of
 * a current store skips Flyway's scan and validation (docs/decisions/0014-launch-time.md,
 * docs/decisions/0005-flyway-migrations-and-dialect-seam.md). Anything unclear means "not
 * current": Flyway then runs as always.
 */
final class SchemaVersion {
    static final String LOCATION = "db/migration";
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private SchemaVersion() {
    }

    /** True when the history's newest successful version equals the newest migration shipped, and nothing failed. */
    static boolean isCurrent(Connection c, ClassLoader loader) {
        List<Integer> shipped = newestShipped(loader);
        if (shipped == null) {
            return false;
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            List<Integer> applied = null;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                String v = rs.getString(1);
                if (v != null) {
                    List<Integer> parsed = parse(v);
                    if (applied == null || compare(parsed, applied) > 0) {
                        applied = parsed;
                    }
                }
            }
            return applied != null && compare(applied, shipped) == 0;
        } catch (SQLException e) {
            return false; // no history table yet: a new store, Flyway creates it
        }
    }

    /** The newest version among the class path's migrations, or null when they cannot be listed cheaply. */
    static List<Integer> newestShipped(ClassLoader loader) {
        URL url = loader.getResource(LOCATION);
        if (url == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                URLConnection conn = url.openConnection();
                conn.setUseCaches(true);
                JarFile jar = ((JarURLConnection) conn).getJarFile();
                Enumeration<JarEntry> entries = jar.entries();
                String prefix = LOCATION + "/";
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                        names.add(name.substring(prefix.length()));
                    }
                }
            } else if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
                    files.forEach(p -> names.add(p.getFileName().toString()));
                }
            } else {
                return null;
            }
        } catch (IOException | URISyntaxException | ClassCastException e) {
            return null;
        }
        List<Integer> newest = null;
        for (String name : names) {
            Matcher m = MIGRATION.matcher(name);
            if (m.matches()) {
                List<Integer> v = parse(m.group(1));
                if (newest == null || compare(v, newest) > 0) {
                    newest = v;
                }
            }
        }
        return newest;
    }

    static List<Integer> parse(String version) {
        List<Integer> parts = new ArrayList<>();
        for (String p : version.split("[._]")) {
            parts.add(Integer.parseInt(p));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1) == 0) {
            parts.remove(parts.size() - 1); // Flyway reads 2 and 2.0 as one version
        }
        return parts;
    }

    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
