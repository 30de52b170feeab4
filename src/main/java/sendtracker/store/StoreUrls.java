package sendtracker.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Store URLs as they may be shown: a password in a URL ({@code ?password=…}, {@code ;PASSWORD=…},
 * {@code //user:secret@host}) is masked wherever a URL goes into a message, a log or a title
 * (docs/decisions/0011-team-store-on-postgresql.md).
 */
public final class StoreUrls {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;]*:)[^/@]*@");

    private StoreUrls() {
    }

    /** The URL with any password replaced by {@code ***}; null stays null. */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***"));
        return USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@"));
    }

    /**
     * True when the window must ask for a password before opening {@code url}: a team store whose
     * URL names none and no {@code SEND_TRACKER_PASSWORD} is set (docs/design.md, "Team store").
     */
    public static boolean needsSignIn(String url) {
        return needsSignIn(url, System.getenv(TeamDatabase.ENV_PASSWORD));
    }

    static boolean needsSignIn(String url, String envPassword) {
        if (!isTeamStore(url) || envPassword != null && !envPassword.isEmpty()) {
            return false;
        }
        Properties p = org.postgresql.Driver.parseURL(url, null);
        return p != null && p.getProperty("password") == null;
    }

    /** The login named by a team store's URL, or null. */
    public static String login(String url) {
        Properties p = isTeamStore(url) ? org.postgresql.Driver.parseURL(url, null) : null;
        return p == null ? null : p.getProperty("user");
    }

    /** {@code url} signed in as {@code login} with {@code password} (each replacing one the URL had). */
    public static String signedIn(String url, String login, String password) {
        int q = url.indexOf('?');
        StringBuilder out = new StringBuilder(q < 0 ? url : url.substring(0, q)).append('?');
        if (q >= 0) {
            for (String part : url.substring(q + 1).split("&")) {
                String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
                if (!part.isEmpty() && !name.equalsIgnoreCase("user") && !name.equalsIgnoreCase("password")) {
                    out.append(part).append('&');
                }
            }
        }
        return out.append("user=").append(URLEncoder.encode(login, StandardCharsets.UTF_8)).append("&password=")
                .append(URLEncoder.encode(password, StandardCharsets.UTF_8)).toString();
    }

    /** True for a team store's URL (PostgreSQL). */
    public static boolean isTeamStore(String url) {
        return url != null && url.startsWith(TeamDatabase.URL_PREFIX);
    }
}
