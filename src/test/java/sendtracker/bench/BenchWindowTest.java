package sendtracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
