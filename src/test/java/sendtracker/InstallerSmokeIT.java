package sendtracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the native app image with {@code installer/build.sh} (from the jar and lib/ that the
 * package phase left in target/) and drives its launcher as a user would: the commands run
 * through the jpackage launcher with their output and exit codes, and the store lands in the
 * user's data folder, never inside the installation. Run by failsafe in {@code mvn -B verify}.
 */
@Tag("installer")
class InstallerSmokeIT {

    private static final long BUILD_MINUTES = 10;
    private static final long COMMAND_MINUTES = 3;

    private static Path projectDir;
    private static Path image;
    private static Path launcher;
    private static Set<Path> imageAsBuilt;

    @TempDir
    static Path work;

    @BeforeAll
    static void buildAppImage() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "installer/build.sh packages for Linux");
        projectDir = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path dest = projectDir.resolve("target/installer-smoke");
        Result build = run(Map.of(), BUILD_MINUTES,
                projectDir.resolve("installer/build.sh").toString(),
                "--skip-maven", "--app-image-only", "--dest", dest.toString());
        assertEquals(0, build.exitCode, "installer/build.sh failed:\n" + build);
        image = dest.resolve("SendTracker");
        launcher = image.resolve("bin/SendTracker");
        assertTrue(Files.isExecutable(launcher), "no launcher at " + launcher + "\n" + build);
        imageAsBuilt = filesUnder(image);
    }

    @Test
    void packagedLauncherRunsDemoThenListOnATemporaryStore() throws Exception {
        String db = "jdbc:h2:file:" + work.resolve("demo-store/st");

        Result demo = app(Map.of(), "--db", db, "demo", "--sends", "50", "--seed", "7");
        assertEquals(0, demo.exitCode, "demo:\n" + demo);
        assertTrue(demo.stdout.contains("50"), "demo reports the sends it added:\n" + demo);

        Result json = app(Map.of(), "--db", db, "list", "--format", "json", "--limit", "1000");
        assertEquals(0, json.exitCode, "list --format json:\n" + json);
        JsonNode sends = new ObjectMapper().readTree(json.stdout);
        assertTrue(sends.isArray(), "list --format json prints an array:\n" + json);
        assertEquals(50, sends.size(), "the 50 demo sends:\n" + json);
        for (JsonNode send : sends) {
            assertFalse(send.path("id").asText().isBlank(), "every send has an id: " + send);
            assertFalse(send.path("status").asText().isBlank(), "every send has a status: " + send);
        }

        Result table = app(Map.of(), "--db", db, "list", "--limit", "100");
        assertEquals(0, table.exitCode, "list:\n" + table);
        for (JsonNode send : sends) {
            assertTrue(table.stdout.contains(send.path("id").asText()), "the table lists " + send.path("id") + ":\n" + table);
        }

        // The packaged app is the same program as `java -jar target/send-tracker.jar`.
        Result jar = javaJar("--db", db, "list", "--limit", "100");
        assertEquals(jar.exitCode, table.exitCode, "exit code of java -jar:\n" + jar);
        assertEquals(jar.stdout, table.stdout, "output of java -jar:\n" + jar);
    }

    @Test
    void packagedLauncherOpensATeamStore() throws Exception {
        // the runtime jlink made has what pgjdbc and HikariCP need (installer/build.sh, LIBRARY_MODULES)
        String db = sendtracker.store.TeamStoreServer.newUrl();
        Result demo = app(Map.of(), "--db", db, "demo", "--sends", "20", "--seed", "7");
        assertEquals(0, demo.exitCode, "demo on a team store:\n" + demo);
        Result json = app(Map.of(), "--db", db, "list", "--format", "json");
        assertEquals(0, json.exitCode, "list on a team store:\n" + json);
        assertEquals(20, new ObjectMapper().readTree(json.stdout).size(), json.toString());
    }

    @Test
    void exitCodesOfTheCommandsPassThroughTheLauncher() throws Exception {
        String db = "jdbc:h2:file:" + work.resolve("exit-codes/st");
        assertEquals(0, app(Map.of(), "--db", db, "demo", "--sends", "5").exitCode);

        Result notFound = app(Map.of(), "--db", db, "show", "NO-SUCH-SEND");
        assertEquals(5, notFound.exitCode, "show of an unknown send id:\n" + notFound);

        Result usage = app(Map.of(), "--db", db, "no-such-command");
        assertEquals(2, usage.exitCode, "unknown command:\n" + usage);
        assertFalse(usage.stderr.isBlank(), "an unknown command is explained on stderr");
        assertFalse(usage.stderr.contains("\tat "), "no stack trace for a usage error:\n" + usage);
    }

    @Test
    void defaultStoreIsInTheUsersDataFolderNotInTheInstallation() throws Exception {
        Path home = Files.createDirectories(work.resolve("home"));
        Path dataHome = Files.createDirectories(work.resolve("xdg-data"));

        Result users = app(Map.of("HOME", home.toString(), "XDG_DATA_HOME", dataHome.toString()),
                "users", "--format", "json");
        assertEquals(0, users.exitCode, "users on the default store:\n" + users);
        assertTrue(new ObjectMapper().readTree(users.stdout).size() > 0,
                "a new default store is filled with demo users:\n" + users);

        Path dataFolder = dataHome.resolve("send-tracker");
        try (Stream<Path> files = Files.list(dataFolder)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".mv.db")),
                    "the default H2 store is in " + dataFolder);
        }
        assertEquals(imageAsBuilt, filesUnder(image), "running the app wrote nothing into the installation");
    }

    private static Result javaJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", projectDir.resolve("target/send-tracker.jar").toString()));
        command.addAll(List.of(args));
        return run(Map.of(), COMMAND_MINUTES, command.toArray(String[]::new));
    }

    private static Result app(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        return run(env, COMMAND_MINUTES, command.toArray(String[]::new));
    }

    private static Result run(Map<String, String> env, long timeoutMinutes, String... command) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("SEND_TRACKER_DB"); // the tests name their store, or want the default
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutMinutes + " min");
        }
        return new Result(String.join(" ", command), process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Set<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(dir::relativize).collect(Collectors.toSet());
        }
    }

    private record Result(String command, int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "$ " + command + "\nexit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }
}
