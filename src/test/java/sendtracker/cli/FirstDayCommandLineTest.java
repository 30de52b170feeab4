package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.CancelResult;
import sendtracker.service.TestStores;

/** The command line's rough edges as a new user met them on a first day (issue 15, "Command line"). */
class FirstDayCommandLineTest {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    String db;
    String out;
    String err;

    @BeforeEach
    void demoStore() {
        db = TestStores.url(dir.resolve("store"));
        assertEquals(0, run("demo", "--sends", "300", "--seed", "11"), err);
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

    private void assertOneLineError() {
        assertTrue(err.startsWith("send-tracker: "), err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
        assertFalse(err.contains("Exception"), err);
    }

    // ---- COMMAND --help ------------------------------------------------------------------------

    @Test
    void everyCommandPicocliKnowsAnswersHelpWithItsOwnUsageAndExitZero() {
        Set<String> commands = new TreeSet<>(
                new CommandLine(new SendTrackerCommand(TestStores.CLOCK, null, null)).getSubcommands().keySet());
        commands.remove("help");
        assertTrue(commands.containsAll(List.of("demo", "import", "export", "list", "show", "cancel", "users",
                "bench")), commands.toString());
        for (String command : commands) {
            assertEquals(ExitCode.OK, run(command, "--help"), command + ": " + err);
            assertTrue(out.startsWith("Usage: send-tracker " + command), out);
            assertEquals("", err, command);
        }
    }

    // ---- export into a folder that is not there, or cannot be written ---------------------------

    @Test
    void exportIntoAFolderThatDoesNotExistIsRefusedAndCreatesNothing() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(ExitCode.USAGE, run("export", missing.resolve("deeper").resolve("out.csv").toString()));
        assertOneLineError();
        assertTrue(err.contains("does not exist"), err);
        assertFalse(Files.exists(missing), "no folder was created");

        Path file = Files.writeString(dir.resolve("a-file.txt"), "x");
        assertEquals(ExitCode.USAGE, run("export", file.resolve("out.csv").toString()));
        assertOneLineError();
        assertTrue(err.contains("not a folder"), err);
        assertEquals("x", Files.readString(file));

        Path folder = Files.createDirectory(dir.resolve("exports"));
        assertEquals(ExitCode.USAGE, run("export", folder.toString()));
        assertOneLineError();
        assertTrue(err.contains("is a folder") || err.contains("that is a folder"), err);
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count(), "nothing written into the folder");
        }
    }

    @Test
    void exportIntoAFolderThatCannotBeWrittenSaysSoInOneLineAndWritesNothing() throws IOException {
        // sysfs refuses new files to everyone, root included (tests run as root: chmod would not stop them)
        Path readOnly = Path.of("/sys");
        assumeTrue(Files.isDirectory(readOnly.resolve("kernel")), "a Linux /sys");
        assertEquals(ExitCode.USAGE, run("export", readOnly.resolve("sends.csv").toString()));
        assertOneLineError();
        assertTrue(err.contains("the folder /sys cannot be written (permission denied)"), err);
        assertFalse(err.contains(".part"), "the temporary file is no business of the user's: " + err);
        try (Stream<Path> left = Files.list(readOnly)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("sends.csv")));
        }
    }

    // ---- send ids in any letter case ------------------------------------------------------------

    private JsonNode sends(String... filters) throws IOException {
        List<String> argv = new ArrayList<>(List.of("list", "--format", "json"));
        argv.addAll(List.of(filters));
        assertEquals(0, run(argv.toArray(new String[0])), err);
        return json.readTree(out);
    }

    @Test
    void showFindsASendWhateverTheLetterCaseOfItsId() throws IOException {
        String id = sends().get(0).get("id").asText();
        assertTrue(id.startsWith("SND-"), id);
        String typed = id.toLowerCase(Locale.ROOT);
        assertEquals(ExitCode.OK, run("show", typed), err);
        assertTrue(out.contains(id), out);
        assertEquals(ExitCode.OK, run("show", "Snd-" + id.substring(4), "--format", "json"), err);
        assertEquals(id, json.readTree(out).get("id").asText());
        assertEquals(ExitCode.NOT_FOUND, run("show", "snd-9999999"));
    }

    @Test
    void mixedCaseIdsAreFoundInAnotherMixButTwoIdsThatDifferOnlyInCaseAreNotGuessed() throws IOException {
        Path csv = dir.resolve("odd-ids.csv");
        Files.writeString(csv, "Send ID,Created At,Type,Status\n"
                + "Ord-7Qx,2026-11-01T10:00:00Z,eGift,Sent\n"
                + "twin-a,2026-11-01T10:00:00Z,eGift,Sent\n"
                + "TWIN-A,2026-11-02T10:00:00Z,eGift,Opened\n");
        assertEquals(0, run("import", csv.toString()), out + err);

        assertEquals(ExitCode.OK, run("show", "ORD-7QX", "--format", "json"), err);
        assertEquals("Ord-7Qx", json.readTree(out).get("id").asText());
        assertEquals(ExitCode.OK, run("show", "twin-a", "--format", "json"), err);
        assertEquals("Sent", json.readTree(out).get("status").asText());
        assertEquals(ExitCode.OK, run("show", "TWIN-A", "--format", "json"), err);
        assertEquals("Opened", json.readTree(out).get("status").asText());
        // neither twin is the one typed: better "not found" than the wrong send
        assertEquals(ExitCode.NOT_FOUND, run("show", "Twin-A"));
    }

    @Test
    void cancelTakesTheIdInAnyLetterCaseAndAnswersWithTheStoredOne() throws IOException {
        String id = sends("--status", "Confirming Address").get(0).get("id").asText();
        assertEquals(ExitCode.OK, run("cancel", id.toLowerCase(Locale.ROOT), "--format", "json"), out + err);
        JsonNode answer = json.readTree(out);
        assertEquals("CANCELED", answer.get("outcome").asText());
        assertEquals(id, answer.get("sendId").asText());
        assertEquals(ExitCode.OK, run("show", id, "--format", "json"), err);
        assertEquals("Canceled", json.readTree(out).get("status").asText());
    }

    @Test
    void theStoreCancelsBelowTheCommandLineByAnIdInAnyLetterCaseToo() throws IOException {
        String id = sends("--status", "Confirming Address").get(0).get("id").asText();
        try (Backend b = Backend.open(db, TestStores.CLOCK, false)) {
            User admin = b.sends().defaultUser();
            CancelResult r = b.sends().cancel(admin, id.toLowerCase(Locale.ROOT), null, "typed in lower case");
            assertEquals(CancelOutcome.CANCELED, r.outcome(), r.message());
            assertEquals(id, r.send().id());
            var history = b.sends().find(admin, id).orElseThrow().history();
            assertEquals("typed in lower case", history.get(history.size() - 1).note());
        }
    }

    // ---- a broken JSON file ------------------------------------------------------------------------

    @Test
    void aCutOffJsonFileIsOneLineInPlainWordsWithLineAndColumn() throws IOException {
        Path cut = Files.writeString(dir.resolve("cut.json"), "[\n{\"id\": \"SND-X1\", \"type\": \"eGift\",\n");
        assertEquals(ExitCode.USAGE, run("import", cut.toString()));
        assertEquals("send-tracker: cut.json, line 3, column 1: the JSON ends too early: the object that starts at"
                + " line 2, column 1 is never closed; the file looks cut off", err.strip());
    }

    // ---- --team and --sender that name nothing ---------------------------------------------------

    @Test
    void anUnknownTeamIsExitTwoWithTheTeamsThereAre() throws IOException {
        assertEquals(ExitCode.USAGE, run("list", "--team", "Night Shift"));
        assertOneLineError();
        assertTrue(err.contains("No team 'Night Shift'"), err);
        assertTrue(err.contains("Teams: ") && err.contains("Customer Success"), err);

        Path file = dir.resolve("night.csv");
        assertEquals(ExitCode.USAGE, run("export", file.toString(), "--team", "Night Shift"));
        assertFalse(Files.exists(file));

        assertEquals(ExitCode.OK, run("list", "--team", "customer success"), err);
    }

    @Test
    void aTeamThatOnlySendsNameIsKnownToo() throws IOException {
        String sender = sends().get(0).get("sender").get("email").asText();
        Path csv = dir.resolve("night-shift.csv");
        Files.writeString(csv, "Send ID,Created At,Type,Status,Sender Email,Team\n"
                + "NS-1,2026-11-01T10:00:00Z,eGift,Sent," + sender + ",Night Shift\n");
        assertEquals(0, run("import", csv.toString()), out + err);
        JsonNode night = sends("--team", "night shift");
        assertEquals(1, night.size());
        assertEquals("NS-1", night.get(0).get("id").asText());
    }

    @Test
    void anUnknownSenderIsExitTwoWithTheUsersThereAre() {
        assertEquals(ExitCode.USAGE, run("list", "--sender", "ghost@example.com"));
        assertOneLineError();
        assertTrue(err.contains("No user 'ghost@example.com'") && err.contains("Users: "), err);
        assertTrue(err.contains("@acme-gifting.com"), err);
        assertTrue(err.contains("more (run 'send-tracker users')"), "a long list is cut short: " + err);
    }
}
