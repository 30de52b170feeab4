package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.User;

/**
 * The team store's {@code cancel_rules} table: the Java {@link CancelPolicy} written out over every
 * type × status × confirmation × confirmed case, refilled at each install so the database's cancel
 * function decides exactly as the window does (docs/decisions/0007-rules-as-data.md,
 * docs/decisions/0012-logins-and-row-level-security.md). Who may act is checked apart, by login.
 */
final class CancelRulesTable {
    /** One case of the policy and the rule Java gives it. */
    record Case(SendType type, SendStatus status, boolean confirmation, boolean confirmed, CancelRule rule) {
    }

    private CancelRulesTable() {
    }

    /** Every case, decided by {@code policy} for an actor who may act on the send. */
    static List<Case> cases(CancelPolicy policy) {
        User admin = new User(0, "rules@send-tracker", "rules", Role.ADMIN, null, null);
        Instant at = Instant.EPOCH;
        List<Case> out = new ArrayList<>();
        for (SendType type : SendType.values()) {
            for (SendStatus status : SendStatus.values()) {
                for (boolean confirmation : new boolean[] {false, true}) {
                    for (boolean confirmed : new boolean[] {false, true}) {
                        Send send = Send.builder().id("rule").createdAt(at).type(type).status(status)
                                .statusChangedAt(at).addressConfirmation(confirmation)
                                .addressConfirmedAt(confirmed ? at : null).build();
                        out.add(new Case(type, status, confirmation, confirmed, policy.rule(send, admin)));
                    }
                }
            }
        }
        return out;
    }

    static void install(Connection c, CancelPolicy policy) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS cancel_rules (type VARCHAR(16) NOT NULL, status VARCHAR(32) NOT NULL,"
                    + " address_confirmation BOOLEAN NOT NULL, address_confirmed BOOLEAN NOT NULL,"
                    + " rule VARCHAR(40) NOT NULL, outcome VARCHAR(20) NOT NULL,"
                    + " PRIMARY KEY (type, status, address_confirmation, address_confirmed))");
            st.execute("DELETE FROM cancel_rules");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cancel_rules VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Case k : cases(policy)) {
                ps.setString(1, k.type().name());
                ps.setString(2, k.status().name());
                ps.setBoolean(3, k.confirmation());
                ps.setBoolean(4, k.confirmed());
                ps.setString(5, k.rule().name());
                ps.setString(6, k.rule().outcome().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
