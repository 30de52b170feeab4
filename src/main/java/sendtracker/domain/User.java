package sendtracker.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who uses the tracker. {@code team} is the team the user sends for (may be null for
 * admins); {@code managedTeams} are the teams a manager oversees (empty for others).
 */
public record User(long id, String email, String name, Role role, String team, Set<String> managedTeams) {

    public User {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        managedTeams = managedTeams == null ? Set.of() : Set.copyOf(managedTeams);
    }

    public boolean isEmail(String other) {
        return other != null && email.equalsIgnoreCase(other.trim());
    }

    public String emailKey() {
        return email.toLowerCase(Locale.ROOT);
    }

    public boolean manages(String teamName) {
        if (teamName == null) {
            return false;
        }
        for (String t : managedTeams) {
            if (t.equalsIgnoreCase(teamName)) {
                return true;
            }
        }
        return false;
    }
}
