package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import sendtracker.service.TestStores;

/** Usage and parse errors: answered before any store is opened, so no --db is needed here. */
class CliUsageTest {
    /** Every command, in the order of the usage in docs/design.md ("Command line"). */
    private static final List<String> COMMANDS = List.of("demo", "import", "export", "list", "show", "cancel",
            "compare", "request", "requests", "resolve", "withdraw", "users", "backup", "restore", "team", "bench");

    String out;
    String err;

    int run(String... argv) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(TestStores.CLOCK).run(argv, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void everyCommandPrintsItsUsageOnHelpAndExitsZero() {
        for (String command : COMMANDS) {
            for (List<String> argv : List.of(List.of(command, "--help"), List.of(command, "-h"),
                    List.of("help", command))) {
                assertEquals(ExitCode.OK, run(argv.toArray(new String[0])), argv + " -> " + err);
                assertTrue(out.startsWith("Usage: send-tracker " + command), out);
                assertTrue(out.contains("--db") && out.contains("--as"), "the global options are listed: " + out);
                assertEquals("", err);
            }
        }
        assertTrue(run("export", "--help") == ExitCode.OK && out.contains("--status") && out.contains("--attention"),
                "the shared filters are listed: " + out);
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        for (String help : List.of("help", "--help", "-h")) {
            assertEquals(ExitCode.OK, run(help), err);
            for (String command : COMMANDS) {
                assertTrue(out.contains("\n  " + command + " "), command + " in " + out);
            }
            assertTrue(out.contains("6   conflict or store locked"), out);
        }
    }

    @Test
    void parseErrorsAreOneLineInTheToolsWordsWithExitCodeTwo() {
        String[][] bad = {
            {}, {"--x"}, {"--db"}, {"list", "--db"}, {"demo", "--sends"}, {"demo", "--sends", "lots"},
            {"demo", "foo"}, {"list", "--attention=yes"}, {"show", "A", "B"}, {"export"}, {"import"},
            {"users", "--format", "xml"}, {"help", "frobnicate"}, {"bench", "--sends", "0"},
        };
        for (String[] argv : bad) {
            assertEquals(ExitCode.USAGE, run(argv), String.join(" ", argv) + " -> " + err);
            assertTrue(err.startsWith("send-tracker: "), err);
            assertEquals(1, err.strip().lines().count(), "one line: " + err);
            assertFalse(err.contains("Exception") || err.contains("picocli"), err);
        }
        run("demo", "--sends");
        assertEquals("send-tracker: --sends needs a value (demo)", err.strip());
        run("users", "--format", "xml");
        assertEquals("send-tracker: --format must be one of text, json, not 'xml'", err.strip());
        run("list", "--colour", "red");
        assertEquals("send-tracker: Unknown option --colour for 'list'. Run 'send-tracker help' for the options.",
                err.strip());
    }

    @Test
    void helpListsEveryRegisteredCommandOnceInTheDocumentedOrder() {
        List<String> registered = new ArrayList<>(
                new CommandLine(new SendTrackerCommand(TestStores.CLOCK, null, null)).getSubcommands().keySet());
        List<String> documented = new ArrayList<>(COMMANDS);
        documented.add("help");
        assertEquals(documented, registered, "the registered commands are the documented ones");
        for (String help : List.of("help", "--help")) {
            assertEquals(ExitCode.OK, run(help), err);
            String section = out.substring(out.indexOf("Commands:"), out.indexOf("Exit codes:"));
            List<String> listed = new ArrayList<>();
            for (String line : section.lines().skip(1).toList()) {
                // a command's line starts with two spaces and its word; wrapped descriptions start deeper
                if (line.matches("  \\S.*")) {
                    listed.add(line.trim().split("\\s+")[0]);
                }
            }
            assertEquals(registered, listed, help + " lists every command once, in order: " + out);
        }
    }

    @Test
    void theCommandWordsAreKnownToTheLauncher() {
        Cli cli = new Cli(TestStores.CLOCK);
        for (String command : COMMANDS) {
            assertTrue(cli.isCommand(command), command);
        }
        assertTrue(cli.isCommand("help") && cli.isCommand("--help"));
        assertFalse(cli.isCommand("--db") || cli.isCommand("--open=sends.csv") || cli.isCommand("frobnicate"));
    }
}
