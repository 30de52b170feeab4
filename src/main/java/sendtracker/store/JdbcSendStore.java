package sendtracker.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import sendtracker.domain.CampaignState;
import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.PostalAddress;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;

/** The store on JDBC (embedded H2 by default), in portable SQL. */
public final class JdbcSendStore implements SendStore {
    /** The acting user of a store that has no Admin yet (a new, empty store). */
    public static final User LOCAL_ADMIN = new User(0, "admin@localhost", "Local administrator", Role.ADMIN, null,
            Set.of());

    static final String SEND_COLUMNS = "s.id, s.created_at, s.type, s.type_name, s.subtype, s.status,"
            + " s.status_changed_at, s.issue, u.name, u.email, t.name, s.recipient_name, s.recipient_email,"
            + " s.recipient_company, s.address_line1, s.address_line2, s.city, s.region, s.postal_code, s.country,"
            + " s.recipient_message, c.name, c.state, s.gift_name, s.quantity, s.cost, s.currency, s.funding_source,"
            + " s.address_confirmation, s.address_confirmed_at, s.carrier, s.tracking_number, s.tracking_url,"
            + " s.test_mode, s.sent_via, s.version";
    private static final String ALL_JOINS = " FROM sends s LEFT JOIN users u ON u.id = s.sender_id"
            + " LEFT JOIN teams t ON t.id = s.team_id LEFT JOIN campaigns c ON c.id = s.campaign_id";
    private static final String INSERT_SEND = "INSERT INTO sends (id, created_at, type, type_name, subtype, status,"
            + " status_changed_at, issue, sender_id, team_id, recipient_name, recipient_email, recipient_company,"
            + " address_line1, address_line2, city, region, postal_code, country, recipient_message, campaign_id,"
            + " gift_name, quantity, cost, currency, funding_source, address_confirmation, address_confirmed_at,"
            + " carrier, tracking_number, tracking_url, test_mode, sent_via, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_SEND = "UPDATE sends SET created_at = ?, type = ?, type_name = ?, subtype = ?,"
            + " status = ?, status_changed_at = ?, issue = ?, sender_id = ?, team_id = ?, recipient_name = ?,"
            + " recipient_email = ?, recipient_company = ?, address_line1 = ?, address_line2 = ?, city = ?,"
            + " region = ?, postal_code = ?, country = ?, recipient_message = ?, campaign_id = ?, gift_name = ?,"
            + " quantity = ?, cost = ?, currency = ?, funding_source = ?, address_confirmation = ?,"
            + " address_confirmed_at = ?, carrier = ?, tracking_number = ?, tracking_url = ?, test_mode = ?,"
            + " sent_via = ?, version = version + 1 WHERE id = ?";
    private static final int IN_CHUNK = 500;

    private final DataSource dataSource;
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Long> teamIds = new ConcurrentHashMap<>();
    private final Map<String, Long> userIds = new ConcurrentHashMap<>();
    private final Map<String, Long> campaignIds = new ConcurrentHashMap<>();
    private final Map<String, String> campaignStates = new ConcurrentHashMap<>();
    private final Runnable onClose;

    public JdbcSendStore(Database database) {
        this(database.dataSource(), database::close);
    }

    public JdbcSendStore(DataSource dataSource, Runnable onClose) {
        this.dataSource = dataSource;
        this.onClose = onClose;
    }

    // ------------------------------------------------------------------ users

    @Override
    public List<User> users() {
        String sql = "SELECT u.id, u.email, u.name, u.role, t.name FROM users u LEFT JOIN teams t ON t.id = u.team_id"
                + " ORDER BY CASE u.role WHEN 'ADMIN' THEN 0 WHEN 'MANAGER' THEN 1 ELSE 2 END, u.name, u.id";
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Set<String>> managed = managedTeams(c, null);
            List<User> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new User(id, rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                            rs.getString(5), managed.getOrDefault(id, Set.of())));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the users", e);
        }
    }

    @Override
    public Optional<User> user(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String sql = "SELECT u.id, u.email, u.name, u.role, t.name FROM users u LEFT JOIN teams t ON t.id = u.team_id"
                + " WHERE u.email_key = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, email.trim().toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                return Optional.of(new User(id, rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                        rs.getString(5), managedTeams(c, id).getOrDefault(id, Set.of())));
            }
        } catch (SQLException e) {
            throw failure("read the user " + email, e);
        }
    }

    @Override
    public User defaultUser() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT email FROM users WHERE role = 'ADMIN' ORDER BY id")) {
            if (rs.next()) {
                return user(rs.getString(1)).orElse(LOCAL_ADMIN);
            }
            return LOCAL_ADMIN;
        } catch (SQLException e) {
            throw failure("read the users", e);
        }
    }

    private static Map<Long, Set<String>> managedTeams(Connection c, Long userId) throws SQLException {
        String sql = "SELECT mt.user_id, t.name FROM manager_teams mt JOIN teams t ON t.id = mt.team_id"
                + (userId == null ? "" : " WHERE mt.user_id = ?") + " ORDER BY t.name";
        Map<Long, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (userId != null) {
                ps.setLong(1, userId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    @Override
    public void saveUsers(List<User> users) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (User u : users) {
                    Long teamId = u.team() == null ? null : teamId(c, u.team());
                    long id = userId(c, u.email(), u.name(), teamId);
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE users SET name = ?, role = ?, team_id = ? WHERE id = ?")) {
                        ps.setString(1, u.name());
                        ps.setString(2, u.role().name());
                        setLong(ps, 3, teamId);
                        ps.setLong(4, id);
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM manager_teams WHERE user_id = ?")) {
                        ps.setLong(1, id);
                        ps.executeUpdate();
                    }
                    for (String team : u.managedTeams()) {
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO manager_teams (user_id, team_id) VALUES (?, ?)")) {
                            ps.setLong(1, id);
                            ps.setLong(2, teamId(c, team));
                            ps.executeUpdate();
                        }
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                clearCaches();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("save the users", e);
        }
    }

    // ------------------------------------------------------------------ reads

    @Override
    public long sendCount() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sends")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count the sends", e);
        }
    }

    @Override
    public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit, Instant now) {
        SqlFilter q = SqlFilter.of(viewer, filter, now, true);
        String sql = "SELECT " + SEND_COLUMNS + q.from(true) + q.whereClause() + SqlFilter.orderBy(sort)
                + " LIMIT ? OFFSET ?";
        List<Send> rows = new ArrayList<>(Math.max(0, Math.min(limit, 1000)));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, q.params);
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapSend(rs, List.of()));
                }
            }
        } catch (SQLException e) {
            throw failure("read the sends", e);
        }
        return new SendPage(rows, count(viewer, filter, now));
    }

    @Override
    public long count(User viewer, SendFilter filter, Instant now) {
        SqlFilter q = SqlFilter.of(viewer, filter, now, true);
        String sql = "SELECT COUNT(*)" + q.from(false) + q.whereClause();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, q.params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count the sends", e);
        }
    }

    @Override
    public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter, Instant now) {
        SqlFilter q = SqlFilter.of(viewer, filter, now, false);
        String sql = "SELECT s.status, COUNT(*)" + q.from(false) + q.whereClause() + " GROUP BY s.status";
        Map<SendStatus, Long> out = new EnumMap<>(SendStatus.class);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, q.params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(SendStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw failure("count the sends", e);
        }
        return out;
    }

    @Override
    public Optional<Send> find(User viewer, String id) {
        if (id == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            Optional<Send> send = load(c, id.trim());
            return send.filter(s -> Visibility.canSee(viewer, s));
        } catch (SQLException e) {
            throw failure("read send " + id, e);
        }
    }

    private Optional<Send> load(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SEND_COLUMNS + ALL_JOINS + " WHERE s.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(mapSend(rs, history(c, List.of(id)).getOrDefault(id, List.of())));
            }
        }
    }

    @Override
    public List<Send> findByIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Send> found = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT " + SEND_COLUMNS + ALL_JOINS + " WHERE s.id IN (" + placeholders(chunk.size()) + ")")) {
                    bind(ps, new ArrayList<>(chunk));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Send s = mapSend(rs, List.of());
                            found.put(s.id(), s);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read the sends", e);
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

    @Override
    public void forEach(User viewer, SendFilter filter, SendSort sort, Instant now, boolean withHistory,
            SendSink sink) {
        SqlFilter q = SqlFilter.of(viewer, filter, now, true);
        String sql = "SELECT " + SEND_COLUMNS + q.from(true) + q.whereClause() + SqlFilter.orderBy(sort);
        try (Connection c = dataSource.getConnection()) {
            lazyResults(c, true);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(1000);
                bind(ps, q.params);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!withHistory) {
                        while (rs.next()) {
                            sink.accept(mapSend(rs, List.of()));
                        }
                        return;
                    }
                    // Histories come in chunks: one query per thousand sends, not one per send.
                    List<Send> chunk = new ArrayList<>(IN_CHUNK);
                    try (Connection hc = dataSource.getConnection()) {
                        while (rs.next()) {
                            chunk.add(mapSend(rs, List.of()));
                            if (chunk.size() == IN_CHUNK) {
                                emitWithHistory(hc, chunk, sink);
                            }
                        }
                        emitWithHistory(hc, chunk, sink);
                    }
                }
            } finally {
                lazyResults(c, false);
            }
        } catch (SQLException e) {
            throw failure("read the sends", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private void emitWithHistory(Connection c, List<Send> chunk, SendSink sink) throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(chunk.size());
        for (Send s : chunk) {
            ids.add(s.id());
        }
        Map<String, List<StatusUpdate>> histories = history(c, ids);
        for (Send s : chunk) {
            sink.accept(s.toBuilder().history(histories.getOrDefault(s.id(), List.of())).build());
        }
        chunk.clear();
    }

    private static void lazyResults(Connection c, boolean on) throws SQLException {
        if (c.getMetaData().getDatabaseProductName().startsWith("H2")) {
            try (Statement st = c.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
            }
        }
    }

    private static Map<String, List<StatusUpdate>> history(Connection c, List<String> ids) throws SQLException {
        Map<String, List<StatusUpdate>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT send_id, status, occurred_at, actor, note"
                + " FROM send_history WHERE send_id IN (" + placeholders(ids.size()) + ") ORDER BY send_id, seq")) {
            bind(ps, new ArrayList<>(ids));
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

    // ------------------------------------------------------------------ writes

    @Override
    public UpsertCounts upsert(List<Send> sends) {
        if (sends.isEmpty()) {
            return UpsertCounts.NONE;
        }
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        Set<String> changed = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, Long> stored = storedChangeTimes(c, sends);
                // Within one batch the same id may come twice: the later change wins, like across batches.
                Map<String, Send> toInsert = new LinkedHashMap<>();
                Map<String, Send> toUpdate = new LinkedHashMap<>();
                for (Send s : sends) {
                    Send pendingInsert = toInsert.get(s.id());
                    Send pendingUpdate = toUpdate.get(s.id());
                    Long storedAt = stored.get(s.id());
                    long at = s.statusChangedAt().toEpochMilli();
                    if (pendingInsert != null) {
                        if (at > pendingInsert.statusChangedAt().toEpochMilli()) {
                            toInsert.put(s.id(), s);
                        } else {
                            unchanged++;
                        }
                        continue;
                    }
                    if (pendingUpdate != null) {
                        if (at > pendingUpdate.statusChangedAt().toEpochMilli()) {
                            toUpdate.put(s.id(), s);
                        } else {
                            unchanged++;
                        }
                        continue;
                    }
                    if (storedAt == null) {
                        toInsert.put(s.id(), s);
                    } else if (at > storedAt) {
                        toUpdate.put(s.id(), s);
                    } else {
                        unchanged++;
                    }
                }
                inserted = toInsert.size();
                updated = toUpdate.size();
                insertSends(c, toInsert.values());
                updateSends(c, toUpdate.values());
                c.commit();
                changed.addAll(toInsert.keySet());
                changed.addAll(toUpdate.keySet());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                clearCaches();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("store the sends", e);
        }
        fire(changed);
        return new UpsertCounts(inserted, updated, unchanged);
    }

    private Map<String, Long> storedChangeTimes(Connection c, List<Send> sends) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        List<String> ids = new ArrayList<>(sends.size());
        for (Send s : sends) {
            ids.add(s.id());
        }
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, status_changed_at FROM sends WHERE id IN ("
                    + placeholders(chunk.size()) + ")")) {
                bind(ps, new ArrayList<>(chunk));
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
        try (PreparedStatement ps = c.prepareStatement(INSERT_SEND)) {
            for (Send s : sends) {
                ps.setString(1, s.id());
                bindSendFields(c, ps, 2, s);
                ps.setLong(34, 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        insertHistory(c, sends);
    }

    private void updateSends(Connection c, Collection<Send> sends) throws SQLException {
        if (sends.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(UPDATE_SEND)) {
            for (Send s : sends) {
                bindSendFields(c, ps, 1, s);
                ps.setString(33, s.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // A newer version with its own history (JSON) replaces the stored one; one without (CSV)
        // keeps the stored history and adds the status it brings, so Recent Updates survive.
        List<Send> withHistory = new ArrayList<>();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM send_history WHERE send_id = ?")) {
            for (Send s : sends) {
                if (s.history().isEmpty()) {
                    appendHistory(c, s.id(), s.status(), s.statusChangedAt(), null, null);
                } else {
                    del.setString(1, s.id());
                    del.addBatch();
                    withHistory.add(s);
                }
            }
            del.executeBatch();
        }
        insertHistory(c, withHistory);
    }

    /** Binds the 32 stored fields after the id, starting at parameter {@code i}. */
    private void bindSendFields(Connection c, PreparedStatement ps, int i, Send s) throws SQLException {
        ps.setLong(i++, s.createdAt().toEpochMilli());
        ps.setString(i++, s.type().name());
        ps.setString(i++, s.type() == SendType.OTHER ? s.typeName() : null);
        ps.setString(i++, s.subtype());
        ps.setString(i++, s.status().name());
        ps.setLong(i++, s.statusChangedAt().toEpochMilli());
        ps.setString(i++, s.issue() == null ? null : s.issue().name());
        Long teamId = s.team() == null || s.team().isBlank() ? null : teamId(c, s.team());
        Long senderId = s.senderEmail() == null || s.senderEmail().isBlank() ? null
                : userId(c, s.senderEmail(), s.senderName(), teamId);
        setLong(ps, i++, senderId);
        setLong(ps, i++, teamId);
        ps.setString(i++, s.recipientName());
        ps.setString(i++, s.recipientEmail());
        ps.setString(i++, s.recipientCompany());
        PostalAddress a = s.address();
        ps.setString(i++, a.line1());
        ps.setString(i++, a.line2());
        ps.setString(i++, a.city());
        ps.setString(i++, a.region());
        ps.setString(i++, a.postalCode());
        ps.setString(i++, a.country());
        ps.setString(i++, s.recipientMessage());
        setLong(ps, i++, s.campaign() == null || s.campaign().isBlank() ? null
                : campaignId(c, s.campaign(), s.campaignState()));
        ps.setString(i++, s.gift());
        ps.setInt(i++, s.quantity());
        ps.setBigDecimal(i++, s.cost());
        ps.setString(i++, s.currency());
        ps.setString(i++, s.fundingSource());
        ps.setBoolean(i++, s.addressConfirmation());
        setLong(ps, i++, s.addressConfirmedAt() == null ? null : s.addressConfirmedAt().toEpochMilli());
        ps.setString(i++, s.carrier());
        ps.setString(i++, s.trackingNumber());
        ps.setString(i++, s.trackingUrl());
        ps.setBoolean(i++, s.testMode());
        ps.setString(i, s.sentVia());
    }

    private static void insertHistory(Connection c, Collection<Send> sends) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Send s : sends) {
                int seq = 0;
                for (StatusUpdate u : s.history()) {
                    ps.setString(1, s.id());
                    ps.setInt(2, seq++);
                    ps.setString(3, u.status().name());
                    ps.setLong(4, u.occurredAt().toEpochMilli());
                    ps.setString(5, u.actor());
                    ps.setString(6, u.note());
                    ps.addBatch();
                    pending++;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    @Override
    public CancelCommit cancel(String sendId, Long expectedVersion, User actor, String reason, Instant now,
            CancelPolicy policy) {
        Send after;
        CancelDecision decision;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // Lock the row first: a second cancel of the same send waits here, then sees it closed.
                Long version = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT version FROM sends WHERE id = ? FOR UPDATE")) {
                    ps.setString(1, sendId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            version = rs.getLong(1);
                        }
                    }
                }
                Optional<Send> stored = version == null ? Optional.empty() : load(c, sendId);
                if (stored.isEmpty() || !Visibility.canSee(actor, stored.get())) {
                    c.rollback();
                    throw new SendNotFoundException(sendId, "No send " + sendId + " that you can see.");
                }
                Send send = stored.get();
                if (expectedVersion != null && expectedVersion != send.version()) {
                    c.rollback();
                    throw new ConflictException("Send " + sendId + " changed since you opened it: it is now "
                            + send.status().displayName() + ".", send);
                }
                decision = policy.decide(send, actor, now);
                if (decision.outcome() != CancelOutcome.CANCELED) {
                    c.rollback();
                    return new CancelCommit(decision, send, false);
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE sends SET status = ?, status_changed_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")) {
                    ps.setString(1, SendStatus.CANCELED.name());
                    ps.setLong(2, now.toEpochMilli());
                    ps.setString(3, sendId);
                    ps.setLong(4, send.version());
                    if (ps.executeUpdate() != 1) {
                        c.rollback();
                        throw new ConflictException("Send " + sendId + " changed while it was being canceled.", send);
                    }
                }
                appendHistory(c, sendId, SendStatus.CANCELED, now, actor.email(), reason);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO funding_credits (send_id, funding_source,"
                        + " amount, currency, requested_at, requested_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, sendId);
                    ps.setString(2, send.fundingSource());
                    ps.setBigDecimal(3, send.cost() == null ? BigDecimal.ZERO : send.cost());
                    ps.setString(4, send.currency());
                    ps.setLong(5, now.toEpochMilli());
                    ps.setString(6, actor.email());
                    ps.executeUpdate();
                }
                after = load(c, sendId).orElseThrow();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.LOCK_TIMEOUT_1) {
                throw new ConflictException("Send " + sendId + " is being changed by someone else right now.", null);
            }
            throw failure("cancel send " + sendId, e);
        }
        fire(List.of(sendId));
        return new CancelCommit(decision, after, true);
    }

    private static void appendHistory(Connection c, String sendId, SendStatus status, Instant at, String actor,
            String note) throws SQLException {
        int seq;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM send_history WHERE send_id = ?")) {
            ps.setString(1, sendId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, sendId);
            ps.setInt(2, seq);
            ps.setString(3, status.name());
            ps.setLong(4, at.toEpochMilli());
            ps.setString(5, actor);
            ps.setString(6, note == null || note.isBlank() ? null : note.trim());
            ps.executeUpdate();
        }
    }

    @Override
    public int settleCredits(Instant now, Duration age) {
        List<String> settled = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Object[]> due = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, send_id, amount, currency, funding_source"
                        + " FROM funding_credits WHERE credited_at IS NULL AND requested_at <= ? ORDER BY id")) {
                    ps.setLong(1, now.minus(age).toEpochMilli());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            due.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                                rs.getString(4), rs.getString(5)});
                        }
                    }
                }
                for (Object[] credit : due) {
                    String sendId = (String) credit[1];
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE funding_credits SET credited_at = ? WHERE id = ?")) {
                        ps.setLong(1, now.toEpochMilli());
                        ps.setLong(2, (Long) credit[0]);
                        ps.executeUpdate();
                    }
                    int moved;
                    try (PreparedStatement ps = c.prepareStatement("UPDATE sends SET status = 'REFUNDED',"
                            + " status_changed_at = ?, version = version + 1 WHERE id = ? AND status = 'CANCELED'")) {
                        ps.setLong(1, now.toEpochMilli());
                        ps.setString(2, sendId);
                        moved = ps.executeUpdate();
                    }
                    if (moved == 1) {
                        String amount = credit[2] == null ? "0" : ((BigDecimal) credit[2]).toPlainString();
                        String note = sendtracker.domain.Texts.get("credit.note", amount,
                                credit[3] == null ? "" : credit[3], credit[4] == null ? "-" : credit[4]);
                        appendHistory(c, sendId, SendStatus.REFUNDED, now, null, note);
                        settled.add(sendId);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("credit the funding sources", e);
        }
        fire(settled);
        return settled.size();
    }

    @Override
    public void addListener(StoreListener listener) {
        listeners.add(listener);
    }

    private void fire(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        for (StoreListener l : listeners) {
            l.sendsChanged(ids);
        }
    }

    @Override
    public void close() {
        onClose.run();
    }

    // ------------------------------------------------------------------ lookups with caches

    private long teamId(Connection c, String name) throws SQLException {
        String key = name.trim().toLowerCase(Locale.ROOT);
        Long cached = teamIds.get(key);
        if (cached != null) {
            return cached;
        }
        long id = findOrInsert(c, "SELECT id FROM teams WHERE name_key = ?", key,
                "INSERT INTO teams (name, name_key) VALUES (?, ?)", name.trim(), key);
        teamIds.put(key, id);
        return id;
    }

    private long userId(Connection c, String email, String name, Long teamId) throws SQLException {
        String key = email.trim().toLowerCase(Locale.ROOT);
        Long cached = userIds.get(key);
        if (cached != null) {
            return cached;
        }
        Long id = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM users WHERE email_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                }
            }
        }
        if (id == null) {
            // Someone named only by an imported send: a Sender of that send's team.
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO users (email, email_key, name, role, team_id) VALUES (?, ?, ?, 'SENDER', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, email.trim());
                ps.setString(2, key);
                ps.setString(3, name == null || name.isBlank() ? email.trim() : name);
                setLong(ps, 4, teamId);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
        }
        userIds.put(key, id);
        return id;
    }

    private long campaignId(Connection c, String name, CampaignState state) throws SQLException {
        String stateName = (state == null ? CampaignState.ACTIVE : state).name();
        Long cached = campaignIds.get(name);
        if (cached != null) {
            if (!stateName.equals(campaignStates.get(name))) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE campaigns SET state = ? WHERE id = ?")) {
                    ps.setString(1, stateName);
                    ps.setLong(2, cached);
                    ps.executeUpdate();
                }
                campaignStates.put(name, stateName);
            }
            return cached;
        }
        long id = findOrInsert(c, "SELECT id FROM campaigns WHERE name = ?", name,
                "INSERT INTO campaigns (name, state) VALUES (?, ?)", name, stateName);
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaigns SET state = ? WHERE id = ?")) {
            ps.setString(1, stateName);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        campaignIds.put(name, id);
        campaignStates.put(name, stateName);
        return id;
    }

    private static long findOrInsert(Connection c, String select, String key, String insert, String a, String b)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a);
            ps.setString(2, b);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A rolled-back transaction may have cached ids that were never committed. */
    private void clearCaches() {
        teamIds.clear();
        userIds.clear();
        campaignIds.clear();
        campaignStates.clear();
    }

    // ------------------------------------------------------------------ mapping

    static Send mapSend(ResultSet rs, List<StatusUpdate> history) throws SQLException {
        Send.Builder b = Send.builder()
                .id(rs.getString(1))
                .createdAt(Instant.ofEpochMilli(rs.getLong(2)))
                .type(SendType.valueOf(rs.getString(3)))
                .typeName(rs.getString(4))
                .subtype(rs.getString(5))
                .status(SendStatus.valueOf(rs.getString(6)))
                .statusChangedAt(Instant.ofEpochMilli(rs.getLong(7)));
        String issue = rs.getString(8);
        b.issue(issue == null ? null : SendIssue.valueOf(issue))
                .senderName(rs.getString(9))
                .senderEmail(rs.getString(10))
                .team(rs.getString(11))
                .recipientName(rs.getString(12))
                .recipientEmail(rs.getString(13))
                .recipientCompany(rs.getString(14))
                .address(new PostalAddress(rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                        rs.getString(19), rs.getString(20)))
                .recipientMessage(rs.getString(21))
                .campaign(rs.getString(22));
        String state = rs.getString(23);
        b.campaignState(state == null ? CampaignState.ACTIVE : CampaignState.valueOf(state))
                .gift(rs.getString(24))
                .quantity(rs.getInt(25))
                .cost(rs.getBigDecimal(26))
                .currency(rs.getString(27))
                .fundingSource(rs.getString(28))
                .addressConfirmation(rs.getBoolean(29));
        long confirmed = rs.getLong(30);
        b.addressConfirmedAt(rs.wasNull() ? null : Instant.ofEpochMilli(confirmed))
                .carrier(rs.getString(31))
                .trackingNumber(rs.getString(32))
                .trackingUrl(rs.getString(33))
                .testMode(rs.getBoolean(34))
                .sentVia(rs.getString(35))
                .version(rs.getLong(36))
                .history(history);
        return b.build();
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Long) {
                ps.setLong(i++, (Long) p);
            } else {
                ps.setString(i++, (String) p);
            }
        }
        return i;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static String placeholders(int n) {
        StringBuilder sb = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.toString();
    }

    private static StoreException failure(String what, SQLException e) {
        if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreLockedException("The store is in use by another running copy of Send Tracker.", e);
        }
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = msg.indexOf("; SQL statement");
        if (cut > 0) {
            msg = msg.substring(0, cut);
        }
        return new StoreException("Could not " + what + ": " + msg, e);
    }
}
