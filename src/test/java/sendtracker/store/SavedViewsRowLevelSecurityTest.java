package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import sendtracker.domain.Role;
import sendtracker.domain.SavedView;
import sendtracker.domain.User;
import sendtracker.domain.ViewColumn;
import sendtracker.domain.ViewSettings;
import sendtracker.service.Backend;
import sendtracker.service.SavedViewService;
import sendtracker.service.TeamService;
import sendtracker.service.TestStores;

/**
 * On the team store each login reaches only its own saved views and layout, Admins included
 * (docs/decisions/0018-saved-views-per-login.md): through the app, and through plain SQL as the
 * login. One database for the class (one server start); each test uses its own view names.
 */
class SavedViewsRowLevelSecurityTest {
    static String database;
    static final Map<String, String> passwords = new TreeMap<>();

    @BeforeAll
    static void fixture() {
        database = TeamStoreServer.newDatabase();
        try (Backend b = Backend.open(TeamStoreServer.url(database), TestStores.CLOCK, false)) {
            TeamService team = b.team();
            passwords.put("morgan", team.init("morgan@example.com", "Morgan", login("morgan")).password());
            passwords.put("sam", team.addUser("sam@example.com", Role.SENDER, "Sam", "Team A", Set.of(), login("sam"))
                    .password());
            passwords.put("sue", team.addUser("sue@example.com", Role.SENDER, "Sue", "Team A", Set.of(), login("sue"))
                    .password());
        }
    }

    static String login(String person) {
        return database + "_" + person;
    }

    static String url(String person) {
        return "jdbc:postgresql://localhost:" + TeamStoreServer.port() + "/" + database + "?user=" + login(person)
                + "&password=" + passwords.get(person);
    }

    static Connection as(String person) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TeamStoreServer.port() + "/" + database,
                login(person), passwords.get(person));
    }

    static User user(String person) {
        return new User(0, person + "@example.com", person, Role.SENDER, "Team A", Set.of());
    }

    static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static void save(String person, String name) {
        try (Backend b = Backend.open(url(person), TestStores.CLOCK, false)) {
            b.views().save(user(person), name, ViewSettings.ofColumns(List.of(new ViewColumn("cost", true, 90))), false);
            b.views().rememberLayout(user(person), List.of(new ViewColumn("status", true, 150)));
        }
    }

    @Test
    void eachLoginSeesAndChangesOnlyItsOwnViewsThroughPlainSql() throws SQLException {
        save("sam", "Sam's week");
        save("sue", "Sue's week");
        save("morgan", "Morgan's week");

        try (Connection sam = as("sam"); Statement st = sam.createStatement()) {
            assertEquals(List.of("Sam's week"), column(sam, "SELECT name FROM saved_views WHERE name LIKE '%week'"));
            assertEquals(List.of("sam@example.com"), column(sam, "SELECT owner_key FROM start_layouts"));
            assertEquals(0, st.executeUpdate("UPDATE saved_views SET name = 'taken' WHERE owner_key = 'sue@example.com'"));
            assertEquals(0, st.executeUpdate("DELETE FROM saved_views WHERE owner_key = 'sue@example.com'"));
            assertEquals(0, st.executeUpdate("DELETE FROM start_layouts WHERE owner_key <> 'sam@example.com'"));
            for (String write : List.of(
                    "INSERT INTO saved_views (owner_key, name, name_key, settings, saved_at)"
                            + " VALUES ('sue@example.com', 'planted', 'planted', '{}', 0)",
                    "UPDATE saved_views SET owner_key = 'sue@example.com' WHERE owner_key = 'sam@example.com'",
                    "INSERT INTO start_layouts (owner_key, settings, saved_at) VALUES ('morgan@example.com', '{}', 0)")) {
                SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate(write), write);
                assertEquals("42501", refused.getSQLState(), write + ": " + refused.getMessage());
            }
            assertEquals(1, st.executeUpdate("INSERT INTO saved_views (owner_key, name, name_key, settings, saved_at)"
                    + " VALUES ('sam@example.com', 'typed in psql', 'typed in psql', '{}', 0)"));
        }
        try (Connection morgan = as("morgan")) {
            assertEquals(List.of("Morgan's week"), column(morgan, "SELECT name FROM saved_views WHERE name LIKE '%week'"));
        }
        try (Backend b = Backend.open(url("sue"), TestStores.CLOCK, false)) {
            // the store also names the owner; here the database alone keeps Sam's views from Sue
            assertEquals(List.of(), b.views().views(user("sam")));
            assertEquals(List.of("Sue's week"), b.views().views(user("sue")).stream().map(SavedView::name)
                    .filter(n -> n.endsWith("week")).toList());
        }
        try (Backend b = Backend.open(url("sam"), TestStores.CLOCK, false)) {
            assertEquals(List.of("Sam's week", "typed in psql"), b.views().views(user("sam")).stream()
                    .map(SavedView::name).filter(n -> !n.equals("After the upgrade")).toList());
        }
    }

    @Test
    void aLoginMadeBeforeTheViewTablesGetsItsRightsAtTheOwnersNextOpen() throws SQLException {
        TeamStoreServer.execute(database, "REVOKE ALL ON saved_views, start_layouts FROM " + login("sue"));
        try (Connection sue = as("sue")) {
            assertEquals("42501", assertThrows(SQLException.class,
                    () -> column(sue, "SELECT name FROM saved_views")).getSQLState());
        }

        try (Backend owner = Backend.open(TeamStoreServer.url(database), TestStores.CLOCK, false)) {
            owner.sends(); // the open itself installs the rights
        }

        save("sue", "After the upgrade");
        try (Backend b = Backend.open(url("sue"), TestStores.CLOCK, false)) {
            SavedViewService views = b.views();
            assertEquals(1, views.views(user("sue")).stream().filter(v -> v.name().equals("After the upgrade")).count());
        }
    }
}
