package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.StatusUpdate;

/** The {@code send_history} table: each send's status updates, numbered from 0 in the order they happened. */
final class SendHistory {
    private static final String INSERT =
            "INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note) VALUES (?, ?, ?, ?, ?, ?)";

    private SendHistory() {
    }

    /** The histories of these sends, by send id (a send without history is missing). */
    static Map<String, List<StatusUpdate>> of(Connection c, List<String> ids) throws SQLException {
        Map<String, List<StatusUpdate>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        // a join with a repeated id would repeat its rows; in key order, each lookup starts next
        // to the last one in the history's key index (docs/performance.md)
        ids = new ArrayList<>(new java.util.TreeSet<>(ids));
        try (PreparedStatement ps = c.prepareStatement("SELECT h.send_id, h.status, h.occurred_at, h.actor, h.note"
                + " FROM " + Parameters.valuesTable(ids.size(), "wanted")
                + " JOIN send_history h ON h.send_id = wanted.id ORDER BY h.send_id, h.seq")) {
            Parameters.of(ps).all(ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StatusUpdate(
                            SendStatus.valueOf(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** Adds one update after the send's last one; a blank note is stored as none. */
    static void append(Connection c, String sendId, SendStatus status, Instant at, String actor, String note)
            throws SQLException {
        int seq;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM send_history WHERE send_id = ?")) {
            Parameters.of(ps).text(sendId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            Parameters.of(ps).text(sendId).integer(seq).text(status.name()).millis(at).text(actor)
                    .text(note == null || note.isBlank() ? null : note.trim());
            ps.executeUpdate();
        }
    }

    /** Stores the histories the sends bring, for sends that have none stored yet. */
    static void insertAll(Connection c, Collection<Send> sends) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            Parameters p = Parameters.of(ps);
            int pending = 0;
            for (Send s : sends) {
                int seq = 0;
                for (StatusUpdate u : s.history()) {
                    p.text(s.id()).integer(seq++).text(u.status().name()).millis(u.occurredAt()).text(u.actor())
                            .text(u.note());
                    p.addBatch();
                    pending++;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Drops the stored histories of these sends (a batch, executed before returning). */
    static void deleteAll(Connection c, Collection<Send> sends) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM send_history WHERE send_id = ?")) {
            Parameters p = Parameters.of(ps);
            for (Send s : sends) {
                p.text(s.id());
                p.addBatch();
            }
            ps.executeBatch();
        }
    }
}
