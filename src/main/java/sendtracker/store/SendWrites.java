package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import sendtracker.domain.Send;

/** Stores sends by id: adds new ones, replaces a stored one only with a later status change, with their histories. */
final class SendWrites {
    private final Connections connections;
    private final Directory directory;
    private final Consumer<Collection<String>> changed;

    /** {@code changed} hears the ids of the sends each committed upsert added or replaced. */
    SendWrites(Connections connections, Directory directory, Consumer<Collection<String>> changed) {
        this.connections = connections;
        this.directory = directory;
        this.changed = changed;
    }

    UpsertCounts upsert(List<Send> sends) {
        return upsert(sends, true);
    }

    /**
     * As {@link #upsert(List)}; with {@code durable} false the commit is not forced onto the disk:
     * for the batches of an import, which syncs once at its end ({@link SerialUpserts}).
     */
    UpsertCounts upsert(List<Send> sends, boolean durable) {
        if (sends.isEmpty()) {
            return UpsertCounts.NONE;
        }
        Written written;
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                written = write(c, sends);
                if (durable) {
                    connections.commitDurably(c);
                } else {
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                directory.clearCaches();
                throw e;
            }
        } catch (SQLException e) {
            throw connections.failure("store the sends", e);
        }
        changed.accept(written.ids());
        return written.counts();
    }

    /** Batches in one transaction that commits only when told (docs/decisions/0036-local-import-stores-while-it-checks.md). */
    HeldUpserts hold() {
        return new HeldTransaction(connections, directory::clearCaches, changed, (c, sends, ids) -> {
            Written written = write(c, sends);
            ids.addAll(written.ids());
            return written.counts();
        });
    }

    /** What one batch wrote: its counts, and the ids of the sends it added or replaced. */
    record Written(UpsertCounts counts, Set<String> ids) {
    }

    /** One batch inside {@code c}'s open transaction, which the caller commits or rolls back. */
    Written write(Connection c, List<Send> sends) throws SQLException {
        // the import rules (newer wins, the later change of an id within a batch) are UpsertPlan's
        UpsertPlan plan = UpsertPlan.of(sends, storedChangeTimes(c, sends));
        Map<String, Send> toInsert = plan.inserts;
        Map<String, Send> toUpdate = plan.updates;
        insertSends(c, toInsert.values());
        updateSends(c, toUpdate.values());
        // requests the file brings that the store lacks, whether or not their send changed
        CancelRequestRows.insertMissing(c, sends);
        ChangeFeed.append(c, connections.dialect(), toInsert.keySet());
        ChangeFeed.append(c, connections.dialect(), toUpdate.keySet());
        Set<String> ids = new LinkedHashSet<>(toInsert.keySet());
        ids.addAll(toUpdate.keySet());
        return new Written(new UpsertCounts(toInsert.size(), toUpdate.size(), plan.unchanged), ids);
    }

    /** The stored status change time of each of these sends that is stored. */
    private static Map<String, Long> storedChangeTimes(Connection c, List<Send> sends) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        List<String> ids = new ArrayList<>(sends.size());
        for (Send s : sends) {
            ids.add(s.id());
        }
        for (int from = 0; from < ids.size(); from += Parameters.IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + Parameters.IN_CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, status_changed_at FROM sends WHERE id IN ("
                    + Parameters.placeholders(chunk.size()) + ")")) {
                Parameters.of(ps).all(chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return out;
    }

    private void insertSends(Connection c, Collection<Send> sends) throws SQLException {
        if (sends.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(SendColumns.INSERT)) {
            Parameters p = Parameters.of(ps);
            for (Send s : sends) {
                SendColumns.bindInsert(p, s, directory.references(c, s));
                p.addBatch();
            }
            ps.executeBatch();
        }
        SendHistory.insertAll(c, sends);
    }

    private void updateSends(Connection c, Collection<Send> sends) throws SQLException {
        if (sends.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(SendColumns.UPDATE)) {
            Parameters p = Parameters.of(ps);
            for (Send s : sends) {
                SendColumns.bindUpdate(p, s, directory.references(c, s));
                p.addBatch();
            }
            ps.executeBatch();
        }
        // A newer version with its own history (JSON) replaces the stored one; one without (CSV)
        // keeps the stored history and adds the status it brings, so Recent Updates survive.
        List<Send> withHistory = new ArrayList<>();
        for (Send s : sends) {
            if (s.history().isEmpty()) {
                SendHistory.append(c, s.id(), s.status(), s.statusChangedAt(), null, null);
            } else {
                withHistory.add(s);
            }
        }
        SendHistory.deleteAll(c, withHistory);
        SendHistory.insertAll(c, withHistory);
    }
}
