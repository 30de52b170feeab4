package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.service.TestStores;

/** Only the local store is held by one running copy (a team store's server is shared by design). */
class LocalStoreLockTest {
    @TempDir
    Path dir;

    @Test
    void aStoreOpenInAnotherCopyIsReportedAsLocked() {
        String url = TestStores.url(dir);
        try (Database first = Database.open(url)) {
            assertNotNull(first);
            StoreException e = assertThrows(StoreLockedException.class, () -> {
                // Its error stream goes to a file and it prints one line, so waiting first cannot fill a pipe.
                Path errors = dir.resolve("probe.err");
                Process p = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                        System.getProperty("java.class.path"), LockProbe.class.getName(), url)
                        .redirectError(errors.toFile()).start();
                if (!p.waitFor(90, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new AssertionError("the second process did not end within 90 s");
                }
                String out = new String(p.getInputStream().readAllBytes());
                if (out.contains("LOCKED")) {
                    throw new StoreLockedException(out, null);
                }
                throw new AssertionError("second process opened the store: " + out + Files.readString(errors));
            });
            assertTrue(e.getMessage().contains("in use by another"), e.getMessage());
        }
    }

    /** Opens a store in a second JVM and says how it went. */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (Database db = Database.open(args[0])) {
                System.out.println("OPENED " + db.url());
            } catch (StoreLockedException e) {
                System.out.println("LOCKED " + e.getMessage());
            }
        }
    }
}
