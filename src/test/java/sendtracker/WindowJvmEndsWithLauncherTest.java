package sendtracker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The window's second JVM ends when the first one is killed with SIGKILL, so no window outlives the
 * process that started it (docs/decisions/0026-window-start-through-its-own-cds-archive.md). The
 * first JVM is played by a shell that starts the second and waits; the second calls
 * {@link CdsRelaunch#endWithLauncher()} as the launcher does, then sleeps far longer than the test.
 */
class WindowJvmEndsWithLauncherTest {

    /** The window JVM's stand-in: what the launcher does before the window, then nothing for five minutes. */
    public static final class SleepingWindow {
        public static void main(String[] args) throws InterruptedException {
            CdsRelaunch.endWithLauncher();
            System.out.println("watching " + ProcessHandle.current().pid());
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    private static Process firstJvm(boolean launchedAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String child = String.join(" ", List.of(quote(java), "-Xmx64m", "-XX:TieredStopAtLevel=1",
                launchedAt ? "-D" + CdsRelaunch.LAUNCHED_AT + "=1" : "-Dx=1",
                "-cp", quote(System.getProperty("java.class.path")), quote(SleepingWindow.class.getName())));
        return new ProcessBuilder("sh", "-c", child + " & wait").redirectErrorStream(true).start();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static ProcessHandle secondJvm(Process first) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null && line.startsWith("watching "), "the second JVM said: " + line);
        Optional<ProcessHandle> second = ProcessHandle.of(Long.parseLong(line.substring("watching ".length()).trim()));
        assertTrue(second.isPresent(), "the second JVM is running");
        return second.get();
    }

    @Test
    void theSecondJvmEndsWhenTheFirstIsKilled() throws Exception {
        Process first = firstJvm(true);
        ProcessHandle second = secondJvm(first);

        try {
            first.destroyForcibly(); // SIGKILL: no shutdown hook of the first one runs
            first.waitFor(30, TimeUnit.SECONDS);

            // a liveness bound, not a speed figure: without the watch the second JVM sleeps five minutes
            second.onExit().get(60, TimeUnit.SECONDS);
            assertFalse(second.isAlive());
        } finally {
            second.destroyForcibly();
        }
    }

    @Test
    void aJvmTheLauncherDidNotStartDoesNotWatchItsParent() throws Exception {
        Process first = firstJvm(false);
        ProcessHandle second = secondJvm(first);
        try {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
            // the same wait as above: long enough for the watch to have fired had it been set
            Thread.sleep(3_000);
            assertTrue(second.isAlive(), "only the launcher's own second JVM follows its parent");
        } finally {
            second.destroyForcibly();
        }
    }
}
