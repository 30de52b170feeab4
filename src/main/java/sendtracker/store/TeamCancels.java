package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.User;

/**
 * Cancels and credit settlement on a team store, for every login through the database's own
 * functions ({@link TeamFunctions}), so the check on the stored row and the history's actor are
 * the database's, not the client's (docs/decisions/0012-logins-and-row-level-security.md).
 */
final class TeamCancels {
    private TeamCancels() {
    }

    /** The answer of {@code send_tracker_cancel}, in the transaction of {@code c} (not committed here). */
    static CancelCommit cancel(Connection c, String typedId, Long expectedVersion, User actor, String reason,
            Instant now) throws SQLException {
        String typed = typedId == null ? "" : typedId.trim();
        String[] answer = call(c, typed, expectedVersion, actor, reason, now);
        if ("NOT_FOUND".equals(answer[0])) {
            Optional<String> stored = SendIds.inOtherCase(c, typed);
            if (stored.isPresent()) {
                answer = call(c, stored.get(), expectedVersion, actor, reason, now);
                typed = stored.get();
            }
        }
        String id = typed;
        switch (answer[0]) {
            case "NOT_FOUND":
                throw new SendNotFoundException(typedId, "No send " + typedId + " that you can see.");
            case "CONFLICT": {
                Send send = SendReads.load(c, id).orElseThrow();
                throw new ConflictException("Send " + send.id() + " changed since you opened it: it is now "
                        + send.status().displayName() + ".", send);
            }
            default: {
                Send send = SendReads.load(c, id).orElseThrow();
                CancelDecision decision = CancelDecision.of(CancelRule.valueOf(answer[1]), send);
                return new CancelCommit(decision, send, "CANCELED".equals(answer[0]));
            }
        }
    }

    private static String[] call(Connection c, String id, Long expectedVersion, User actor, String reason,
            Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT result_kind, result_rule FROM send_tracker_cancel(?, ?, ?, ?, ?)")) {
            Parameters.of(ps).text(id).optionalNumber(expectedVersion).text(reason).millis(now).text(actor.email());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    /** Posts the due credits through {@code send_tracker_settle_credits}; the ids of the caller's sends it moved. */
    static List<String> settle(Connection c, Instant now, Duration age) throws SQLException {
        List<String> settled = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM send_tracker_settle_credits(?, ?)")) {
            Parameters.of(ps).millis(now.minus(age)).millis(now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    settled.add(rs.getString(1));
                }
            }
        }
        return settled;
    }

    static boolean isTeamStore(Connections connections) {
        return connections.dialect() == PostgresDialect.INSTANCE;
    }
}
