package sendtracker;

import java.util.ArrayList;
import java.util.List;

/**
 * The window's options (docs/design.md §6): {@code --db URL}, {@code --user EMAIL} (also
 * {@code --as EMAIL}) and {@code --open FILE}, each also as {@code --name=value}. Anything
 * else is refused before any window opens.
 *
 * @param db   the store's JDBC URL, or null for the default store
 * @param user who to sign in as, or null for the store's default user
 * @param open an exported file to review offline, or null
 */
public record WindowOptions(String db, String user, String open) {
    /** The one line printed when the options are wrong. */
    public static final String USAGE =
            "usage: send-tracker [--db URL] [--user EMAIL | --as EMAIL] [--open FILE]   (or: send-tracker COMMAND --help)";

    /** Wrong window options: the message says which word was not understood. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    public static WindowOptions parse(String[] args) throws Refused {
        String db = null;
        String user = null;
        String open = null;
        for (int i = 0; i < args.length; i++) {
            String word = args[i];
            int eq = word.indexOf('=');
            String name = eq > 0 ? word.substring(0, eq) : word;
            String value;
            if (!List.of("--db", "--user", "--as", "--open").contains(name)) {
                throw new Refused("unknown option or word: " + word);
            }
            if (eq > 0) {
                value = word.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new Refused(name + " needs a value");
            }
            if (value.isBlank()) {
                throw new Refused(name + " needs a value");
            }
            switch (name) {
                case "--db" -> db = value;
                case "--open" -> open = value;
                default -> user = value;
            }
        }
        return new WindowOptions(db, user, open);
    }

    /** The same options as JavaFX reads them ({@code --name=value}, see {@code Application.Parameters#getNamed}). */
    public String[] toNamedArgs() {
        List<String> out = new ArrayList<>();
        if (db != null) {
            out.add("--db=" + db);
        }
        if (user != null) {
            out.add("--user=" + user);
        }
        if (open != null) {
            out.add("--open=" + open);
        }
        return out.toArray(String[]::new);
    }
}
