package sendtracker.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A view one person saved under a name (docs/design.md, "Saved views and columns"). At most one
 * of a person's views is their start view, applied when the window opens for them.
 */
public record SavedView(String name, ViewSettings settings, boolean startView) {
    /** The longest name a view may have: it has to fit the list in the window's top bar. */
    public static final int NAME_MAX = 60;

    public SavedView {
        Objects.requireNonNull(name, "name");
        settings = settings == null ? new ViewSettings(null, null, null) : settings;
    }

    /** The name as views are told apart: trimmed and lower-case, so "Weekly" and "weekly " are one view. */
    public static String nameKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /** Why {@code name} cannot name a view (empty, too long, a line break or tab), or empty when it can. */
    public static Optional<String> nameProblem(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of(Texts.get("view.name.empty"));
        }
        int length = n.codePointCount(0, n.length());
        if (length > NAME_MAX) {
            return Optional.of(Texts.get("view.name.tooLong", length, NAME_MAX));
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Texts.get("view.name.control"));
        }
        return Optional.empty();
    }

    public String nameKey() {
        return nameKey(name);
    }

    public SavedView withStartView(boolean start) {
        return new SavedView(name, settings, start);
    }
}
