package sendtracker.domain;

import java.util.Locale;
import java.util.Optional;

/** Whether test-mode sends are shown: with the rest, alone, or not at all. */
public enum TestModeFilter {
    INCLUDE, ONLY, EXCLUDE;

    public static Optional<TestModeFilter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
