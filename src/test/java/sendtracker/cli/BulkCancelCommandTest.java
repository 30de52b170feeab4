package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.Role;
import sendtracker.domain.User;
import sendtracker.service.Backend;

/**
 * {@code cancel ID... [--dry-run]} and {@code cancel --where FILTERS [--dry-run]} on the twelve
 * sends of {@code cli/small-store.csv} (the table in {@link CommandLineContractTest}), as the
 * admin: only SND-T01 (inventoried, confirming address) can be canceled here; SND-T02 (eGift,
 * sent) is Support's, SND-T05 (shipped) is past canceling, SND-T12 is already canceled.
 */
class BulkCancelCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    String db;
    String out;
    String err;

    @BeforeEach
    void smallStore() throws IOException {
        db = "jdbc:h2:file:" + dir.resolve("st").toAbsolutePath();
        try (Backend b = Backend.open(db, CommandLineContractTest.CLOCK, false)) {
            b.store().saveUsers(List.of(
                    new User(0, "ada@example.com", "Ada Admin", Role.ADMIN, null, Set.of()),
                    new User(0, "sam@example.com", "Sam Sample", Role.SENDER, "Alpha", Set.of()),
                    new User(0, "tess@example.com", "Tess Tran", Role.SENDER, "Alpha", Set.of()),
                    new User(0, "zoe@example.com", "Zoe Zhang", Role.SENDER, "Beta", Set.of()),
                    new User(0, "max@example.com", "Max Moreau", Role.MANAGER, "Gamma", Set.of("Alpha"))));
        }
        Path csv = dir.resolve("small-store.csv");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/cli/small-store.csv"))) {
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(0, run("import", csv.toString()), err);
    }

    @Test
    void aDryRunOfSeveralIdsListsEachOutcomeAndChangesNothing() throws IOException {
        String before = wholeStore();
        assertEquals(4, run("cancel", "SND-T01", "snd-t02", "SND-T05", "SND-T12", "--dry-run", "--format", "json"),
                err);
        JsonNode array = json.readTree(out);
        assertEquals(4, array.size(), out);
        assertOutcome(array.get(0), "SND-T01", "CANCELED");
        assertTrue(array.get(0).get("message").asText().startsWith("Send SND-T01 would be canceled."), out);
        assertTrue(array.get(0).get("dryRun").asBoolean());
        assertOutcome(array.get(1), "SND-T02", "CONTACT_SUPPORT");
        assertTrue(array.get(1).get("supportRequest").asText().contains("Send ID: SND-T02"), out);
        assertOutcome(array.get(2), "SND-T05", "NOT_CANCELABLE");
        assertOutcome(array.get(3), "SND-T12", "ALREADY_CLOSED");
        assertEquals(before, wholeStore(), "a dry run changes nothing");

        assertEquals(4, run("cancel", "SND-T01", "SND-T02", "SND-T05", "--dry-run"), err);
        assertTrue(out.contains("SND-T01      WOULD_CANCEL"), out);
        assertTrue(out.contains("SND-T05      NOT_CANCELABLE"), out);
        assertTrue(out.contains("Dry run, nothing changed. 3 sends: WOULD_CANCEL 1 (40.00 USD); "
                + "CONTACT_SUPPORT 1 (25.00 USD); NOT_CANCELABLE 1 (80.00 USD)"), out);
        assertTrue(out.contains("Please help with these 2 sends"), "one request for both refused: " + out);
        assertEquals(before, wholeStore());
    }

    @Test
    void aDryRunOfOneIdGivesTheSingleObject() throws IOException {
        String before = wholeStore();
        assertEquals(0, run("cancel", "SND-T01", "--dry-run", "--format", "json"), err);
        assertOutcome(json.readTree(out), "SND-T01", "CANCELED");
        assertEquals(0, run("cancel", "SND-T01", "--dry-run"), err);
        assertTrue(out.startsWith("WOULD CANCEL: Send SND-T01 would be canceled."), out);
        assertEquals(before, wholeStore());
    }

    @Test
    void severalIdsCancelTheAllowedOnesAndExitFourForAnyRefusal() throws IOException {
        assertEquals(4, run("cancel", "SND-T01", "SND-T05", "--reason", "wrong gift", "--format", "json"), err);
        JsonNode array = json.readTree(out);
        assertOutcome(array.get(0), "SND-T01", "CANCELED");
        assertFalse(array.get(0).has("dryRun"));
        assertOutcome(array.get(1), "SND-T05", "NOT_CANCELABLE");
        assertEquals("Canceled", status("SND-T01"));
        assertEquals("Shipped", status("SND-T05"));
    }

    @Test
    void exitZeroWhenEverySendIsCanceled() throws IOException {
        assertEquals(0, run("--as", "sam@example.com", "cancel", "SND-T01", "SND-T01", "--format", "json"), err);
        JsonNode array = json.readTree(out);
        assertEquals(1, array.size(), "the same send named twice is canceled once: " + out);
        assertOutcome(array.get(0), "SND-T01", "CANCELED");
        assertEquals("Canceled", status("SND-T01"));
    }

    @Test
    void exitFiveWhenAnyIdIsNotVisibleAndTheOthersStillGetTheirAnswer() throws IOException {
        // T03 is Tess's: Sam may not see it.
        assertEquals(5, run("--as", "sam@example.com", "cancel", "SND-T01", "SND-T03", "SND-NOPE", "--format", "json"));
        JsonNode array = json.readTree(out);
        assertOutcome(array.get(0), "SND-T01", "CANCELED");
        assertEquals("SND-T03", array.get(1).get("sendId").asText());
        assertTrue(array.get(1).get("outcome").isNull(), out);
        assertTrue(array.get(2).get("message").asText().contains("There is no send SND-NOPE"), out);
        assertEquals("Canceled", status("SND-T01"));
        assertEquals("Order Received", status("SND-T03"));
    }

    @Test
    void whereCancelsTheFilteredSendsAndItsDryRunChangesNothing() throws IOException {
        String before = wholeStore();
        assertEquals(0, run("cancel", "--where", "--status", "Confirming Address", "--dry-run", "--format", "json"));
        JsonNode array = json.readTree(out);
        assertEquals(1, array.size(), out);
        assertOutcome(array.get(0), "SND-T01", "CANCELED");
        assertEquals(before, wholeStore());

        assertEquals(4, run("cancel", "--where", "--status", "Order Received", "--dry-run", "--format", "json"));
        array = json.readTree(out);
        assertEquals(2, array.size(), out);
        assertOutcome(array.get(0), "SND-T04", "CONTACT_SUPPORT");
        assertOutcome(array.get(1), "SND-T03", "CONTACT_SUPPORT");
        assertEquals(before, wholeStore());

        assertEquals(0, run("cancel", "--where", "--status", "Confirming Address", "--reason", "season over"), err);
        assertTrue(out.contains("SND-T01      CANCELED"), out);
        assertTrue(out.contains("1 send: CANCELED 1 (40.00 USD)"), out);
        assertEquals("Canceled", status("SND-T01"));
        assertEquals(0, run("cancel", "--where", "--status", "Confirming Address", "--format", "json"));
        assertEquals(0, json.readTree(out).size(), "nothing left to cancel: " + out);
    }

    @Test
    void whereWithoutAFilterOrFiltersWithoutWhereAreUsageErrors() throws IOException {
        String before = wholeStore();
        for (String[] words : new String[][] {{"cancel", "--where"}, {"cancel", "--where", "--dry-run"},
            {"cancel", "SND-T01", "--status", "Shipped"}, {"cancel", "SND-T01", "--where", "--status", "Shipped"},
            {"cancel", "--dry-run"}, {"cancel", "--where", "--status", "Lost"}}) {
            assertEquals(2, run(words), String.join(" ", words) + " -> " + out + err);
            assertEquals(1, err.strip().lines().count(), err);
        }
        assertEquals(before, wholeStore());
    }

    private void assertOutcome(JsonNode r, String id, String outcome) {
        assertEquals(id, r.get("sendId").asText(), r.toString());
        assertEquals(outcome, r.get("outcome").asText(), r.toString());
    }

    private String status(String id) throws IOException {
        assertEquals(0, run("show", id, "--format", "json"), err);
        return json.readTree(out).get("status").asText();
    }

    /** Every send with its whole history, as the JSON export writes it. */
    private String wholeStore() throws IOException {
        Path file = dir.resolve("whole.json");
        assertEquals(0, run("export", file.toString(), "--format", "json"), err);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private int run(String... words) {
        List<String> argv = new ArrayList<>(List.of("--db", db));
        argv.addAll(List.of(words));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(CommandLineContractTest.CLOCK).run(argv.toArray(new String[0]),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }
}
