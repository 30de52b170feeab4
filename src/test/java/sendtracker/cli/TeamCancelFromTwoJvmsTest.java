package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.Launcher;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.service.Backend;
import sendtracker.service.TeamService;
import sendtracker.service.TestStores;
import sendtracker.store.TeamStoreServer;

/**
 * Two desktops cancel the same send on a team store at once, each from its own JVM and its own
 * login (docs/design.md, "Team store"): exactly one prints CANCELED, the other is told the send
 * changed (exit 6) or is already closed (exit 4), neither waits without end, and the store holds
 * one cancel and one credit.
 */
class TeamCancelFromTwoJvmsTest {
    /** Generous: two JVM starts on a loaded 2-core machine. Only a hang exceeds it. */
    private static final long EXIT_SECONDS = 180;
    private static final String SEND_ID = "RACE-1";

    @TempDir
    Path dir;

    @Test
    void twoJvmsCancellingTheSameSendGiveExactlyOneCanceledAndOneCreditWithoutHanging() throws Exception {
        String database = TeamStoreServer.newDatabase();
        String sam;
        String morgan;
        try (Backend b = Backend.open(TeamStoreServer.url(database), TestStores.CLOCK, false)) {
            TeamService team = b.team();
            morgan = loginUrl(database, database + "_morgan",
                    team.init("morgan@example.com", "Morgan Admin", database + "_morgan").password());
            sam = loginUrl(database, database + "_sam", team.addUser("sam@example.com", Role.SENDER, "Sam",
                    "Team A", Set.of(), database + "_sam").password());
            Instant now = Instant.now();
            b.store().upsert(List.of(Send.builder().id(SEND_ID).createdAt(now.minusSeconds(86400))
                    .type(SendType.INVENTORIED).status(SendStatus.CONFIRMING_ADDRESS)
                    .statusChangedAt(now.minusSeconds(600)).senderEmail("sam@example.com").team("Team A")
                    .recipientName("Rita").campaign("Spring").cost(new BigDecimal("25.00")).currency("USD")
                    .fundingSource("Team A budget").addressConfirmation(true)
                    .addHistory(new StatusUpdate(SendStatus.CONFIRMING_ADDRESS, now.minusSeconds(600), null, null))
                    .build()));
        }

        // back to back: each JVM start takes far longer than the gap between the two starts
        List<Process> jvms = List.of(cancel(sam, "sam"), cancel(morgan, "morgan"));
        List<Integer> codes = new ArrayList<>();
        try {
            for (Process p : jvms) {
                if (!p.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
                    fail("a cancel did not end within " + EXIT_SECONDS + " s: " + outputs());
                }
                codes.add(p.exitValue());
            }
        } finally {
            for (Process p : jvms) {
                p.destroyForcibly();
            }
        }

        List<JsonNode> answers = List.of(answer("sam"), answer("morgan"));
        int won = -1;
        for (int i = 0; i < 2; i++) {
            if ("CANCELED".equals(answers.get(i).path("outcome").asText())) {
                assertEquals(-1, won, "both printed CANCELED: " + outputs());
                won = i;
            }
        }
        assertTrue(won >= 0, "neither printed CANCELED: " + outputs());
        assertEquals(ExitCode.OK, codes.get(won), outputs());
        int lost = 1 - won;
        int lostCode = codes.get(lost);
        String lostOutcome = answers.get(lost).path("outcome").asText();
        assertTrue(lostCode == ExitCode.CONFLICT
                || lostCode == ExitCode.CANCEL_REFUSED && "ALREADY_CLOSED".equals(lostOutcome),
                "the other cancel: exit " + lostCode + ", " + outputs());
        for (JsonNode a : answers) {
            assertEquals(SEND_ID, a.path("sendId").asText(), outputs());
        }

        try (Connection c = DriverManager.getConnection(TeamStoreServer.url(database))) {
            assertEquals(1, count(c, "SELECT COUNT(*) FROM send_history WHERE send_id = ? AND status = 'CANCELED'"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM funding_credits WHERE send_id = ?"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM sends WHERE id = ? AND status = 'CANCELED'"));
        }
    }

    private static String loginUrl(String database, String login, String password) {
        return "jdbc:postgresql://localhost:" + TeamStoreServer.port() + "/" + database + "?user=" + login
                + "&password=" + password;
    }

    /** {@code send-tracker --db URL cancel SEND_ID --format json} in a child JVM of this test's Java and class path. */
    private Process cancel(String url, String who) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--db", url, "cancel", SEND_ID, "--reason", "race by " + who, "--format", "json");
        return new ProcessBuilder(cmd).redirectOutput(dir.resolve(who + ".out").toFile())
                .redirectError(dir.resolve(who + ".err").toFile()).start();
    }

    private JsonNode answer(String who) throws IOException {
        String out = Files.readString(dir.resolve(who + ".out"), StandardCharsets.UTF_8);
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new AssertionError(who + " printed no JSON answer: " + outputs(), e);
        }
    }

    private String outputs() {
        StringBuilder s = new StringBuilder();
        for (String who : List.of("sam", "morgan")) {
            for (String stream : List.of("out", "err")) {
                Path f = dir.resolve(who + "." + stream);
                try {
                    s.append('\n').append(who).append(' ').append(stream).append(": ")
                            .append(Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8).strip() : "");
                } catch (IOException e) {
                    s.append("(unreadable: ").append(e.getMessage()).append(')');
                }
            }
        }
        return s.toString();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, SEND_ID);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
