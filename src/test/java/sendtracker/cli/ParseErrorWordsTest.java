package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import sendtracker.service.TestStores;

/**
 * Each kind of parse error in the command line's own words (docs/decisions/0006-picocli-command-line.md),
 * the whole line written out; all answered before a store is opened.
 */
class ParseErrorWordsTest {

    private static String error(String... argv) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(TestStores.CLOCK).run(argv, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(ExitCode.USAGE, code, String.join(" ", argv));
        return e.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unknownWordsAndOptions() {
        assertEquals("send-tracker: Unknown command 'frobnicate'. Commands: demo, import, export, list, show, cancel,"
                + " compare, request, requests, resolve, withdraw, users, backup, restore, team, bench."
                + System.lineSeparator(), error("frobnicate"));
        assertEquals("send-tracker: Unknown option --x. Run 'send-tracker help'." + System.lineSeparator(),
                error("--x"));
        assertEquals("send-tracker: Unknown option --x for 'show'. Run 'send-tracker help' for the options."
                + System.lineSeparator(), error("show", "A", "--x"));
        assertEquals("send-tracker: show needs exactly one SEND_ID" + System.lineSeparator(), error("show", "A", "B"));
        assertEquals("send-tracker: list takes no word 'extra': filters are options, e.g. --status Shipped"
                + System.lineSeparator(), error("list", "extra"));
        assertEquals("send-tracker: users takes no word 'extra'" + System.lineSeparator(), error("users", "extra"));
    }

    @Test
    void missingValuesAndWords() {
        assertEquals("send-tracker: --db needs a value" + System.lineSeparator(), error("--db"));
        assertEquals("send-tracker: --db needs a value" + System.lineSeparator(), error("list", "--db"));
        assertEquals("send-tracker: --team needs a value (list)" + System.lineSeparator(), error("list", "--team"));
        assertEquals("send-tracker: show needs exactly one SEND_ID" + System.lineSeparator(), error("show"));
        assertEquals("send-tracker: import needs at least one FILE" + System.lineSeparator(), error("import"));
    }

    @Test
    void badValues() {
        assertEquals("send-tracker: --sends must be a whole number, not 'lots'" + System.lineSeparator(),
                error("demo", "--sends", "lots"));
        assertEquals("send-tracker: --format must be one of table, csv, json, not 'xml'" + System.lineSeparator(),
                error("list", "--format", "xml"));
        assertEquals("send-tracker: --attention takes no value (list)" + System.lineSeparator(),
                error("list", "--attention=yes"));
    }
}
