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
 * The stored spelling of a send id that a person typed in another letter case ({@code snd-0000042}
 * for {@code SND-0000042}). Asked only after the id as typed was not found, so finding an exact id
 * costs the one primary-key lookup it always did. The upper- and lower-case forms are tried first
 * (primary-key lookups too); only an id in neither form (a mixed-case id typed in another mix) is
 * looked for by a scan, which makes a mistyped id slower to report as not found, nothing else.
 */
final class SendIds {
    private SendIds() {
    }

    /**
     * The id of the one send whose id differs from {@code typed} only in letter case; empty when
     * there is none, or several (guessing one of them could cancel the wrong send).
     */
    static Optional<String> inOtherCase(Connection c, String typed) throws SQLException {
        Set<String> spellings = new LinkedHashSet<>(List.of(typed.toUpperCase(Locale.ROOT),
                typed.toLowerCase(Locale.ROOT)));
        spellings.remove(typed);
        Set<String> found = new LinkedHashSet<>();
        if (!spellings.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM sends WHERE id IN (" + Parameters.placeholders(spellings.size()) + ")")) {
                Parameters.of(ps).all(List.copyOf(spellings));
                collect(ps, found);
            }
        }
        if (found.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM sends WHERE LOWER(id) = ? AND id <> ? LIMIT 2")) {
                Parameters.of(ps).text(typed.toLowerCase(Locale.ROOT)).text(typed);
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
