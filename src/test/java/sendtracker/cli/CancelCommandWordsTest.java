package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

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
 * What {@code cancel} prints for each ending, in text and in JSON, on a one-send store; and the
 * help's footer and option order. Every line written out.
 */
class CancelCommandWordsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;
    String out;
    String err;

    @Test
    void eachEndingInTextAndJson() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("st").toAbsolutePath();
        try (Backend b = Backend.open(db, CLOCK, false)) {
            b.store().saveUsers(List.of(new User(0, "ada@example.com", "Ada Admin", Role.ADMIN, null, Set.of())));
            b.store().upsert(List.of(send("SND-W1"), send("SND-W2")));
        }
        assertEquals(5, run(db, "cancel", "SND-NONE"));
        assertEquals("", out);
        assertEquals("send-tracker: There is no send SND-NONE that you can see." + NL, err);

        assertEquals(0, run(db, "cancel", "SND-W1", "--reason", "not needed"));
        assertEquals("CANCELED: Send SND-W1 is canceled. Its cost will be credited back to the funding source." + NL,
                out);
        assertEquals("", err);

        assertEquals(4, run(db, "cancel", "SND-W1"));
        assertEquals("ALREADY_CLOSED: This send is already Canceled: there is nothing left to cancel." + NL + NL
                + "Request for Support (copy and send):" + NL
                + "Please help with this send.\nSend ID: SND-W1\nType: Inventoried\nStatus: Canceled (for under a"
                + " minute)\nRecipient: Rita\nSent by: Ada Admin, ada@example.com, Alpha\nCost: 25.00 USD, paid from"
                + " Alpha budget\nTracking number: not shipped yet, so none\nWhat the tracker said: This send is"
                + " already Canceled: there is nothing left to cancel." + NL, out);

        assertEquals(4, run(db, "cancel", "SND-W1", "--format", "json"));
        JsonNode refused = new ObjectMapper().readTree(out);
        assertEquals(List.of("sendId", "outcome", "message"), fieldNames(refused), "the contract's keys only");
        assertEquals("ALREADY_CLOSED", refused.get("outcome").asText());
        assertEquals("This send is already Canceled: there is nothing left to cancel.", refused.get("message").asText());

        assertEquals(0, run(db, "cancel", "SND-W2", "--format", "json"));
        JsonNode done = new ObjectMapper().readTree(out);
        assertEquals(List.of("sendId", "outcome", "message"), fieldNames(done));
        assertEquals("CANCELED", done.get("outcome").asText());

        assertEquals(5, run(db, "cancel", "SND-NONE", "--format", "json"));
        JsonNode missing = new ObjectMapper().readTree(out);
        assertEquals(List.of("sendId", "outcome", "message"), fieldNames(missing));
        assertTrue(missing.get("outcome").isNull());
    }

    @Test
    void theHelpEndsWithItsFooterAndListsOptionsInTheirOwnOrder() {
        assertEquals(0, run(null, "help"));
        assertTrue(out.contains(NL + "Run 'send-tracker COMMAND --help' for a command's options." + NL
                + "Without --db the store is "), out);
        assertEquals(0, run(null, "list", "--help"));
        String options = out.substring(out.indexOf("List the sends you may see"));
        int status = options.indexOf("--status");
        int attention = options.indexOf("--attention");
        int format = options.indexOf("--format");
        int db = options.indexOf("--db");
        assertTrue(status >= 0 && attention > status && format > attention && db > format,
                "as declared, not sorted: the filters in their order, the command's own, the global ones: " + out);
        assertFalse(out.contains("Exception"), out);
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Send send(String id) {
        return Send.builder().id(id).createdAt(NOW.minusSeconds(86400)).type(SendType.INVENTORIED)
                .status(SendStatus.CONFIRMING_ADDRESS).statusChangedAt(NOW.minusSeconds(3600))
                .senderEmail("ada@example.com").senderName("Ada Admin").team("Alpha").recipientName("Rita")
                .cost(new BigDecimal("25.00")).currency("USD").fundingSource("Alpha budget").addressConfirmation(true)
                .addHistory(new StatusUpdate(SendStatus.INITIATED, NOW.minusSeconds(86400), null, null))
                .addHistory(new StatusUpdate(SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(3600), null, null))
                .build();
    }

    private int run(String db, String... words) {
        List<String> argv = new java.util.ArrayList<>();
        if (db != null) {
            argv.addAll(List.of("--db", db));
        }
        argv.addAll(List.of(words));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(CLOCK).run(argv.toArray(new String[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }
}
