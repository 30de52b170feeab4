package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.service.Backend;

/**
 * {@code cancel --format json} when the send is busy (another session holds its row): exit 6, and
 * since nothing was canceled the outcome is CONTACT_SUPPORT, never CANCELED (docs/design.md).
 */
class CancelConflictJsonTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();

    @TempDir
    Path dir;
    String db;
    String out;
    String err;

    @BeforeEach
    void oneCancelableSend() {
        db = "jdbc:h2:file:" + dir.resolve("st").toAbsolutePath();
        try (Backend b = Backend.open(db, CLOCK, false)) {
            b.store().saveUsers(List.of(new User(0, "ada@example.com", "Ada Admin", Role.ADMIN, null, Set.of())));
            b.store().upsert(List.of(Send.builder().id("SND-B1").createdAt(NOW.minusSeconds(86400))
                    .type(SendType.INVENTORIED).status(SendStatus.CONFIRMING_ADDRESS)
                    .statusChangedAt(NOW.minusSeconds(3600)).senderEmail("ada@example.com").senderName("Ada Admin")
                    .team("Alpha").recipientName("Rita Recipient").campaign("Winter").cost(new BigDecimal("25.00"))
                    .currency("USD").fundingSource("Alpha budget").addressConfirmation(true)
                    .addHistory(new StatusUpdate(SendStatus.INITIATED, NOW.minusSeconds(86400), null, null))
                    .addHistory(new StatusUpdate(SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(3600), null, null))
                    .build()));
        }
    }

    @Test
    void aBusySendIsExitSixAndContactSupportWithTheIdAndATryAgain() throws Exception {
        String locking = db + ";LOCK_TIMEOUT=300";
        try (Connection other = DriverManager.getConnection(locking, "sa", "")) {
            other.setAutoCommit(false);
            try (PreparedStatement ps = other.prepareStatement("SELECT version FROM sends WHERE id = ? FOR UPDATE")) {
                ps.setString(1, "SND-B1");
                ps.executeQuery().close();
            }
            assertEquals(6, run(locking, "cancel", "SND-B1", "--format", "json"), out + err);
            JsonNode r = new ObjectMapper().readTree(out);
            assertEquals("SND-B1", r.get("sendId").asText());
            assertEquals("CONTACT_SUPPORT", r.get("outcome").asText());
            String message = r.get("message").asText();
            assertTrue(message.contains("SND-B1"), message);
            assertTrue(message.contains("changed or was busy"), message);
            assertTrue(message.contains("Nothing was canceled") && message.contains("try again"), message);
            assertEquals(3, r.size(), "the contract's three keys: " + r);

            assertEquals(6, run(locking, "cancel", "SND-B1"), out + err);
            assertTrue(out.startsWith("CONTACT_SUPPORT: Send SND-B1 changed or was busy"), out);
            assertTrue(out.contains("Request for Support"), out);
            other.rollback();
        }
        assertEquals(0, run(db, "cancel", "SND-B1", "--format", "json"), out + err);
        assertEquals("CANCELED", new ObjectMapper().readTree(out).get("outcome").asText());
        assertEquals(4, run(db, "cancel", "SND-B1"), "now simply closed: ALREADY_CLOSED, refused");
        assertTrue(out.startsWith("ALREADY_CLOSED: "), out);
    }

    private int run(String url, String... words) {
        String[] argv = new String[words.length + 2];
        argv[0] = "--db";
        argv[1] = url;
        System.arraycopy(words, 0, argv, 2, words.length);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(CLOCK).run(argv, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }
}
