package sendtracker.domain;

import java.util.Locale;
import java.util.Optional;

/** What a user may see: Admin everything, Manager their teams, Sender their own sends. */
public enum Role {
    ADMIN, MANAGER, SENDER;

    public static Optional<Role> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
