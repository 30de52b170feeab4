package sendtracker.store;

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

    /** True for a team store's URL (PostgreSQL). */
    public static boolean isTeamStore(String url) {
        return url != null && url.startsWith(TeamDatabase.URL_PREFIX);
    }
}
