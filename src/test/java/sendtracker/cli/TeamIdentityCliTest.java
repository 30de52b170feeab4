package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.service.TestStores;
import sendtracker.store.TeamStoreServer;

/** Who acts on a team store from the command line: the signed-in login; --as only for Admins, and only to read. */
class TeamIdentityCliTest {
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

    private void assertUsage(int code, String expected) {
        assertEquals(ExitCode.USAGE, code, err + out);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains(expected), err);
    }

    private String password(String database, String... addUser) throws Exception {
        List<String> words = new ArrayList<>(List.of("team", "add-user"));
        words.addAll(List.of(addUser));
        words.addAll(List.of("--format", "json"));
        assertEquals(0, run(TeamStoreServer.url(database), words.toArray(new String[0])), err);
        JsonNode account = new ObjectMapper().readTree(out);
        return "jdbc:postgresql://localhost:" + TeamStoreServer.port() + "/" + database + "?user="
                + account.get("login").asText() + "&password=" + account.get("password").asText();
    }

    @Test
    void aSenderActsAsThemselvesAndAnAdminPreviewsReadOnly() throws Exception {
        String database = TeamStoreServer.newDatabase();
        String owner = TeamStoreServer.url(database);
        assertEquals(0, run(owner, "demo", "--sends", "200", "--seed", "3"), err);
        assertEquals(0, run(owner, "users", "--format", "json"), err);
        String senderEmail = null;
        for (JsonNode u : new ObjectMapper().readTree(out)) {
            if (u.get("role").asText().equals("SENDER") && senderEmail == null) {
                senderEmail = u.get("email").asText();
            }
        }
        String sender = password(database, senderEmail, "--role", "sender", "--login", database + "_snd");
        String admin = password(database, "boss@example.com", "--role", "admin", "--login", database + "_adm");

        assertEquals(0, run(sender, "list", "--format", "json", "--limit", "500"), err);
        JsonNode own = new ObjectMapper().readTree(out);
        assertTrue(own.size() > 0, out);
        for (JsonNode s : own) {
            assertTrue(s.toString().contains(senderEmail), s.toString());
        }
        assertUsage(run(sender, "--as", "boss@example.com", "list"), "--as is for Admin logins");
        assertUsage(run(sender, "demo", "--sends", "5"), "'demo' on a team store is for Admin logins");
        Path csv = dir.resolve("some.csv");
        Files.writeString(csv, "Send ID\n");
        assertUsage(run(sender, "import", csv.toString()), "'import' on a team store is for Admin logins");

        assertEquals(0, run(admin, "--as", senderEmail, "list", "--format", "json", "--limit", "500"), err);
        assertEquals(own, new ObjectMapper().readTree(out), "the Admin sees the sender's view");
        String id = own.get(0).get("id").asText();
        assertUsage(run(admin, "--as", senderEmail, "cancel", id), "--as on a team store only reads");
        assertUsage(run(admin, "--as", senderEmail, "demo", "--sends", "5"), "only reads");
        assertFalse(err.contains("password"), err);
        assertEquals(0, run(admin, "demo", "--sends", "5", "--seed", "9"), err);
    }
}
