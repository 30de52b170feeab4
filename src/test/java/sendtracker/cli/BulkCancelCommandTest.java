package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        for (JsonNode each : array) {
            List<String> keys = new ArrayList<>();
            each.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("sendId", "outcome", "message"), keys, "the single-cancel object's keys only: " + out);
        }
        assertOutcome(array.get(1), "SND-T02", "CONTACT_SUPPORT");
        assertOutcome(array.get(2), "SND-T05", "NOT_CANCELABLE");
        assertOutcome(array.get(3), "SND-T12", "ALREADY_CLOSED");
        assertEquals(before, wholeStore(), "a dry run changes nothing");

        assertEquals(4, run("cancel", "SND-T01", "SND-T02", "SND-T05", "--dry-run"), err);
        assertTrue(line("SND-T01").matches("SND-T01 +Rita Reyes +WOULD_CANCEL +address not confirmed yet.*"), out);
        assertTrue(line("SND-T05").matches("SND-T05 +Eve Evans +NOT_CANCELABLE +already shipped"), out);
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
        assertTrue(array.get(0).get("message").asText().contains("SND-T01"), out);
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
        assertTrue(line("SND-T01").matches("SND-T01 +Rita Reyes +CANCELED +.*"), out);
        assertTrue(out.contains("1 send: CANCELED 1 (40.00 USD)"), out);
        assertEquals("Canceled", status("SND-T01"));
        assertEquals(0, run("cancel", "--where", "--status", "Confirming Address", "--format", "json"));
        assertEquals(0, json.readTree(out).size(), "nothing left to cancel: " + out);
    }

    @Test
    void filtersWithoutWhereOrIdsWithWhereAreUsageErrors() throws IOException {
        String before = wholeStore();
        for (String[] words : new String[][] {
            {"cancel", "SND-T01", "--status", "Shipped"}, {"cancel", "SND-T01", "--where", "--status", "Shipped"},
            {"cancel", "--dry-run"}, {"cancel", "--where", "--status", "Lost"}}) {
            assertEquals(2, run(words), String.join(" ", words) + " -> " + out + err);
            assertEquals(1, err.strip().lines().count(), err);
        }
        assertEquals(before, wholeStore());
    }

    @Test
    void whereWithoutAFilterSelectsEverySendTheUserCanSee() throws IOException {
        String before = wholeStore();
        assertEquals(4, run("cancel", "--where", "--dry-run", "--format", "json"), err);
        assertEquals(12, json.readTree(out).size(), "the admin sees all twelve: " + out);

        assertEquals(0, run("--as", "sam@example.com", "list", "--format", "json"), err);
        List<String> visible = new ArrayList<>();
        json.readTree(out).forEach(s -> visible.add(s.get("id").asText()));
        assertEquals(4, run("--as", "sam@example.com", "cancel", "--where", "--dry-run", "--format", "json"), err);
        List<String> selected = new ArrayList<>();
        json.readTree(out).forEach(r -> selected.add(r.get("sendId").asText()));
        assertEquals(Set.copyOf(visible), Set.copyOf(selected), "exactly the sends sam can see");
        assertTrue(selected.size() < 12, "a sender sees fewer: " + selected);
        assertEquals(before, wholeStore(), "a dry run changes nothing");
    }

    @Test
    void theTextOfADryRunIsOneLinePerSendTheTotalsAndOneRequestForSupport() throws IOException {
        assertEquals(4, run("cancel", "--where", "--dry-run"), err);
        List<String> lines = out.lines().toList();
        List<String> perSend = lines.subList(0, lines.indexOf(""));
        assertEquals(12, perSend.size(), out);
        java.util.regex.Pattern outcome = java.util.regex.Pattern.compile(
                "  (WOULD_CANCEL|CONTACT_SUPPORT|NOT_CANCELABLE|ALREADY_CLOSED)  +\\S");
        List<Integer> outcomeAt = new ArrayList<>();
        for (String l : perSend) {
            assertTrue(l.matches("SND-T\\d\\d  +\\S.*"), l);
            java.util.regex.Matcher m = outcome.matcher(l);
            assertTrue(m.find(), "id, recipient, outcome, reason: " + l);
            outcomeAt.add(m.start(1));
        }
        // the outcome column starts at the same place on every line
        assertEquals(1, Set.copyOf(outcomeAt).size(), out);
        assertTrue(out.contains("Dry run, nothing changed. 12 sends: WOULD_CANCEL 1 (40.00 USD); "), out);
        assertEquals(1, count(out, "Request for Support"), out);
        assertEquals(1, count(out, "Please help with these"), out);
        assertEquals(0, count(out, "Please help with this send."), "no full request per send: " + out);
        assertEquals(0, count(out, "Send ID: "), "no full request per send: " + out);
        String request = out.substring(out.indexOf("Please help with these"));
        for (String id : List.of("SND-T02", "SND-T05", "SND-T11")) {
            assertEquals(1, count(request, id), id + " named once in the request: " + request);
        }
        assertTrue(request.contains("already shipped ("), request);
        assertEquals(0, count(request, "SND-T12"), "an already canceled send leaves Support nothing to do: " + request);
    }

    @Test
    void amountsAreGroupedByThousandsAndKeepTheirDecimals() {
        assertEquals("13,938.14 USD", BulkCancelText.money(Map.of("USD", new BigDecimal("13938.14"))));
        assertEquals("1,234,567 JPY, 0.50 USD", BulkCancelText.money(new java.util.TreeMap<>(
                Map.of("JPY", new BigDecimal("1234567"), "USD", new BigDecimal("0.50")))));
        assertEquals("1 send", Counts.of(1, Counts.Noun.SEND));
        assertEquals("1,925 sends", Counts.of(1925, Counts.Noun.SEND));
        assertEquals("0 sends", Counts.of(0, Counts.Noun.SEND));
        assertEquals("1 field", Counts.of(1, Counts.Noun.FIELD));
    }

    private String line(String id) {
        return out.lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow(() -> new AssertionError(out));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
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
