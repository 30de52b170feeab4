package sendtracker.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real window started in a child JVM on the bench's store, headless, and its own log line
 * {@code first rows shown N ms after launch} read back (docs/design.md, "Performance targets").
 * Headless means Monocle (a test library, so found in the local Maven repository or named by
 * {@code -Dsendtracker.monocle.jar}, never on the app's class path), else {@code xvfb-run}.
 */
final class BenchWindow {
    static final Pattern FIRST_ROWS = Pattern.compile("first rows shown (\\d+) ms after launch");
    private static final long WAIT_MS = 180_000;
    /** Seconds a stopped window may take to exit: the first start writes its AppCDS archive (≈ 5 s at load 3). */
    private static final long STOP_WAIT_S = 90;

    private BenchWindow() {
    }

    /** The window's figure, or a reason why there is none. */
    record Outcome(Long firstRowsMs, String why) {
    }

    static Outcome firstRowsMs(String url, Path dir) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Path data = dir.resolve("window-data");
        List<String> cmd = new ArrayList<>();
        Path monocle = monocleJar();
        String classPath = System.getProperty("java.class.path");
        if (monocle != null) {
            cmd.addAll(List.of(java, "-Xmx512m", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "-cp", classPath + File.pathSeparator + monocle));
        } else if (onPath("xvfb-run")) {
            cmd.addAll(List.of("xvfb-run", "-a", java, "-Xmx512m", "-cp", classPath));
        } else {
            return new Outcome(null, "no headless display: neither the openjfx-monocle jar (-Dsendtracker.monocle.jar)"
                    + " nor xvfb-run was found");
        }
        cmd.addAll(List.of("sendtracker.Launcher", "--db=" + url));
        // The launcher starts the window through the app's own AppCDS archive, made on the first start
        // (docs/decisions/0026-window-start-through-its-own-cds-archive.md); a user's every later start
        // has it, so a training start makes it and the second start is the figure.
        Outcome training = start(cmd, data, dir.resolve("window-training.out"), 0);
        if (training.firstRowsMs() == null) {
            return training;
        }
        return start(cmd, data, dir.resolve("window.out"), 1);
    }

    /** One start of the window; its figure is the log's first-rows line after the {@code earlier} ones. */
    private static Outcome start(List<String> cmd, Path data, Path out, int earlier) {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        Map<String, String> env = pb.environment();
        env.put("XDG_DATA_HOME", data.toAbsolutePath().toString()); // its log goes to <data>/send-tracker/logs
        if (env.getOrDefault("DISPLAY", "").isBlank()) {
            env.put("DISPLAY", ":0"); // Monocle draws nowhere; the launcher's desktop check wants a name (an empty one too)
        }
        Process p = null;
        try {
            p = pb.start();
            Path log = data.resolve("send-tracker").resolve("logs").resolve("send-tracker.0.log");
            long until = System.currentTimeMillis() + WAIT_MS;
            while (System.currentTimeMillis() < until && p.isAlive()) {
                Long ms = readFirstRows(log, earlier);
                if (ms != null) {
                    return new Outcome(ms, null);
                }
                Thread.sleep(100);
            }
            Long ms = readFirstRows(log, earlier);
            return ms != null ? new Outcome(ms, null)
                    : new Outcome(null, "the window logged no first rows (see its output: " + tail(out) + ")");
        } catch (IOException e) {
            return new Outcome(null, "could not start the window: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        } finally {
            if (p != null) {
                stop(p, STOP_WAIT_S);
            }
        }
    }

    /**
     * Ends the launcher and the window JVM it started: the launcher ends its window, which writes
     * its archive as it exits; one still running after that is ended too, before the bench deletes
     * the store under it (a window left behind once spun a core for 48 minutes in H2's close of a
     * deleted store).
     */
    static void stop(Process launcher, long waitSeconds) {
        List<ProcessHandle> started = launcher.descendants().toList();
        launcher.destroy();
        try {
            if (!launcher.waitFor(waitSeconds, TimeUnit.SECONDS)) {
                launcher.destroyForcibly().waitFor();
            }
            for (ProcessHandle h : started) {
                try {
                    h.onExit().get(waitSeconds, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                    h.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The figure of the first-rows line after {@code earlier} others, or null when there is none yet. */
    static Long readFirstRows(Path log, int earlier) throws IOException {
        if (!Files.exists(log)) {
            return null;
        }
        Matcher m = FIRST_ROWS.matcher(Files.readString(log, StandardCharsets.UTF_8));
        for (int i = 0; i < earlier; i++) {
            if (!m.find()) {
                return null;
            }
        }
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private static String tail(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.length() > 300 ? s.substring(s.length() - 300) : s;
        } catch (IOException e) {
            return "none";
        }
    }

    /** -Dsendtracker.monocle.jar, else the newest openjfx-monocle in the local Maven repository. */
    static Path monocleJar() {
        String named = System.getProperty("sendtracker.monocle.jar");
        if (named != null && Files.isRegularFile(Paths.get(named))) {
            return Paths.get(named);
        }
        Path repo = Paths.get(System.getProperty("user.home"), ".m2", "repository", "org", "testfx", "openjfx-monocle");
        if (!Files.isDirectory(repo)) {
            return null;
        }
        try (Stream<Path> jars = Files.walk(repo, 2)) {
            return jars.filter(f -> f.getFileName().toString().matches("openjfx-monocle-[\\d.]+\\.jar"))
                    .max(Path::compareTo).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Paths.get(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
