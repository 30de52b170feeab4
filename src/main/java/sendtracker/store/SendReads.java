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
import java.util.Set;
import java.util.HashSet;
import java.util.Optional;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;
import sendtracker.store.SendStore.SendSink;

/** Reads sends in SQL: a page and its total, counts, one send with history, and all a filter selects in batches. */
final class SendReads {
    /** Sends one read of {@link #forEach} fetches: short enough to outlive no housekeeping of the store. */
    static final int READ_BATCH = 5_000;

    private final Connections connections;
    private final SqlDialect dialect;
    private final int batchSize;

    SendReads(Connections connections) {
        this(connections, READ_BATCH);
    }

    /** With another batch size (tests use small ones to cross many batch boundaries). */
    SendReads(Connections connections, int batchSize) {
        this.connections = connections;
        this.dialect = connections.dialect();
        this.batchSize = batchSize;
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

    /** MIN and MAX of the creation times: two ends of an index, not a scan. */
    Optional<SendStore.CreationSpan> creationSpan() {
        try (Connection c = connections.open(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MIN(created_at), MAX(created_at) FROM sends")) {
            rs.next();
            long first = rs.getLong(1);
            if (rs.wasNull()) {
                return Optional.empty();
            }
            return Optional.of(new SendStore.CreationSpan(Instant.ofEpochMilli(first), Instant.ofEpochMilli(rs.getLong(2))));
        } catch (SQLException e) {
            throw connections.failure("read when the sends were created", e);
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
        try (Connection c = connections.open();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + q.from(false) + q.whereClause())) {
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
        Map<SendStatus, Long> out = new EnumMap<>(SendStatus.class);
        SqlFilter q = SqlFilter.of(dialect, viewer, filter, now, false);
        String sql = "SELECT s.status, COUNT(*)" + q.from(false) + q.whereClause() + " GROUP BY s.status";
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

    /** Spend per group and currency in one GROUP BY; the index's {@code SpendScan} gives the same lines. */
    Spend spend(User viewer, SendFilter filter, SpendGroup by, Instant now) {
        List<Spend.Line> lines = new ArrayList<>();
        try (Connection c = connections.open()) {
            spendLines(c, SqlFilter.of(dialect, viewer, filter, now, true), by, lines);
        } catch (SQLException e) {
            throw connections.failure("total the costs", e);
        }
        return Spend.of(lines);
    }

    private static void spendLines(Connection c, SqlFilter q, SpendGroup by, List<Spend.Line> lines) throws SQLException {
        String group;
        switch (by) {
            case STATUS:
                group = "s.status";
                break;
            case TEAM:
                q.needsTeams = true;
                group = "t.name";
                break;
            case CAMPAIGN:
                q.needsCampaigns = true;
                group = "c.name";
                break;
            default:
                group = null;
        }
        String sql = "SELECT " + (group == null ? "" : group + ", ") + "s.currency, COUNT(*), COUNT(s.cost), SUM(s.cost)"
                + q.from(false) + q.whereClause() + " GROUP BY " + (group == null ? "" : group + ", ") + "s.currency";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Parameters.of(ps).all(q.params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int at = 1;
                    String g = group == null ? null : rs.getString(at++);
                    String currency = rs.getString(at++);
                    long sends = rs.getLong(at++);
                    long priced = rs.getLong(at++);
                    lines.add(new Spend.Line(g, currency, sends, sends - priced, rs.getBigDecimal(at)));
                }
            }
        }
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
                Send send = SendColumns.read(rs, SendHistory.of(c, List.of(id)).getOrDefault(id, List.of()));
                List<CancelRequest> requests = CancelRequestRows.of(c, List.of(send.id())).get(send.id());
                return Optional.of(requests == null ? send : send.toBuilder().cancelRequests(requests).build());
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

    /**
     * Every send the filter selects, in the sort's order, as a series of short reads of
     * {@link #batchSize} sends each, every one continuing after the last key seen: one long lazy
     * query loses its pages when H2 compacts its file meanwhile ("Chunk … not found";
     * docs/decisions/0002-short-keyset-reads-on-mvstore.md). Histories come per batch, in
     * chunks. The sink runs between the reads, so no read waits on it.
     */
    void forEach(User viewer, SendFilter filter, SendSort sort, Instant now, boolean withHistory, int parts,
            SendSink sink) {
        // The reads run on their own thread, a batch or two ahead of the sink (the export's
        // formatting): reading and writing overlap on two cores (docs/decisions/0014-launch-time.md).
        // One of several reads at once takes batches as much smaller: together they hold what one would.
        int size = Math.max(1, batchSize / Math.max(1, parts));
        BatchPipe pipe = new BatchPipe();
        Thread reader = new Thread(() -> pipe.produce(() -> readBatches(viewer, filter, sort, now, withHistory,
                size, pipe::put)), "send-export-read");
        reader.setDaemon(true);
        reader.start();
        pipe.consume(sink, reader);
    }

    private void readBatches(User viewer, SendFilter filter, SendSort sort, Instant now, boolean withHistory,
            int batchSize, java.util.function.Consumer<List<Send>> out) {
        SqlFilter q = SqlFilter.of(dialect, viewer, filter, now, true);
        SortKeyset keyset = SortKeyset.of(sort);
        String select = "SELECT " + SendColumns.SELECT_BY_ID + keyset.selectKeys() + q.from(sort);
        String order = SqlFilter.orderBy(dialect, sort) + " FETCH FIRST " + batchSize + " ROWS ONLY";
        List<Send.Builder> batch = new ArrayList<>(batchSize);
        List<String> ids = new ArrayList<>(batchSize);
        List<Object> lastKeys = null;
        try {
            Set<String> requested = sendsWithRequests();
            SendNames names;
            try (Connection c = connections.openForBulkRead()) {
                names = SendNames.read(c);
            }
            while (true) {
                List<Object> params = new ArrayList<>(q.params);
                String where = lastKeys == null ? q.whereClause() : q.whereClause(keyset.after(lastKeys, params));
                try (Connection c = connections.openForBulkRead();
                        PreparedStatement ps = c.prepareStatement(select + where + order)) {
                    Parameters.of(ps).all(params);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Send.Builder b = SendColumns.readBuilderById(rs, c, names);
                            batch.add(b);
                            ids.add(b.id());
                            if (batch.size() == batchSize) {
                                // only a full batch has a next one, which starts after its last row
                                lastKeys = keyset.read(rs);
                            }
                        }
                    }
                    // the requests come either way: the CSV export's Cancel Request column needs them too
                    withHistories(c, batch, ids, withHistory, requested);
                }
                boolean last = batch.size() < batchSize;
                List<Send> sends = new ArrayList<>(batch.size());
                for (Send.Builder b : batch) {
                    sends.add(b.build());
                }
                out.accept(sends);
                if (last) {
                    return;
                }
                batch.clear();
                ids.clear();
            }
        } catch (SQLException e) {
            throw connections.failure("read the sends", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /**
     * The ids of the sends that have cancellation requests, read once before an export's batches:
     * few sends have one, so a batch asks only for those (null: too many to keep, ask for all).
     * A request made while the export runs may be missed, as any change made meanwhile may be.
     */
    private Set<String> sendsWithRequests() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = connections.openForBulkRead(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT send_id FROM cancel_requests")) {
            while (rs.next()) {
                if (ids.size() == MAX_REQUESTED_KEPT) {
                    return null;
                }
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Sends with requests an export keeps in memory to skip the others' lookups (a few MB at most). */
    static final int MAX_REQUESTED_KEPT = 100_000;

    /**
     * Gives each send of the batch (builders, their ids beside them) its history and cancellation
     * requests: one query per chunk of sends, not one per send; each send is built once, after.
     */
    private static void withHistories(Connection c, List<Send.Builder> batch, List<String> batchIds,
            boolean withHistory, Set<String> requested) throws SQLException {
        for (int from = 0; from < batch.size(); from += Parameters.IN_CHUNK) {
            int to = Math.min(batch.size(), from + Parameters.IN_CHUNK);
            List<String> ids = batchIds.subList(from, to);
            List<String> withRequests = requested == null ? ids : new ArrayList<>();
            if (requested != null && !requested.isEmpty()) {
                for (String id : ids) {
                    if (requested.contains(id)) {
                        withRequests.add(id);
                    }
                }
            }
            Map<String, List<StatusUpdate>> histories = withHistory ? SendHistory.of(c, ids) : Map.of();
            Map<String, List<CancelRequest>> requests = CancelRequestRows.of(c, withRequests);
            for (int i = from; i < to; i++) {
                String id = batchIds.get(i);
                if (withHistory) {
                    batch.get(i).history(histories.getOrDefault(id, List.of()));
                }
                List<CancelRequest> theirs = requests.get(id);
                if (theirs != null) {
                    batch.get(i).cancelRequests(theirs);
                }
            }
        }
    }
}
