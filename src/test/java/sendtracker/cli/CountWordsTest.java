package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One of a thing is said in the singular by every command ("1 send", "1 field"), many in the plural. */
class CountWordsTest {
    @TempDir
    Path dir;
    String out;
    String err;

    @Test
    void oneSendIsOneSendInListExportAndCompare() throws IOException {
        Path one = dir.resolve("one.csv");
        Files.writeString(one, CompareCommandTest.HEADER
                + "SND-1,2026-11-01T08:00:00Z,Inventoried,Confirming Address,2026-11-01T08:00:00Z,Bo Chen,40.00,USD\n",
                StandardCharsets.UTF_8);
        String db = "jdbc:h2:file:" + dir.resolve("st").toAbsolutePath();
        assertEquals(0, run("--db", db, "import", one.toString()), err);
        assertEquals(0, run("--db", db, "list"), err);
        assertTrue(out.contains("\n1 of 1 send visible to "), out);
        assertEquals(0, run("--db", db, "export", dir.resolve("out.csv").toString()), err);
        assertTrue(out.startsWith("Exported 1 send ("), out);

        Path renamed = dir.resolve("renamed.csv");
        Files.writeString(renamed, Files.readString(one, StandardCharsets.UTF_8).replace("Bo Chen", "Bo Li"),
                StandardCharsets.UTF_8);
        assertEquals(0, run("compare", one.toString(), renamed.toString()), err);
        assertTrue(out.contains("Changed: 1 send, 1 field\n"), out);
    }

    private int run(String... words) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(CommandLineContractTest.CLOCK).run(new ArrayList<>(List.of(words)).toArray(new String[0]),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }
}
