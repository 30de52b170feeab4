package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The stored spelling of a send id that a person typed in any letter case ({@code snd-0000042}
 * for {@code SND-0000042}). An id stored as typed costs the one primary-key lookup it always did;
 * its upper- and lower-case forms ride along in the same lookup. Only an id found in none of those
 * three spellings (a mixed-case id typed in another mix) is looked for by a scan, so a mistyped id
 * is slower to report as not found, never a correct one slower to find.
 */
final class SendIds {
    private SendIds() {
    }

    /**
     * The id as stored, or empty when no send has it in any case, or when several sends differ
     * from it only in case and none matches exactly (guessing one could cancel the wrong send).
     */
    static Optional<String> stored(Connection c, String typed) throws SQLException {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(typed);
        spellings.add(typed.toUpperCase(Locale.ROOT));
        spellings.add(typed.toLowerCase(Locale.ROOT));
        Set<String> found = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM sends WHERE id IN (" + Parameters.placeholders(spellings.size()) + ")")) {
            Parameters.of(ps).all(List.copyOf(spellings));
            collect(ps, found);
        }
        if (found.contains(typed)) {
            return Optional.of(typed);
        }
        if (found.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sends WHERE LOWER(id) = ? LIMIT 2")) {
                Parameters.of(ps).text(typed.toLowerCase(Locale.ROOT));
                collect(ps, found);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static void collect(PreparedStatement ps, Set<String> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }
}
