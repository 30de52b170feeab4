package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestRules;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.Send;

/** The {@code cancel_requests} table (migration V5): reading, writing and numbering its rows. */
final class CancelRequestRows {
    static final String COLUMNS = "r.id, r.send_id, r.state, r.requested_by, r.requested_at, r.reason,"
            + " r.support_text, r.case_no, r.note, r.sent_by, r.sent_at, r.resolved_by, r.resolved_at";
    private static final String INSERT = "INSERT INTO cancel_requests (id, send_id, state, requested_by,"
            + " requested_at, reason, support_text, case_no, note, sent_by, sent_at, resolved_by, resolved_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private CancelRequestRows() {
    }

    static CancelRequest read(ResultSet rs, int at) throws SQLException {
        return new CancelRequest(rs.getString(at), rs.getString(at + 1),
                CancelRequestState.valueOf(rs.getString(at + 2)), rs.getString(at + 3),
                Instant.ofEpochMilli(rs.getLong(at + 4)), rs.getString(at + 5), rs.getString(at + 6),
                rs.getString(at + 7), rs.getString(at + 8), rs.getString(at + 9), instant(rs, at + 10),
                rs.getString(at + 11), instant(rs, at + 12));
    }

    private static Instant instant(ResultSet rs, int at) throws SQLException {
        long v = rs.getLong(at);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** The requests of these sends, by send id, oldest first (a send without requests is missing). */
    static Map<String, List<CancelRequest>> of(Connection c, List<String> sendIds) throws SQLException {
        Map<String, List<CancelRequest>> out = new HashMap<>();
        if (sendIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM cancel_requests r"
                + " WHERE r.send_id IN (" + Parameters.placeholders(sendIds.size()) + ")"
                + " ORDER BY r.send_id, r.requested_at, r.id")) {
            Parameters.of(ps).all(sendIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CancelRequest r = read(rs, 1);
                    out.computeIfAbsent(r.sendId(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        return out;
    }

    /** The request of this id as stored (the id in any letter case), no visibility check. */
    static Optional<CancelRequest> byId(Connection c, String typedId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM cancel_requests r"
                + " WHERE UPPER(r.id) = UPPER(?)")) {
            Parameters.of(ps).text(typedId == null ? "" : typedId.trim());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, 1)) : Optional.empty();
            }
        }
    }

    /** The next free id (REQ-000001, …): one past the highest number stored. */
    static String nextId(Connection c) throws SQLException {
        long highest = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cancel_requests WHERE id LIKE 'REQ-%'"
                + " ORDER BY LENGTH(id) DESC, id DESC");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next() && highest == 0) {
                try {
                    highest = Long.parseLong(rs.getString(1).substring(4));
                } catch (NumberFormatException e) {
                    // an imported id such as REQ-X: not one of ours, look at the next
                }
            }
        }
        return CancelRequestRules.idOf(highest + 1);
    }

    static void insert(Connection c, CancelRequest r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(Parameters.of(ps), r);
            ps.executeUpdate();
        }
    }

    private static void bind(Parameters p, CancelRequest r) throws SQLException {
        p.text(r.id()).text(r.sendId()).text(r.state().name()).text(r.requestedBy()).millis(r.requestedAt())
                .text(r.reason()).text(r.supportText()).text(r.caseNo()).text(r.note()).text(r.sentBy())
                .optionalMillis(r.sentAt()).text(r.resolvedBy()).optionalMillis(r.resolvedAt());
    }

    /** Writes the request's new state and step fields; false when it was no longer in {@code expected}. */
    static boolean update(Connection c, CancelRequest r, CancelRequestState expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cancel_requests SET state = ?, case_no = ?, note = ?,"
                + " sent_by = ?, sent_at = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND state = ?")) {
            Parameters.of(ps).text(r.state().name()).text(r.caseNo()).text(r.note()).text(r.sentBy())
                    .optionalMillis(r.sentAt()).text(r.resolvedBy()).optionalMillis(r.resolvedAt()).text(r.id())
                    .text(expected.name());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Stores the requests the imported sends bring that the store lacks (by id; one whose id is
     * another send's here gets a new id). Only a JSON file brings requests, each with its id; a CSV
     * file's Cancel Request column is for reading only (docs/decisions/0016). A stored request is
     * never changed. The sends are stored already.
     */
    static void insertMissing(Connection c, Collection<Send> sends) throws SQLException {
        List<Send> with = new ArrayList<>();
        for (Send s : sends) {
            if (!s.cancelRequests().isEmpty()) {
                with.add(s);
            }
        }
        if (with.isEmpty()) {
            return;
        }
        for (int from = 0; from < with.size(); from += Parameters.IN_CHUNK) {
            List<Send> chunk = with.subList(from, Math.min(with.size(), from + Parameters.IN_CHUNK));
            List<String> ids = new ArrayList<>();
            for (Send s : chunk) {
                ids.add(s.id());
            }
            Map<String, List<CancelRequest>> stored = of(c, ids);
            Set<String> storedIds = new HashSet<>();
            stored.values().forEach(list -> list.forEach(r -> storedIds.add(r.id().toUpperCase(java.util.Locale.ROOT))));
            for (Send s : chunk) {
                for (CancelRequest r : s.cancelRequests()) {
                    if (r.id() != null && storedIds.add(r.id().toUpperCase(java.util.Locale.ROOT))) {
                        Optional<CancelRequest> taken = byId(c, r.id());
                        if (taken.isEmpty()) {
                            insert(c, withId(r, r.id(), s.id()));
                        } else if (!taken.get().sendId().equals(s.id())) {
                            // the id is another send's here (a file from another store): kept under a new one
                            insert(c, withId(r, nextId(c), s.id()));
                        }
                    }
                }
            }
        }
    }

    private static CancelRequest withId(CancelRequest r, String id, String sendId) {
        return new CancelRequest(id, sendId, r.state(), r.requestedBy(), r.requestedAt(), r.reason(), r.supportText(),
                r.caseNo(), r.note(), r.sentBy(), r.sentAt(), r.resolvedBy(), r.resolvedAt());
    }
}
