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
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.TestStores;

/** request, requests, resolve and withdraw: every step, every refusal, and their exit codes (docs/design.md §6). */
class CancelRequestCommandsTest {
    @TempDir
    Path dir;
    String db;
    String out;
    String err;
    List<Send> all = new ArrayList<>();
    List<User> users;

    @BeforeEach
    void demoStore() {
        db = TestStores.url(dir);
        assertEquals(0, run("demo", "--sends", "400", "--seed", "11"), err);
        try (Backend b = Backend.open(db, TestStores.CLOCK, false)) {
            b.store().forEach(b.sends().defaultUser(), SendFilter.ALL, SendSort.NEWEST_FIRST,
                    TestStores.CLOCK.instant(), true, all::add);
            users = b.sends().users();
        }
    }

    int run(String... words) {
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

    private Send first(Predicate<Send> p) {
        return all.stream().filter(s -> s.cancelRequests().isEmpty()).filter(p).findFirst().orElseThrow();
    }

    private JsonNode requests(String... more) throws Exception {
        List<String> words = new ArrayList<>(List.of("requests", "--format", "json"));
        words.addAll(List.of(more));
        assertEquals(0, run(words.toArray(new String[0])), err);
        return new ObjectMapper().readTree(out);
    }

    private JsonNode byId(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        return null;
    }

    @Test
    void aRequestIsSentThenResolvedCanceledAndTheSendIsCanceledAndCredited() throws Exception {
        Send egift = first(s -> s.type() == SendType.EGIFT && s.status() == SendStatus.SENT);
        assertEquals(0, run("request", egift.id().toLowerCase(), "--reason", "Wrong recipient"), err);
        String id = out.strip();
        assertTrue(id.matches("REQ-\\d{6,}"), id);

        JsonNode listed = byId(requests("--state", "open"), id);
        assertEquals(egift.id(), listed.get("sendId").asText());
        assertEquals("OPEN", listed.get("state").asText());
        assertEquals("Wrong recipient", listed.get("reason").asText());
        assertEquals(TestStores.CLOCK.instant().toString(), listed.get("requestedAt").asText());
        assertFalse(listed.get("requestedBy").asText().isBlank());
        assertTrue(listed.get("case").isNull());

        assertEquals(ExitCode.CANCEL_REFUSED, run("request", egift.id()), "a second open request is refused");
        assertTrue(err.contains(id), err);
        assertEquals(1, err.strip().lines().count(), err);

        assertEquals(0, run("resolve", id, "--sent", "--case", "CS-4711"), err);
        assertEquals("CS-4711", byId(requests("--state", "sent"), id).get("case").asText());
        assertEquals(null, byId(requests("--state", "open"), id));

        assertEquals(0, run("resolve", id.toLowerCase(), "--canceled", "--note", "Stopped by the vendor"), err);
        JsonNode resolved = byId(requests("--state", "resolved"), id);
        assertEquals("CANCELED", resolved.get("state").asText());

        assertEquals(0, run("show", egift.id(), "--format", "json"), err);
        JsonNode shown = new ObjectMapper().readTree(out);
        assertEquals("Canceled", shown.get("status").asText());
        assertTrue(out.contains(id), "the history names the request: " + out);
        // opening the store two days later posts the due credits: the cancel by Support was credited like any cancel
        try (Backend b = Backend.open(db, java.time.Clock.offset(TestStores.CLOCK, java.time.Duration.ofDays(2)),
                false)) {
            assertEquals(SendStatus.REFUNDED, b.sends().find(b.sends().defaultUser(), egift.id()).orElseThrow().status());
        }

        assertEquals(ExitCode.CANCEL_REFUSED, run("resolve", id, "--declined"), "a resolved request stays resolved");
        assertEquals(ExitCode.CANCEL_REFUSED, run("withdraw", id));
    }

    @Test
    void refusalsNotFoundAndUsageHaveTheirCodes() throws Exception {
        Send selfCancel = first(s -> s.type() == SendType.INVENTORIED && s.status() == SendStatus.CONFIRMING_ADDRESS);
        assertEquals(ExitCode.CANCEL_REFUSED, run("request", selfCancel.id()));
        assertTrue(err.contains("cancel"), "points to the cancel: " + err);

        Send shipped = first(s -> s.status() == SendStatus.DELIVERED);
        assertEquals(ExitCode.CANCEL_REFUSED, run("request", shipped.id()));

        assertEquals(ExitCode.NOT_FOUND, run("request", "NO-SUCH-SEND"));
        assertEquals(ExitCode.NOT_FOUND, run("resolve", "REQ-999999", "--canceled"));
        assertEquals(ExitCode.NOT_FOUND, run("withdraw", "REQ-999999"));

        Send egift = first(s -> s.type() == SendType.EGIFT && s.status() == SendStatus.OPENED);
        assertEquals(ExitCode.USAGE, run("request"));
        assertEquals(ExitCode.USAGE, run("resolve", "REQ-000001"));
        assertEquals(ExitCode.USAGE, run("resolve", "REQ-000001", "--canceled", "--declined"));
        assertEquals(ExitCode.USAGE, run("requests", "--state", "lost"));
        assertEquals(1, err.strip().lines().count(), err);
        assertEquals(ExitCode.USAGE, run("requests", "--format", "xml"));
        assertFalse(err.contains("Exception"), err);

        assertEquals(0, run("request", egift.id()), err);
        String first = out.strip();
        assertEquals(0, run("resolve", first, "--declined", "--note", "Already redeemed"), err);
        assertEquals("DECLINED", byId(requests(), first).get("state").asText());
        assertEquals(0, run("request", egift.id()), "a declined request can be requested again: " + err);
        String second = out.strip();
        assertFalse(second.equals(first));
        assertEquals(0, run("withdraw", second), err);
        assertEquals(ExitCode.CANCEL_REFUSED, run("withdraw", second), "withdrawn already");
        assertEquals(ExitCode.CANCEL_REFUSED, run("resolve", second, "--canceled"));
        assertEquals("send-tracker: Request " + second + " was withdrawn, so it is closed. Request cancellation"
                + " again if it is still needed.", err.strip(), "said in words, not \"is Withdrawn already\"");
        assertEquals(0, run("requests"), err);
        assertTrue(out.contains(first) && out.contains(second), out);
        assertEquals(0, run("request", "--help"));
        assertTrue(out.contains("--reason"), out);
    }

    @Test
    void aSenderRequestsForTheirOwnSendsOnlyAndDoesNotResolve() throws Exception {
        User sender = users.stream().filter(u -> u.role() == Role.SENDER)
                .filter(u -> all.stream().anyMatch(s -> u.isEmail(s.senderEmail()) && s.type() == SendType.EGIFT
                        && s.status() == SendStatus.SENT && s.cancelRequests().isEmpty()))
                .findFirst().orElseThrow();
        Send own = first(s -> sender.isEmail(s.senderEmail()) && s.type() == SendType.EGIFT
                && s.status() == SendStatus.SENT);
        Send other = first(s -> !sender.isEmail(s.senderEmail()) && s.type() == SendType.EGIFT
                && s.status() == SendStatus.SENT);
        assertEquals(ExitCode.NOT_FOUND, run("--as", sender.email(), "request", other.id()));
        assertEquals(0, run("request", other.id()), err);
        String othersRequest = out.strip();
        assertEquals(ExitCode.NOT_FOUND, run("--as", sender.email(), "withdraw", othersRequest));
        assertEquals(null, byId(requests("--as", sender.email()), othersRequest), "not in the sender's list");

        assertEquals(0, run("--as", sender.email(), "request", own.id()), err);
        String mine = out.strip();
        assertEquals(sender.email(), byId(requests(), mine).get("requestedBy").asText());
        assertEquals(ExitCode.CANCEL_REFUSED, run("--as", sender.email(), "resolve", mine, "--canceled"));
        assertTrue(err.contains("manager"), err);
        assertEquals(0, run("--as", sender.email(), "withdraw", mine), err);
    }
}
