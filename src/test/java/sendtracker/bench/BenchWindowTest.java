package sendtracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench reads the measured start's figure, not the training start's, from the window's one log. */
class BenchWindowTest {
    @TempDir
    Path dir;

    @Test
    void theSecondStartsFigureIsTheLineAfterTheFirst() throws Exception {
        Path log = dir.resolve("send-tracker.0.log");
        assertNull(BenchWindow.readFirstRows(log, 0));

        Files.writeString(log, "INFO: first rows shown 9000 ms after launch\nINFO: store open 20 ms after launch\n");
        assertEquals(9000L, BenchWindow.readFirstRows(log, 0));
        assertNull(BenchWindow.readFirstRows(log, 1));

        Files.writeString(log, "INFO: first rows shown 1700 ms after launch\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1700L, BenchWindow.readFirstRows(log, 1));
    }

    @Test
    void stoppingTheLauncherAlsoEndsAWindowJvmThatOutlivesIt() throws Exception {
        // a launcher (sh) whose child ignores the polite stop, as a window stuck in its shutdown would
        Process launcher = new ProcessBuilder("sh", "-c", "sh -c 'trap \"\" TERM; while :; do sleep 1; done' & wait")
                .start();
        ProcessHandle window = null;
        for (int i = 0; i < 100 && window == null; i++) {
            window = launcher.descendants().findFirst().orElse(null);
            Thread.sleep(50);
        }
        assertNotNull(window, "the launcher started its child");
        BenchWindow.stop(launcher, 2);
        assertFalse(launcher.isAlive());
        window.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertFalse(window.isAlive(), "the child is ended too, not left behind");
    }
}
