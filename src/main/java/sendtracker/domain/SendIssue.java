package sendtracker.domain;

import java.util.Locale;
import java.util.Optional;

/** A problem a send can carry beside its status. */
public enum SendIssue {
    INSUFFICIENT_FUNDS("Insufficient Funds"),
    INVALID_EMAIL_FORMAT("Invalid Email Format"),
    SUSPICIOUS_EMAIL("Suspicious Email"),
    FULFILLMENT_ISSUE("Fulfillment Issue");

    private final String displayName;

    SendIssue(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public String meaningKey() {
        return "issue." + name() + ".meaning";
    }

    /** Parses a code or shown name, case-insensitive. */
    public static Optional<SendIssue> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.trim();
        String codeKey = key.toUpperCase(Locale.ROOT).replace(' ', '_');
        for (SendIssue i : values()) {
            if (i.name().equals(codeKey) || i.displayName.equalsIgnoreCase(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
