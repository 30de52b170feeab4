package sendtracker.domain;

import java.util.Locale;
import java.util.Optional;

/** A campaign's life: sends of archived and deleted campaigns still show in the tracker. */
public enum CampaignState {
    ACTIVE("Active"), ARCHIVED("Archived"), DELETED("Deleted");

    private final String displayName;

    CampaignState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<CampaignState> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (CampaignState s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
