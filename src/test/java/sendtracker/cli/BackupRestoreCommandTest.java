package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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

import sendtracker.service.TestStores;

/** {@code backup FILE} and {@code restore FILE} on the command line (issue 10, docs/design.md "Reliability promises"). */
class BackupRestoreCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    String db;
    String out;
    String err;

    @BeforeEach
    void demoStore() {
        db = TestStores.url(dir.resolve("store"));
        assertEquals(0, run("demo", "--sends", "40", "--seed", "5"), err);
    }

    @Test
    void aRestoredBackupGivesBackTheStateItWasTakenIn() throws Exception {
        Path zip = dir.resolve("before.zip");
        assertEquals(0, run("backup", zip.toString()), err);
        assertTrue(Files.size(zip) > 0);
        String before = statusesJson();

        assertEquals(0, run("import", writeCanceledCopyOfFirstSend().toString()), err);
        assertFalse(before.equals(statusesJson()), "the import changed a send");

        assertEquals(0, run("restore", zip.toString()), err);
        assertEquals(before, statusesJson());
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndTheStoreStaysAsItWas() throws Exception {
        String before = statusesJson();
        Path junk = Files.writeString(dir.resolve("junk.zip"), "not a zip at all");
        assertEquals(2, run("restore", junk.toString()));
        assertTrue(err.startsWith("send-tracker: ") && err.contains("junk.zip") && err.contains("unchanged"), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertEquals(before, statusesJson());

        assertEquals(2, run("restore", dir.resolve("missing.zip").toString()));
        assertTrue(err.contains("missing.zip"), err);
    }

    @Test
    void aBackupIntoAFolderThatDoesNotExistIsRefusedAndCreatesNothing() {
        Path target = dir.resolve("no-such-folder").resolve("copy.zip");
        assertEquals(2, run("backup", target.toString()));
        assertTrue(err.contains("does not exist"), err);
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void bothCommandsAnswerHelp() {
        assertEquals(0, run("backup", "--help"));
        assertTrue(out.contains("backup") && out.contains("FILE"), out);
        assertEquals(0, run("restore", "--help"));
        assertTrue(out.contains("restore") && out.contains("FILE"), out);
    }

    /** Every send's id and status, in the store's default order: what a restore must give back. */
    private String statusesJson() throws Exception {
        assertEquals(0, run("list", "--format", "json"), err);
        StringBuilder sb = new StringBuilder();
        for (JsonNode s : json.readTree(out)) {
            sb.append(s.get("id").asText()).append('=').append(s.get("status").asText()).append('\n');
        }
        return sb.toString();
    }

    /** The first send as exported, with its status set to Canceled and a newer status time. */
    private Path writeCanceledCopyOfFirstSend() throws Exception {
        Path csv = dir.resolve("first.csv");
        assertEquals(0, run("export", csv.toString()), err);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
        int status = List.of(header).indexOf("Status");
        int changed = List.of(header).indexOf("Status Changed At");
        String row = lines.stream().skip(1).filter(l -> !l.contains("\"")).findFirst().orElseThrow();
        String[] cells = row.split(",", -1);
        cells[status] = "Canceled";
        cells[changed] = "2030-01-01T00:00:00Z";
        Files.write(csv, List.of(lines.get(0), String.join(",", cells)), StandardCharsets.UTF_8);
        return csv;
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
}
