package sendtracker.service;

import java.io.IOException;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

import sendtracker.store.Database;

/**
 * How to reach Support, as an admin sets it: {@code support.contact} in
 * {@code settings.properties} in the data folder (an email address, or any short text such as
 * a chat channel). Shown with every support request; an email address also gets a mail draft.
 *
 * @param text what to show, or null when nobody has set it
 */
public record SupportContact(String text) {
    public static final String FILE_NAME = "settings.properties";
    public static final String KEY = "support.contact";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");

    public static final SupportContact NONE = new SupportContact(null);

    /** The contact from {@code settings}; {@link #NONE} when the file or the key is missing or unreadable. */
    public static SupportContact from(Path settings) {
        if (!Files.isRegularFile(settings)) {
            return NONE;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return NONE;
        }
        String value = p.getProperty(KEY);
        return value == null || value.isBlank() ? NONE : new SupportContact(value.strip());
    }

    /** The contact set in the user's data folder. */
    public static SupportContact configured() {
        return from(Database.dataFolder().resolve(FILE_NAME));
    }

    public boolean isSet() {
        return text != null;
    }

    /** True when the contact is an email address, so a mail draft can be opened. */
    public boolean isEmail() {
        return text != null && EMAIL.matcher(text).matches();
    }

    /** A {@code mailto:} link with subject and body filled in (RFC 6068: spaces as %20). */
    public String mailto(String subject, String body) {
        if (!isEmail()) {
            throw new IllegalStateException("not an email address: " + text);
        }
        return "mailto:" + text + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
