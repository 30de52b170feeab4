package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.TestStores;
import sendtracker.store.TeamStoreServer;

/** The command line on a team store: team init and add-user, the everyday commands, and each way of failing to connect. */
class TeamStoreCliTest {
    @TempDir
    Path dir;
    String out;
    String err;

    int run(String db, String... words) {
        List<String> argv = new ArrayList<>(List.of("--db", db));
        argv.addAll(List.of(words));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(TestStores.CLOCK).run(argv.toArray(new String[0]),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static String as(String database, String login, String password) {
        return "jdbc:postgresql://localhost:" + TeamStoreServer.port() + "/" + database + "?user=" + login
                + "&password=" + password;
    }

    private void assertOneLineUsage(int code, String... expected) {
        assertEquals(ExitCode.USAGE, code, err + out);
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(err.contains("Exception"), err);
        for (String e : expected) {
            assertTrue(err.contains(e), err);
        }
    }

    @Test
    void theOwnerMakesLoginsAndEachPersonWorksWithTheirOwn() throws Exception {
        String database = TeamStoreServer.newDatabase();
        String owner = TeamStoreServer.url(database);
        assertEquals(0, run(owner, "team", "init", "--admin", "Morgan.Reed@example.com", "--name", "Morgan Reed"), err);
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        assertEquals("login morgan.reed", lines.get(0));
        String adminPassword = lines.get(1).substring("password ".length());
        assertTrue(adminPassword.length() >= 16, out);

        assertEquals(0, run(owner, "team", "add-user", "sam@example.com", "--role", "sender", "--team", "Team A",
                "--name", "Sam Sender", "--format", "json"), err);
        JsonNode sam = new ObjectMapper().readTree(out);
        assertEquals("sam@example.com", sam.get("email").asText());
        assertEquals("sam", sam.get("login").asText());
        assertEquals("sender", sam.get("role").asText());
        String samPassword = sam.get("password").asText();
        assertEquals(0, run(owner, "team", "add-user", "pat@example.com", "--role", "manager", "--manages", "Team A",
                "--manages", "Team B", "--login", "pat_m"), err);
        assertTrue(out.startsWith("login pat_m\npassword "), out);

        assertOneLineUsage(run(owner, "team", "add-user", "sam@example.com", "--role", "sender"), "login sam already");
        assertOneLineUsage(run(owner, "team", "add-user", "x@example.com", "--role", "sender", "--login", "Bad-Name"),
                "cannot be a login");
        assertOneLineUsage(run(owner, "team", "add-user", "nobody", "--role", "sender"), "not an email");

        String admin = as(database, "morgan.reed", adminPassword);
        assertEquals(0, run(admin, "users", "--format", "json"), err);
        JsonNode users = new ObjectMapper().readTree(out);
        assertEquals(3, users.size(), out);
        assertEquals("ADMIN", users.get(0).get("role").asText());
        assertEquals(0, run(as(database, "sam", samPassword), "users"), err);

        String wrong = "not-sams-password";
        assertOneLineUsage(run(as(database, "sam", wrong), "list"), "refused the password for login sam",
                "localhost:" + TeamStoreServer.port());
        assertFalse(err.contains(wrong), "never the password: " + err);
        assertOneLineUsage(run(as(database, "sam", samPassword), "team", "add-user", "y@example.com", "--role",
                "sender"), "is for the owner", "login sam is not");
        assertOneLineUsage(run(as(database, "nobody_here", "x"), "list"), "nobody_here");

        // the Admin's own login does the everyday work
        assertEquals(0, run(admin, "demo", "--sends", "300", "--seed", "4"), err);
        assertEquals(0, run(admin, "list", "--format", "json", "--status", "Confirming Address",
                "--limit", "3"), err);
        JsonNode some = new ObjectMapper().readTree(out);
        assertTrue(some.size() > 0, out);
        String id = some.get(0).get("id").asText();
        assertEquals(0, run(admin, "show", id, "--format", "json"), err);
        assertEquals(id, new ObjectMapper().readTree(out).get("id").asText());
        assertEquals(0, run(admin, "cancel", id, "--reason", "wrong gift", "--format", "json"), err + out);
        assertEquals("CANCELED", new ObjectMapper().readTree(out).get("outcome").asText());
        assertEquals(ExitCode.CANCEL_REFUSED, run(admin, "cancel", id, "--format", "json"), err + out);
        assertEquals("ALREADY_CLOSED", new ObjectMapper().readTree(out).get("outcome").asText());
        assertEquals(0, run(admin, "show", id), err);
        assertTrue(out.contains("Canceled"), out);
        assertTrue(out.contains("wrong gift"), out);
    }

    @Test
    void eachWayOfFailingToConnectIsOneLineNamingTheServer() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String secret = "Sup3rSecret";
        assertOneLineUsage(run("jdbc:postgresql://127.0.0.1:" + closed + "/team?user=x&password=" + secret, "list"),
                "Cannot reach the PostgreSQL server 127.0.0.1:" + closed, "connection refused");
        assertFalse(err.contains(secret), err);
        assertOneLineUsage(run(TeamStoreServer.url("no_such_db") + "&password=" + secret, "list"),
                "has no database no_such_db", "localhost:" + TeamStoreServer.port());
        assertFalse(err.contains(secret), err);
        assertOneLineUsage(run(TestStores.url(dir.resolve("local")), "team", "init", "--admin", "a@example.com"),
                "team store only");
        assertFalse(Files.exists(dir.resolve("local.mv.db")), "the local store was not even opened");
        assertOneLineUsage(run(TeamStoreServer.newUrl(), "team"), "'init' or 'add-user'");
    }

    @Test
    void anExportFromTheTeamStoreIsByteIdenticalToOneFromTheLocalStore() throws Exception {
        String team = TeamStoreServer.newUrl();
        String local = TestStores.url(dir.resolve("local"));
        for (String db : List.of(team, local)) {
            assertEquals(0, run(db, "demo", "--sends", "400", "--seed", "11"), err);
        }
        for (String format : List.of("csv", "json")) {
            Path fromTeam = dir.resolve("team." + format);
            Path fromLocal = dir.resolve("local." + format);
            assertEquals(0, run(team, "export", fromTeam.toString()), err);
            assertEquals(0, run(local, "export", fromLocal.toString()), err);
            assertArrayEquals(Files.readAllBytes(fromLocal), Files.readAllBytes(fromTeam), format);
        }
        // every sort of the table puts the sends in the same order on both (text in C order)
        try (Backend t = Backend.open(team, TestStores.CLOCK, false); Backend l = Backend.open(local, TestStores.CLOCK,
                false)) {
            User admin = l.store().defaultUser();
            for (SendSort.Field field : SendSort.Field.values()) {
                for (boolean ascending : new boolean[] {true, false}) {
                    SendSort sort = new SendSort(field, ascending);
                    assertEquals(ids(l, admin, sort), ids(t, t.store().defaultUser(), sort), sort.toString());
                }
            }
        }
    }

    private static List<String> ids(Backend b, User viewer, SendSort sort) {
        return b.store().page(viewer, SendFilter.ALL, sort, 0, 400, TestStores.CLOCK.instant()).rows().stream()
                .map(Send::id).toList();
    }
}
