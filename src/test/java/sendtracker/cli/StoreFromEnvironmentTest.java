package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code $SEND_TRACKER_DB} names the store when {@code --db} does not. The store reads the
 * variable from the process environment, which a test cannot set in its own JVM, so each case
 * runs the command line in a child JVM with a fixed clock ({@link Main}), a private HOME and
 * data folder (the real user's store is never touched), and a time limit on every wait.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StoreFromEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void theVariableNamesTheStoreAndANamedStoreGetsNoDemoData() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("from-env").toAbsolutePath();
        Path csv = dir.resolve("small-store.csv");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/cli/small-store.csv"))) {
            Files.copy(in, csv);
        }
        Child imported = child(Map.of("SEND_TRACKER_DB", url), "import", csv.toString());
        assertEquals(0, imported.code, imported.err);
        assertTrue(Files.exists(dir.resolve("from-env.mv.db")), "the store is where the variable says");

        Child listed = child(Map.of("SEND_TRACKER_DB", url), "list", "--format", "json", "--team", "Beta");
        assertEquals(0, listed.code, listed.err);
        assertEquals(List.of("SND-T09", "SND-T10", "SND-T05", "SND-T06"), ids(listed.out));
        assertFalse(containsStore(dir.resolve("home")), "nothing was written to the default data folder");
        assertFalse(containsStore(dir.resolve("xdg")), "nothing was written to the default data folder");
    }

    @Test
    void dashDashDbWinsOverTheVariable() throws Exception {
        String named = "jdbc:h2:file:" + dir.resolve("named").toAbsolutePath();
        String fromEnv = "jdbc:h2:file:" + dir.resolve("env-store").toAbsolutePath();
        Child c = child(Map.of("SEND_TRACKER_DB", fromEnv), "--db", named, "list", "--format", "json");
        assertEquals(0, c.code, c.err);
        assertEquals(List.of(), ids(c.out), "a store named on the command line starts empty");
        assertTrue(Files.exists(dir.resolve("named.mv.db")));
        assertFalse(Files.exists(dir.resolve("env-store.mv.db")));
    }

    private record Child(int code, String out, String err) {
    }

    private Child child(Map<String, String> env, String... words) throws Exception {
        List<String> command = new ArrayList<>(List.of(CommandLineContractTest.javaBinary(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(words));
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("SEND_TRACKER_DB");
        pb.environment().put("HOME", dir.resolve("home").toString());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the child JVM did not finish in 90 s: " + String.join(" ", words));
        }
        return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> ids(String json) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(json)) {
            ids.add(n.get("id").asText());
        }
        return ids;
    }

    private static boolean containsStore(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return false;
        }
        try (var files = Files.walk(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
        }
    }

    /** The command line in a child JVM, at the same fixed instant as the in-process tests. */
    public static final class Main {
        public static void main(String[] args) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            System.exit(new Cli(CommandLineContractTest.CLOCK).run(args, out, err));
        }
    }
}
