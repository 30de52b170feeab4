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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.service.TestStores;

/**
 * Issue 15: {@code --db} naming a path where no store exists creates an empty one there, and every
 * command that opens the store says so in one line on stderr (its own output is unchanged); on the
 * next run the store exists and nothing is said.
 */
class NewStoreNoticeTest {
    @TempDir
    Path dir;
    String out;
    String err;

    private int run(String db, String... words) {
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

    @Test
    void everyCommandThatOpensANewStoreSaysOnceOnStderrThatItWasCreatedThere() throws IOException {
        Path csv = dir.resolve("small-store.csv");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/cli/small-store.csv"))) {
            Files.copy(in, csv);
        }
        List<List<String>> commands = List.of(
                List.of("list"),
                List.of("show", "SND-0000001"),
                List.of("users"),
                List.of("cancel", "SND-0000001"),
                List.of("export", dir.resolve("out.csv").toString()),
                List.of("backup", dir.resolve("copy.zip").toString()),
                List.of("import", csv.toString()),
                List.of("demo", "--sends", "3"));
        int n = 0;
        for (List<String> command : commands) {
            Path where = dir.resolve("new-" + n++).resolve("store");
            String db = "jdbc:h2:file:" + where.toAbsolutePath();
            run(db, command.toArray(new String[0]));
            List<String> lines = err.lines().toList();
            assertFalse(lines.isEmpty(), command + " said nothing on stderr");
            assertEquals("send-tracker: There was no store at " + where.toAbsolutePath()
                    + ", so a new, empty one was created there.", lines.get(0), command.toString());
            assertEquals(1, lines.stream().filter(l -> l.contains("was created there")).count(), err);
            assertFalse(out.contains("was created there"), "stdout stays the command's own: " + out);

            run(db, "list");
            assertFalse(err.contains("was created there"), command + ", then list on the same store: " + err);
        }
    }

    @Test
    void helpAndRestoreOpenNoStoreAndSayNothingAboutOne() {
        Path where = dir.resolve("never").resolve("store");
        String db = "jdbc:h2:file:" + where.toAbsolutePath();
        assertEquals(ExitCode.OK, run(db, "list", "--help"));
        assertEquals("", err);
        assertEquals(ExitCode.USAGE, run(db, "restore", dir.resolve("missing.zip").toString()));
        assertFalse(err.contains("was created there"), err);
        assertTrue(err.startsWith("send-tracker: "), err);
    }
}
