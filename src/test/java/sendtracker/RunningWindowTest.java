package sendtracker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second launch on the same store finds the running window and asks it to the front. */
class RunningWindowTest {
    @TempDir
    Path dir;

    @Test
    void aSecondLaunchReachesTheRunningWindowAndNoneAfterItCloses() throws Exception {
        Path file = RunningWindow.portFile(dir, "jdbc:h2:file:/tmp/a");
        assertNotEquals(file, RunningWindow.portFile(dir, "jdbc:h2:file:/tmp/b"), "one file per store");
        assertFalse(RunningWindow.bringToFront(file), "no window yet");
        CountDownLatch front = new CountDownLatch(1);
        try (RunningWindow w = RunningWindow.listen(file, front::countDown).orElseThrow()) {
            assertTrue(RunningWindow.bringToFront(file));
            assertTrue(front.await(10, TimeUnit.SECONDS));
        }
        assertTrue(Files.notExists(file));
        Files.writeString(file, "1");
        assertFalse(RunningWindow.bringToFront(file), "a stale file is not a window");
    }
}
