package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;
import sendtracker.store.SendStore.SendSink;

/** Reads sends in SQL: a page and its total, counts, one send with history, and a stream of all a filter selects. */
final class SendReads {
    /** Rows a streamed read asks the driver for at a time. */
    private static final int FETCH_SIZE = 1000;

    private final Connections connections;
    private final SqlDialect dialect;

    SendReads(Connections connections) {
        this.connections = connections;
        this.dialect = connections.dialect();
    }

    long sendCount() {
        try (Connection c = connections.open(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sends")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw connections.failure("count the sends", e);
        }
    }

    SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit, Instant now) {
        SqlFilter q = SqlFilter.of(dialect, viewer, filter, now, true);
        String sql = "SELECT " + SendColumns.SELECT + q.from(true) + q.whereClause() + SqlFilter.orderBy(dialect, sort)
                + " LIMIT ? OFFSET ?";
        List<Send> rows = new ArrayList<>(Math.max(0, Math.min(limit, 1000)));
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            Parameters.of(ps).all(q.params).integer(limit).integer(offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(SendColumns.read(rs, List.of()));
                }
            }
        } catch (SQLException e) {
            throw connections.failure("read the sends", e);
        }
        return new SendPage(rows, count(viewer, filter, now));
    }

    long count(User viewer, SendFilter filter, Instant now) {
        SqlFilter q = SqlFilter.of(dialect, viewer, filter, now, true);
        String sql = "SELECT COUNT(*)" + q.from(false) + q.whereClause();
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            Parameters.of(ps).all(q.params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw connections.failure("count the sends", e);
        }
    }

    Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter, Instant now) {
        SqlFilter q = SqlFilter.of(dialect, viewer, filter, now, false);
        String sql = "SELECT s.status, COUNT(*)" + q.from(false) + q.whereClause() + " GROUP BY s.status";
        Map<SendStatus, Long> out = new EnumMap<>(SendStatus.class);
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            Parameters.of(ps).all(q.params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(SendStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw connections.failure("count the sends", e);
        }
        return out;
    }

    /** The send of this id, typed in any letter case ({@link SendIds}), if the viewer may see it. */
    Optional<Send> find(User viewer, String id) {
        if (id == null) {
            return Optional.empty();
        }
        try (Connection c = connections.open()) {
            String typed = id.trim();
            Optional<Send> send = load(c, typed);
            if (send.isEmpty()) {
                Optional<String> stored = SendIds.inOtherCase(c, typed);
                send = stored.isEmpty() ? send : load(c, stored.get());
            }
            return send.filter(s -> Visibility.canSee(viewer, s));
        } catch (SQLException e) {
            throw connections.failure("read send " + id, e);
        }
    }

    /** One send with its history, on the caller's connection (and so in its transaction), no visibility check. */
    static Optional<Send> load(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + SendColumns.SELECT + SendColumns.fromAll() + " WHERE s.id = ?")) {
            Parameters.of(ps).text(id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(SendColumns.read(rs, SendHistory.of(c, List.of(id)).getOrDefault(id, List.of())));
            }
        }
    }

    List<Send> findByIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Send> found = new HashMap<>();
        try (Connection c = connections.open()) {
            for (int from = 0; from < ids.size(); from += Parameters.IN_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + Parameters.IN_CHUNK));
                try (PreparedStatement ps = c.prepareStatement("SELECT " + SendColumns.SELECT + SendColumns.fromAll()
                        + " WHERE s.id IN (" + Parameters.placeholders(chunk.size()) + ")")) {
                    Parameters.of(ps).all(chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Send s = SendColumns.read(rs, List.of());
                            found.put(s.id(), s);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw connections.failure("read the sends", e);
        }
        List<Send> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Send s = found.get(id);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    void forEach(User viewer, SendFilter filter, SendSort sort, Instant now, boolean withHistory, SendSink sink) {
        SqlFilter q = SqlFilter.of(dialect, viewer, filter, now, true);
        String sql = "SELECT " + SendColumns.SELECT + q.from(true) + q.whereClause() + SqlFilter.orderBy(dialect, sort);
        try (Connection c = connections.open()) {
            dialect.streamResults(c, true);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(FETCH_SIZE);
                Parameters.of(ps).all(q.params);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!withHistory) {
                        while (rs.next()) {
                            sink.accept(SendColumns.read(rs, List.of()));
                        }
                        return;
                    }
                    // Histories come in chunks: one query per chunk of sends, not one per send.
                    List<Send> chunk = new ArrayList<>(Parameters.IN_CHUNK);
                    try (Connection hc = connections.open()) {
                        while (rs.next()) {
                            chunk.add(SendColumns.read(rs, List.of()));
                            if (chunk.size() == Parameters.IN_CHUNK) {
                                emitWithHistory(hc, chunk, sink);
                            }
                        }
                        emitWithHistory(hc, chunk, sink);
                    }
                }
            } finally {
                dialect.streamResults(c, false);
            }
        } catch (SQLException e) {
            throw connections.failure("read the sends", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static void emitWithHistory(Connection c, List<Send> chunk, SendSink sink) throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(chunk.size());
        for (Send s : chunk) {
            ids.add(s.id());
        }
        Map<String, List<StatusUpdate>> histories = SendHistory.of(c, ids);
        for (Send s : chunk) {
            sink.accept(s.toBuilder().history(histories.getOrDefault(s.id(), List.of())).build());
        }
        chunk.clear();
    }
}
