package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.exchange.SendFileReader;
import sendtracker.exchange.SendFormat;
import sendtracker.exchange.SendWriter;

/**
 * {@code compare OLD NEW} on two small exports written here by hand: between them SND-1's
 * recipient was renamed, SND-2 was redeemed, SND-3 went away and SND-4 came. The store named by
 * {@code --db} does not exist: compare never opens one.
 */
class CompareCommandTest {
    static final String HEADER = "Send ID,Created At,Type,Status,Status Changed At,Recipient Name,Cost,Currency\n";
    static final String OLD = HEADER
            + "SND-1,2026-11-01T08:00:00Z,Inventoried,Confirming Address,2026-11-01T08:00:00Z,Bo Chen,40.00,USD\n"
            + "SND-2,2026-11-02T08:00:00Z,eGift,Sent,2026-11-02T08:00:00Z,Cy Diaz,25.00,USD\n"
            + "SND-3,2026-11-03T08:00:00Z,Inventoried,Order Received,2026-11-03T08:00:00Z,Di Eng,60.00,USD\n";
    static final String NEW = HEADER
            + "SND-1,2026-11-01T08:00:00Z,Inventoried,Confirming Address,2026-11-01T08:00:00Z,Bo Chen-Li,40.00,USD\n"
            + "SND-2,2026-11-02T08:00:00Z,eGift,Redeemed,2026-11-20T10:00:00Z,Cy Diaz,25.00,USD\n"
            + "SND-4,2026-11-04T08:00:00Z,Sendoso Direct,Initiated,2026-11-04T08:00:00Z,=Ed Fox,80.00,USD\n";

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    Path oldCsv;
    Path newCsv;
    String out;
    String err;

    @BeforeEach
    void twoExports() throws IOException {
        oldCsv = write("old.csv", OLD);
        newCsv = write("new.csv", NEW);
    }

    @Test
    void jsonListsAddedRemovedAndChangedWithStatusChangesFirst() throws IOException {
        assertEquals(0, run("compare", oldCsv.toString(), newCsv.toString(), "--format", "json"), err);
        assertExpectedJson(json.readTree(out));
    }

    @Test
    void twoJsonExportsCompareAsTheirCsvDoes() throws IOException {
        Path oldJson = asJson(oldCsv, "old.json");
        Path newJson = asJson(newCsv, "new.json");
        assertEquals(0, run("compare", oldJson.toString(), newJson.toString(), "--format", "json"), err);
        assertExpectedJson(json.readTree(out));
    }

    @Test
    void textIsAReadableSummary() {
        assertEquals(0, run("compare", oldCsv.toString(), newCsv.toString()), err);
        assertTrue(out.contains("Added: 1 (SND-4)\n"), out);
        assertTrue(out.contains("Removed: 1 (SND-3)\n"), out);
        assertTrue(out.contains("Changed: 2 sends, 3 fields\n"
                + "  SND-2  Status: Sent -> Redeemed\n"
                + "  SND-1  Recipient Name: Bo Chen -> Bo Chen-Li\n"
                + "  SND-2  Status Changed At: 2026-11-02T08:00:00Z -> 2026-11-20T10:00:00Z\n"), out);
        assertEquals(0, run("compare", oldCsv.toString(), oldCsv.toString()), err);
        assertTrue(out.contains("No differences."), out);
    }

    @Test
    void csvIsOneRowPerChange() {
        assertEquals(0, run("compare", oldCsv.toString(), newCsv.toString(), "--format", "csv"), err);
        assertEquals(List.of("Send ID,Change,Field,From,To", "SND-4,added,,,", "SND-3,removed,,,",
                "SND-2,changed,Status,Sent,Redeemed", "SND-1,changed,Recipient Name,Bo Chen,Bo Chen-Li",
                "SND-2,changed,Status Changed At,2026-11-02T08:00:00Z,2026-11-20T10:00:00Z"), out.lines().toList());
    }

    @Test
    void aFormulaLikeChangeIsNeutralisedInTheCsv() throws IOException {
        Path renamed = write("renamed.csv", NEW.replace("Bo Chen-Li", "=HYPERLINK(1)"));
        assertEquals(0, run("compare", oldCsv.toString(), renamed.toString(), "--format", "csv"), err);
        assertTrue(out.contains("SND-1,changed,Recipient Name,Bo Chen,'=HYPERLINK(1)"), out);
    }

    @Test
    void helpNamesTheFormats() {
        assertEquals(0, run("compare", "--help"));
        assertTrue(out.contains("OLD_EXPORT") && out.contains("text|json|csv"), out);
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        Path notAnExport = write("notes.txt", "Shopping list\nmilk\neggs\n");
        Path notSends = write("other.json", "{\"colour\": \"red\"}");
        Path duplicate = write("dup.csv", NEW + NEW.lines().skip(1).findFirst().orElseThrow() + "\n");
        Path json2 = asJson(newCsv, "new.json");
        String[][] bad = {
            {"compare", notAnExport.toString(), newCsv.toString()},
            {"compare", oldCsv.toString(), notSends.toString()},
            {"compare", oldCsv.toString(), json2.toString()},
            {"compare", oldCsv.toString(), duplicate.toString(), "--format", "json"},
            {"compare", oldCsv.toString(), dir.resolve("missing.csv").toString()},
            {"compare", oldCsv.toString()},
            {"compare", oldCsv.toString(), newCsv.toString(), "--format", "xml"},
        };
        for (String[] words : bad) {
            assertEquals(2, run(words), String.join(" ", words) + " -> " + out + err);
            assertEquals(1, err.strip().lines().count(), err);
            assertFalse(err.contains("Exception"), err);
            assertEquals("", out);
        }
        run("compare", oldCsv.toString(), json2.toString());
        assertTrue(err.contains("different formats (old.csv is CSV, new.json is JSON)"), err);
        run("compare", oldCsv.toString(), duplicate.toString());
        assertTrue(err.contains("dup.csv, line 5") && err.contains("SND-1") && err.contains("already appeared on line 2"),
                err);
        run("compare", notAnExport.toString(), newCsv.toString());
        assertTrue(err.contains("not an export") && err.contains("notes.txt"), err);
    }

    @Test
    void aCutOffExportIsCalledCutOffAtItsLineNotNoExport() throws IOException {
        String json = Files.readString(asJson(newCsv, "new.json"), StandardCharsets.UTF_8);
        Path oldJson = asJson(oldCsv, "old.json");
        Path cutJson = write("cut.json", json.substring(0, json.length() * 2 / 3));
        assertEquals(2, run("compare", oldJson.toString(), cutJson.toString()), out + err);
        assertTrue(err.startsWith("send-tracker: Cannot compare: cut.json is cut off or unreadable at line "), err);
        assertTrue(err.contains(", column "), "JSON says the column too: " + err);
        assertFalse(err.contains("not an export"), err);

        Path cutCsv = write("cut.csv", NEW.substring(0, NEW.lastIndexOf("Initiated")));
        assertEquals(2, run("compare", oldCsv.toString(), cutCsv.toString()), out + err);
        assertTrue(err.startsWith("send-tracker: Cannot compare: cut.csv, line 4 "), err);
        assertTrue(err.contains("cut off"), err);
        assertFalse(err.contains("not an export"), err);
        assertEquals(1, err.strip().lines().count(), err);

        Path notSends = write("other.json", "{\"colour\": \"red\"}");
        run("compare", oldJson.toString(), notSends.toString());
        assertTrue(err.contains("This is not an export of sends: other.json"), "no export at all: " + err);
    }

    private void assertExpectedJson(JsonNode r) {
        assertEquals("[\"SND-4\"]", r.get("added").toString());
        assertEquals("[\"SND-3\"]", r.get("removed").toString());
        assertEquals("[{\"id\":\"SND-2\",\"field\":\"Status\",\"from\":\"Sent\",\"to\":\"Redeemed\"},"
                + "{\"id\":\"SND-1\",\"field\":\"Recipient Name\",\"from\":\"Bo Chen\",\"to\":\"Bo Chen-Li\"},"
                + "{\"id\":\"SND-2\",\"field\":\"Status Changed At\",\"from\":\"2026-11-02T08:00:00Z\","
                + "\"to\":\"2026-11-20T10:00:00Z\"}]", r.get("changed").toString());
    }

    /** The same sends as the app's own JSON export writes them. */
    private Path asJson(Path csv, String name) throws IOException {
        Path target = dir.resolve(name);
        SendFileReader reader = SendFileReader.open(csv);
        reader.check(SendFileReader.Progress.NONE, () -> false);
        try (OutputStream o = Files.newOutputStream(target); SendWriter w = SendWriter.create(SendFormat.JSON, o)) {
            reader.read(row -> {
                try {
                    w.write(row.send());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, SendFileReader.Progress.NONE, () -> false);
        }
        return target;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int run(String... words) {
        List<String> argv = new ArrayList<>(List.of("--db", "jdbc:h2:file:/proc/no-such-place/store"));
        argv.addAll(List.of(words));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(CommandLineContractTest.CLOCK).run(argv.toArray(new String[0]),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }
}
