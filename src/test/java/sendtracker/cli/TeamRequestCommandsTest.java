package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.service.Backend;
import sendtracker.service.TestStores;
import sendtracker.store.TeamStoreServer;

/** The request commands on a team store, each person as their own login (docs/design.md, "Cancellation requests"). */
class TeamRequestCommandsTest {
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

    private String password(String output) {
        return output.lines().filter(l -> l.startsWith("password ")).findFirst().orElseThrow()
                .substring("password ".length());
    }

    @Test
    void aSenderRequestsTheirManagerResolvesAndOthersSeeNothing() throws Exception {
        String database = TeamStoreServer.newDatabase();
        String owner = TeamStoreServer.url(database);
        assertEquals(0, run(owner, "team", "init", "--admin", "ann@example.com", "--login", database + "_ann"), err);
        assertEquals(0, run(owner, "team", "add-user", "sid@example.com", "--role", "sender", "--team", "North",
                "--login", database + "_sid"), err);
        String sid = as(database, database + "_sid", password(out));
        assertEquals(0, run(owner, "team", "add-user", "tia@example.com", "--role", "sender", "--team", "South",
                "--login", database + "_tia"), err);
        String tia = as(database, database + "_tia", password(out));
        assertEquals(0, run(owner, "team", "add-user", "max@example.com", "--role", "manager", "--team", "North",
                "--manages", "North", "--login", database + "_max"), err);
        String max = as(database, database + "_max", password(out));
        try (Backend b = Backend.open(owner, TestStores.CLOCK, false)) {
            b.store().upsert(List.of(Send.builder().id("N-1").createdAt(TestStores.CLOCK.instant().minusSeconds(9000))
                    .type(SendType.EGIFT).status(SendStatus.SENT).senderEmail("sid@example.com").team("North")
                    .cost(new BigDecimal("40.00")).currency("USD").fundingSource("North budget").build()));
        }

        assertEquals(0, run(sid, "request", "N-1", "--reason", "Wrong person"), err);
        String id = out.strip();
        assertEquals(ExitCode.CANCEL_REFUSED, run(sid, "request", "N-1"));
        assertTrue(err.contains(id), err);
        assertEquals(ExitCode.CANCEL_REFUSED, run(sid, "resolve", id, "--canceled"), "a sender does not resolve");
        assertEquals(ExitCode.NOT_FOUND, run(tia, "withdraw", id), "another team's request is out of sight");
        assertEquals(0, run(tia, "requests", "--format", "json"), err);
        assertEquals(0, new ObjectMapper().readTree(out).size());

        assertEquals(0, run(max, "resolve", id, "--sent", "--case", "CS-1"), err);
        assertEquals(0, run(max, "resolve", id, "--canceled", "--note", "Done"), err);
        assertEquals(0, run(sid, "requests", "--format", "json", "--state", "resolved"), err);
        JsonNode list = new ObjectMapper().readTree(out);
        assertEquals(1, list.size());
        assertEquals("CANCELED", list.get(0).get("state").asText());
        assertEquals("CS-1", list.get(0).get("case").asText());
        assertEquals("sid@example.com", list.get(0).get("requestedBy").asText());
        assertEquals(0, run(sid, "show", "N-1", "--format", "json"), err);
        assertEquals("Canceled", new ObjectMapper().readTree(out).get("status").asText());
    }
}
