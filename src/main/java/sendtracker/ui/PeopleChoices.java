package sendtracker.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javafx.collections.ObservableList;

import sendtracker.domain.Role;
import sendtracker.domain.User;

/** The teams and senders a user may filter the table by: all for an admin, their teams' for a manager. */
final class PeopleChoices {
    private PeopleChoices() {
    }

    /** Fills {@code teams} and {@code senders} with what {@code user} may choose among {@code users}. */
    static void fill(User user, List<User> users, ObservableList<String> teams, ObservableList<User> senders) {
        if (user == null || user.role() == Role.SENDER) {
            teams.clear();
            senders.clear();
            return;
        }
        Set<String> teamNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<User> people = new ArrayList<>();
        boolean admin = user.role() == Role.ADMIN;
        for (User u : users) {
            boolean seenTeam = admin || user.manages(u.team());
            // a manager is among their own choices (their sends in the teams they manage), but a
            // team they only send for is not: none of its sends is theirs to see (Visibility)
            if (seenTeam || u.equals(user)) {
                people.add(u);
            }
            if (seenTeam && u.team() != null) {
                teamNames.add(u.team());
            }
        }
        if (user.role() == Role.MANAGER) {
            teamNames.addAll(user.managedTeams());
        }
        people.sort((a, b) -> displayName(a).compareToIgnoreCase(displayName(b)));
        teams.setAll(teamNames);
        senders.setAll(people);
    }

    private static String displayName(User u) {
        return u.name() == null || u.name().isBlank() ? u.email() : u.name();
    }
}
