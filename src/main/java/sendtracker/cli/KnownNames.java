package sendtracker.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import sendtracker.domain.SendFilter;
import sendtracker.domain.User;
import sendtracker.service.SendService;

/**
 * The {@code --sender} and {@code --team} filters name things that must exist: a mistyped name is
 * a usage error (exit 2) that lists the names there are, not an empty list that looks like "no
 * sends" (docs/design.md, "Command line").
 */
final class KnownNames {
    /** Names shown before the list is cut short; a large organisation has hundreds. */
    static final int SHOWN = 8;

    private KnownNames() {
    }

    /** Refuses a filter whose sender or team is not in the store. */
    static void check(SendService sends, SendFilter filter) {
        if (filter.senderEmail() != null && sends.user(filter.senderEmail()).isEmpty()) {
            List<String> emails = new ArrayList<>();
            for (User u : sends.users()) {
                emails.add(u.email());
            }
            throw unknown("user", filter.senderEmail(), "--sender", "Users", emails);
        }
        if (filter.team() != null) {
            List<String> teams = sends.teamNames();
            String wanted = filter.team().trim();
            if (teams.stream().noneMatch(t -> t.trim().equalsIgnoreCase(wanted))) {
                throw unknown("team", filter.team(), "--team", "Teams", teams);
            }
        }
    }

    /** One line: what was not found, then the names there are (the first {@link #SHOWN} of them). */
    static UsageException unknown(String what, String value, String option, String heading, List<String> known) {
        StringBuilder sb = new StringBuilder("No ").append(what).append(" '").append(value)
                .append("' in this store (").append(option).append("). ");
        if (known.isEmpty()) {
            sb.append("The store has no ").append(heading.toLowerCase(Locale.ROOT)).append(" yet.");
            return new UsageException(sb.toString());
        }
        sb.append(heading).append(": ").append(String.join(", ", known.subList(0, Math.min(SHOWN, known.size()))));
        if (known.size() > SHOWN) {
            sb.append(String.format(Locale.ROOT, " and %,d more (run 'send-tracker users')", known.size() - SHOWN));
        }
        return new UsageException(sb.append('.').toString());
    }
}
