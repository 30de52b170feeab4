package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import sendtracker.domain.CampaignState;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.User;

/**
 * Users, teams and campaigns: reads them, saves users, and finds or creates the ids a send
 * refers to, caching them so an import of a million sends asks the database once per name.
 */
final class Directory {
    private static final String USER_SELECT = "SELECT u.id, u.email, u.name, u.role, t.name"
            + " FROM users u LEFT JOIN teams t ON t.id = u.team_id";

    private final Connections connections;
    private final Map<String, Long> teamIds = new ConcurrentHashMap<>();
    private final Map<String, Long> userIds = new ConcurrentHashMap<>();
    private final Map<String, Long> campaignIds = new ConcurrentHashMap<>();
    private final Map<String, String> campaignStates = new ConcurrentHashMap<>();
    /** Rows {@link #references} inserted so far (an import on two connections waits for their commit). */
    private final AtomicLong created = new AtomicLong();

    Directory(Connections connections) {
        this.connections = connections;
    }

    List<User> users() {
        String sql = USER_SELECT
                + " ORDER BY CASE u.role WHEN 'ADMIN' THEN 0 WHEN 'MANAGER' THEN 1 ELSE 2 END, u.name, u.id";
        try (Connection c = connections.open()) {
            Map<Long, Set<String>> managed = managedTeams(c, null);
            List<User> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(readUser(rs, managed));
                }
            }
            return out;
        } catch (SQLException e) {
            throw connections.failure("read the users", e);
        }
    }

    Optional<User> user(String email) {
        if (email == null) {
            return Optional.empty();
        }
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(
                USER_SELECT + " WHERE u.email_key = ?")) {
            Parameters.of(ps).text(email.trim().toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(readUser(rs, managedTeams(c, rs.getLong(1))));
            }
        } catch (SQLException e) {
            throw connections.failure("read the user " + email, e);
        }
    }

    /** Every team's name, in alphabetical order regardless of case. */
    List<String> teamNames() {
        try (Connection c = connections.open(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM teams ORDER BY name_key")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw connections.failure("read the teams", e);
        }
    }

    /** The first Admin, or {@code fallback} when the store has none. */
    User defaultUser(User fallback) {
        try (Connection c = connections.open(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT email FROM users WHERE role = 'ADMIN' ORDER BY id")) {
            if (rs.next()) {
                return user(rs.getString(1)).orElse(fallback);
            }
            return fallback;
        } catch (SQLException e) {
            throw connections.failure("read the users", e);
        }
    }

    /** A row of {@link #USER_SELECT}. */
    private static User readUser(ResultSet rs, Map<Long, Set<String>> managed) throws SQLException {
        long id = rs.getLong(1);
        return new User(id, rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)), rs.getString(5),
                managed.getOrDefault(id, Set.of()));
    }

    /** The teams each manager manages, of every user or of one. */
    private static Map<Long, Set<String>> managedTeams(Connection c, Long userId) throws SQLException {
        String sql = "SELECT mt.user_id, t.name FROM manager_teams mt JOIN teams t ON t.id = mt.team_id"
                + (userId == null ? "" : " WHERE mt.user_id = ?") + " ORDER BY t.name";
        Map<Long, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (userId != null) {
                Parameters.of(ps).number(userId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    void saveUsers(List<User> users) {
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                for (User u : users) {
                    saveUser(c, u);
                }
                connections.commitDurably(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                clearCaches();
                throw e;
            }
        } catch (SQLException e) {
            throw connections.failure("save the users", e);
        }
    }

    private void saveUser(Connection c, User u) throws SQLException {
        Long teamId = u.team() == null ? null : teamId(c, u.team());
        long id = userId(c, u.email(), u.name(), teamId);
        try (PreparedStatement ps = c.prepareStatement("UPDATE users SET name = ?, role = ?, team_id = ? WHERE id = ?")) {
            Parameters.of(ps).text(u.name()).text(u.role().name()).optionalNumber(teamId).number(id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM manager_teams WHERE user_id = ?")) {
            Parameters.of(ps).number(id);
            ps.executeUpdate();
        }
        for (String team : u.managedTeams()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO manager_teams (user_id, team_id) VALUES (?, ?)")) {
                Parameters.of(ps).number(id).number(teamId(c, team));
                ps.executeUpdate();
            }
        }
    }

    /** The ids of the send's team, sender and campaign, created as needed (in that order: a sender joins the team). */
    SendColumns.References references(Connection c, Send s) throws SQLException {
        Long teamId = s.team() == null || s.team().isBlank() ? null : teamId(c, s.team());
        Long senderId = s.senderEmail() == null || s.senderEmail().isBlank() ? null
                : userId(c, s.senderEmail(), s.senderName(), teamId);
        Long campaignId = s.campaign() == null || s.campaign().isBlank() ? null
                : campaignId(c, s.campaign(), s.campaignState());
        return new SendColumns.References(senderId, teamId, campaignId);
    }

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
            Parameters.of(ps).text(key);
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
                Parameters.of(ps).text(email.trim()).text(key).text(name == null || name.isBlank() ? email.trim() : name)
                        .optionalNumber(teamId);
                ps.executeUpdate();
                id = generatedId(ps);
                created.incrementAndGet();
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
                updateCampaignState(c, cached, stateName);
                campaignStates.put(name, stateName);
            }
            return cached;
        }
        long id = findOrInsert(c, "SELECT id FROM campaigns WHERE name = ?", name,
                "INSERT INTO campaigns (name, state) VALUES (?, ?)", name, stateName);
        updateCampaignState(c, id, stateName);
        campaignIds.put(name, id);
        campaignStates.put(name, stateName);
        return id;
    }

    private static void updateCampaignState(Connection c, long id, String stateName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaigns SET state = ? WHERE id = ?")) {
            Parameters.of(ps).text(stateName).number(id);
            ps.executeUpdate();
        }
    }

    private long findOrInsert(Connection c, String select, String key, String insert, String a, String b)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select)) {
            Parameters.of(ps).text(key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            Parameters.of(ps).text(a).text(b);
            ps.executeUpdate();
            created.incrementAndGet();
            return generatedId(ps);
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many users, teams and campaigns {@link #references} has inserted so far, committed or not. */
    long created() {
        return created.get();
    }

    /** A rolled-back transaction may have cached ids that were never committed. */
    void clearCaches() {
        teamIds.clear();
        userIds.clear();
        campaignIds.clear();
        campaignStates.clear();
    }
}
