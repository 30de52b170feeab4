package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelRequestRefusal;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.service.Backend;
import sendtracker.service.CancelRequestService;
import sendtracker.service.TeamService;
import sendtracker.service.TestStores;

/**
 * Cancellation requests on the team store (docs/decisions/0015-cancellation-requests.md): the app's
 * path for each login, and plain SQL as a sender, who neither sees nor changes another team's
 * requests. Fixture: Sam sends for Team A, Sue for Team B, Pat manages Team A, Morgan is the Admin.
 */
class TeamCancelRequestsTest {
    static final Instant NOW = TestStores.CLOCK.instant();
    static String database;
    static final Map<String, String> passwords = new TreeMap<>();

    @BeforeAll
    static void fixture() {
        database = TeamStoreServer.newDatabase();
        String owner = TeamStoreServer.url(database);
        try (Backend b = Backend.open(owner, TestStores.CLOCK, false)) {
            TeamService team = b.team();
            passwords.put("morgan", team.init("morgan@example.com", "Morgan", login("morgan")).password());
            passwords.put("sam", team.addUser("sam@example.com", Role.SENDER, "Sam", "Team A", Set.of(),
                    login("sam")).password());
            passwords.put("sue", team.addUser("sue@example.com", Role.SENDER, "Sue", "Team B", Set.of(),
                    login("sue")).password());
            passwords.put("pat", team.addUser("pat@example.com", Role.MANAGER, "Pat", "Team B", Set.of("Team A"),
                    login("pat")).password());
            b.store().upsert(List.of(
                    send("A-1", SendType.EGIFT, SendStatus.SENT, "sam", "Team A"),
                    send("A-2", SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS, "sam", "Team A"),
                    send("A-3", SendType.EGIFT, SendStatus.OPENED, "sam", "Team A"),
                    send("B-1", SendType.EGIFT, SendStatus.SENT, "sue", "Team B")));
        }
    }

    static Send send(String id, SendType type, SendStatus status, String sender, String team) {
        return Send.builder().id(id).createdAt(NOW.minusSeconds(86400)).type(type).status(status)
                .statusChangedAt(NOW.minusSeconds(600)).senderEmail(sender + "@example.com").team(team)
                .recipientName("Rita").cost(new BigDecimal("25.00")).currency("USD").fundingSource(team + " budget")
                .addressConfirmation(true).addHistory(new StatusUpdate(status, NOW.minusSeconds(600), null, null))
                .build();
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

    static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static CancelRequestService.Result request(String person, String sendId) {
        try (Backend b = Backend.open(url(person), TestStores.CLOCK, false)) {
            return b.sends().cancelRequests().orElseThrow().request(b.signedIn().orElseThrow(), sendId, "please");
        }
    }

    @Test
    void eachLoginRequestsAndResolvesWhatItMayAndTheDatabaseHoldsTheRules() throws Exception {
        CancelRequestService.Result sams = request("sam", "a-1");
        assertTrue(sams.done(), sams.message());
        String samsId = sams.request().id();
        CancelRequestService.Result sues = request("sue", "B-1");
        assertTrue(sues.done(), sues.message());
        assertEquals(CancelRequestService.Outcome.NOT_FOUND, request("sue", "A-3").outcome());
        CancelRequestService.Result self = request("sam", "A-2");
        assertEquals(CancelRequestRefusal.Reason.SELF_CANCEL, self.refusal().reason(), self.message());
        CancelRequestService.Result again = request("sam", "A-1");
        assertEquals(CancelRequestRefusal.Reason.ALREADY_REQUESTED, again.refusal().reason());
        assertTrue(again.message().contains(samsId), again.message());

        try (Connection sue = as("sue")) {
            assertEquals(List.of(sues.request().id()), column(sue, "SELECT id FROM cancel_requests ORDER BY id"));
            // plain SQL: no direct writes, and the functions say not found for another team's request
            assertThrows(SQLException.class, () -> sue.createStatement().executeUpdate(
                    "UPDATE cancel_requests SET state = 'WITHDRAWN' WHERE id = '" + samsId + "'"));
            assertThrows(SQLException.class, () -> sue.createStatement().executeUpdate("INSERT INTO cancel_requests"
                    + " (id, send_id, state, requested_at) VALUES ('REQ-X', 'A-1', 'OPEN', 0)"));
            assertEquals("NOT_FOUND", step(sue, samsId, "WITHDRAW"));
            assertEquals("NOT_FOUND", column(sue, "SELECT result_kind FROM send_tracker_request('A-3', 'x', 'x',"
                    + " 'x', 0, 'x')").get(0));
        }
        try (Connection sam = as("sam")) {
            assertEquals("NOT_PERMITTED", step(sam, samsId, "MARK_SENT"), "a sender does not mark sent");
            assertEquals("NOT_PERMITTED", step(sam, samsId, "RESOLVE_CANCELED"));
        }
        try (Connection pat = as("pat")) {
            assertEquals(List.of(samsId), column(pat, "SELECT id FROM cancel_requests ORDER BY id"),
                    "a manager sees their team's requests, not Team B's");
        }

        try (Backend b = Backend.open(url("pat"), TestStores.CLOCK, false)) {
            CancelRequestService service = b.sends().cancelRequests().orElseThrow();
            var pat = b.signedIn().orElseThrow();
            assertTrue(service.markSent(pat, samsId, "CS-1").done());
            assertEquals(CancelRequestService.Outcome.NOT_FOUND,
                    service.resolve(pat, sues.request().id(), true, null, null).outcome());
            CancelRequestService.Result done = service.resolve(pat, samsId, true, null, "Support stopped it");
            assertTrue(done.done(), done.message());
            assertEquals(SendStatus.CANCELED, done.send().status());
            assertEquals(CancelRequestState.CANCELED, done.request().state());
            assertEquals("CS-1", done.request().caseNo());
            assertEquals("pat@example.com", done.request().resolvedBy());
            StatusUpdate last = done.send().history().get(done.send().history().size() - 1);
            assertEquals(SendStatus.CANCELED, last.status());
            assertEquals("pat@example.com", last.actor());
            assertTrue(last.note().contains(samsId), last.note());
            assertEquals(CancelRequestRefusal.Reason.NOT_PENDING,
                    service.withdraw(pat, samsId, null).refusal().reason());
            assertEquals(List.of(samsId), service.list(pat, EnumSet.of(CancelRequestState.CANCELED)).stream()
                    .map(r -> r.id()).toList());
        }
        try (Connection owner = DriverManager.getConnection(TeamStoreServer.url(database))) {
            assertEquals(List.of("A-1"), column(owner, "SELECT send_id FROM funding_credits ORDER BY 1"),
                    "credited like any cancel");
            assertTrue(Integer.parseInt(column(owner, "SELECT COUNT(*) FROM send_changes WHERE send_id = 'A-1'")
                    .get(0)) >= 4, "each step went into the change feed");
            assertEquals(List.of("REQ-000001", "REQ-000002"), column(owner, "SELECT id FROM cancel_requests ORDER BY id"));
        }
    }

    private static String step(Connection c, String id, String step) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT result_kind FROM send_tracker_request_step(?, ?,"
                + " NULL, NULL, 'note', 0, 'x')")) {
            ps.setString(1, id);
            ps.setString(2, step);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
