package sendtracker.service;

import java.util.Locale;

import sendtracker.store.StoreUrls;

/**
 * Which store is open, for people to read: the file of an H2 store, the server and database
 * of a team store, never a password (the URL may carry one in its query or before the host).
 */
public final class StoreLabel {
    private StoreLabel() {
    }

    /** "/home/sam/.send-tracker/sends", "in memory", "db.acme.test:5432/sends (PostgreSQL)", or the masked URL. */
    public static String of(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return "";
        }
        String url = masked(jdbcUrl.strip());
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:mem:")) {
            return "in memory";
        }
        if (lower.startsWith("jdbc:h2:")) {
            String rest = url.substring("jdbc:h2:".length());
            if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
                rest = rest.substring("file:".length());
            }
            int options = rest.indexOf(';');
            return options < 0 ? rest : rest.substring(0, options);
        }
        if (lower.startsWith("jdbc:postgresql://")) {
            String rest = url.substring("jdbc:postgresql://".length());
            int at = rest.indexOf('@');
            int slash = rest.indexOf('/');
            if (at >= 0 && (slash < 0 || at < slash)) {
                rest = rest.substring(at + 1);
            }
            int query = rest.indexOf('?');
            String hostAndDb = query < 0 ? rest : rest.substring(0, query);
            return hostAndDb + " (PostgreSQL)";
        }
        return url;
    }

    /** {@code jdbcUrl} with every password masked: the store's one rule for it ({@link StoreUrls#mask}). */
    public static String masked(String jdbcUrl) {
        return StoreUrls.mask(jdbcUrl);
    }
}
