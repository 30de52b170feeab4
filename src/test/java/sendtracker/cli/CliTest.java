package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.TestStores;

/** The command line's contract: exit codes, one-line errors, and the JSON shapes. */
class CliTest {
    @TempDir
    Path dir;
    String db;
    String out;
    String err;

    @BeforeEach
    void demoStore() {
        db = TestStores.url(dir);
        assertEquals(0, run("demo", "--sends", "600", "--seed", "7"), err);
        assertTrue(out.contains("600"), out);
    }

    int run(String... words) {
        List<String> argv = new ArrayList<>(List.of("--db", db));
        argv.addAll(List.of(words));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(TestStores.CLOCK).run(argv.toArray(new String[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwo() {
        String[][] bad = {
            {"frobnicate"}, {"list", "--colour", "red"}, {"list", "--from", "21/11/2026"}, {"list", "--status", "Lost"},
            {"list", "--type", "Pigeon"}, {"--as", "nobody@example.com", "list"}, {"list", "--limit", "many"},
            {"list", "--test-mode", "maybe"}, {"show"}, {"cancel"}, {"list", "--sender", "ghost@example.com"},
            {"list", "--from", "2026-11-21", "--to", "2026-11-01"}, {"users", "--format", "xml"},
        };
        for (String[] words : bad) {
            assertEquals(ExitCode.USAGE, run(words), String.join(" ", words) + " -> " + err);
            assertEquals(1, err.strip().lines().count(), "one line: " + err);
            assertFalse(err.contains("Exception"), err);
        }
        db = "jdbc:h2:file:/proc/no-such-place/store";
        assertEquals(ExitCode.USAGE, run("list"));
        assertTrue(err.contains("/proc/no-such-place"), err);
        assertEquals(1, err.strip().lines().count(), err);
    }

    @Test
    void listShowsEachRoleOnlyWhatItMaySee() throws Exception {
        JsonNode users = new ObjectMapper().readTree(runOk("users", "--format", "json"));
        assertTrue(users.isArray() && users.size() > 10);
        for (JsonNode u : users) {
            assertTrue(u.has("email") && u.has("name") && u.has("role") && u.get("teams").isArray(), u.toString());
        }
        try (Backend b = Backend.open(db, TestStores.CLOCK, false)) {
            for (User u : b.sends().users()) {
                long visible = b.sends().count(u, SendFilter.ALL);
                runOk("--as", u.email(), "list", "--limit", "1000");
                String footer = out.strip().lines().reduce((x, y) -> y).orElse("");
                assertTrue(footer.startsWith(String.format("%,d of %,d sends visible to %s", Math.min(visible, 1000),
                        visible, u.email())), footer);
                long rows = out.lines().filter(l -> l.startsWith("SND-")).count();
                assertEquals(visible, rows, u.email());
            }
        }
    }

    @Test
    void cancelGivesThePolicyOutcomeWithTheDocumentedCodes() throws Exception {
        List<Send> all = new ArrayList<>();
        User sender;
        try (Backend b = Backend.open(db, TestStores.CLOCK, false)) {
            b.store().forEach(b.sends().defaultUser(), SendFilter.ALL, SendSort.NEWEST_FIRST, TestStores.CLOCK.instant(),
                    false, all::add);
            sender = b.sends().users().stream().filter(u -> u.role() == sendtracker.domain.Role.SENDER).findFirst()
                    .orElseThrow();
        }
        ObjectMapper json = new ObjectMapper();
        Send egift = first(all, s -> s.type() == SendType.EGIFT && s.status() == SendStatus.SENT);
        assertEquals(ExitCode.CANCEL_REFUSED, run("cancel", egift.id(), "--format", "json"));
        JsonNode r = json.readTree(out);
        assertEquals(egift.id(), r.get("sendId").asText());
        assertEquals(CancelOutcome.CONTACT_SUPPORT.name(), r.get("outcome").asText());
        assertFalse(r.get("message").asText().isBlank());

        Send shipped = first(all, s -> s.status() == SendStatus.SHIPPED);
        assertEquals(ExitCode.CANCEL_REFUSED, run("cancel", shipped.id(), "--format", "json"));
        assertEquals("NOT_CANCELABLE", json.readTree(out).get("outcome").asText());

        Send delivered = first(all, s -> s.status() == SendStatus.REFUNDED || s.status() == SendStatus.EXPIRED);
        assertEquals(ExitCode.CANCEL_REFUSED, run("cancel", delivered.id(), "--format", "json"));
        assertEquals("ALREADY_CLOSED", json.readTree(out).get("outcome").asText());

        Send open = first(all, s -> s.type() == SendType.INVENTORIED && s.status() == SendStatus.CONFIRMING_ADDRESS);
        assertEquals(ExitCode.OK, run("cancel", open.id(), "--reason", "Duplicate", "--format", "json"));
        assertEquals("CANCELED", json.readTree(out).get("outcome").asText());
        assertEquals(ExitCode.OK, run("show", open.id()));
        assertTrue(out.contains("Canceled") && out.contains("Duplicate"), out);
        assertEquals(ExitCode.CANCEL_REFUSED, run("cancel", open.id()));
        assertTrue(out.startsWith("ALREADY_CLOSED"), out);

        assertEquals(ExitCode.NOT_FOUND, run("cancel", "NO-SUCH-SEND", "--format", "json"));
        assertEquals(ExitCode.NOT_FOUND, run("show", "NO-SUCH-SEND"));
        Send notTheirs = first(all, s -> !sender.isEmail(s.senderEmail()));
        assertEquals(ExitCode.NOT_FOUND, run("--as", sender.email(), "show", notTheirs.id()));
        assertEquals(ExitCode.NOT_FOUND, run("--as", sender.email(), "cancel", notTheirs.id()));
    }

    @Test
    void globalOptionsMayAlsoFollowTheCommand() {
        List<String> argv = List.of("list", "--limit", "1", "--db", db, "--as=morgan.reed@acme-gifting.com");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int code = new Cli(TestStores.CLOCK).run(argv.toArray(new String[0]), new PrintStream(o, true), System.err);
        assertEquals(ExitCode.OK, code);
        assertTrue(o.toString().contains("of 600 sends visible to morgan.reed@acme-gifting.com"), o.toString());
    }

    @Test
    void showPrintsDetailsHistoryAndTheCancelAnswer() {
        assertEquals(ExitCode.OK, run("list", "--status", "Delivered", "--limit", "1"));
        String id = out.lines().filter(l -> l.startsWith("SND-")).findFirst().orElseThrow().split(" ")[0];
        assertEquals(ExitCode.OK, run("show", id));
        assertTrue(out.contains("Recent updates:"), out);
        assertTrue(out.contains("Shipped") && out.contains("Delivered") && out.contains("Initiated"), out);
        assertTrue(out.contains("NOT_CANCELABLE"), out);
    }

    private static Send first(List<Send> all, java.util.function.Predicate<Send> p) {
        return all.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("demo has no such send"));
    }

    private String runOk(String... words) {
        assertEquals(ExitCode.OK, run(words), err);
        return out;
    }
}
