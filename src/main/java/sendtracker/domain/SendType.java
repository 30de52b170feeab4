package sendtracker.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What kind of gift a send is. Physical types travel as parcels; eGifts as email offers. */
public enum SendType {
    EGIFT("eGift"),
    INVENTORIED("Inventoried"),
    DIRECT("Sendoso Direct"),
    AMAZON("Amazon"),
    /** Any other source type (handwritten notes, choice gifts…); the source's own name is kept on the send. */
    OTHER("Other");

    private static final Map<String, SendType> ALIASES = Map.ofEntries(
            Map.entry("egift", EGIFT), Map.entry("egifts usa", EGIFT), Map.entry("egifts international", EGIFT),
            Map.entry("egifts", EGIFT),
            Map.entry("inventoried", INVENTORIED), Map.entry("inventoried sends", INVENTORIED),
            Map.entry("inventory", INVENTORIED),
            Map.entry("direct", DIRECT), Map.entry("sendoso direct", DIRECT),
            Map.entry("amazon", AMAZON));

    private final String displayName;

    SendType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isPhysical() {
        return this != EGIFT;
    }

    /**
     * Parses a code, shown name or import alias, case-insensitive. A non-blank name that
     * matches none of those is a type of its own: {@link #OTHER}, and the caller keeps the name.
     * Blank input is empty: a send must have a type.
     */
    public static Optional<SendType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (SendType t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.of(ALIASES.getOrDefault(key, OTHER));
    }

    /** Parses only the known codes, names and aliases: for filters, where a typo must not mean OTHER. */
    public static Optional<SendType> parseStrict(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (SendType t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(key) || t.displayName.toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.ofNullable(ALIASES.get(key));
    }
}
