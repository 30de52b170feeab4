package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.service.TestStores;

/**
 * The local store is shared by the running copies of the app (H2 mixed mode,
 * docs/decisions/0013-local-store-shared-by-window-and-cli.md); it is "locked" only when held by
 * a process that does not share it, and a restore is refused while any other copy has it open.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LocalStoreLockTest {
    @TempDir
    Path dir;

    @Test
    void aStoreOpenInAnotherCopyIsSharedWithIt() throws Exception {
        String url = TestStores.url(dir);
        try (Database first = Database.open(url)) {
            new JdbcSendStore(first).upsert(List.of(StoreTest.send("SHARED-1", sendtracker.domain.SendStatus.SHIPPED, TestStores.CLOCK.instant())));
            String out = probe(url);
            assertTrue(out.startsWith("OPENED 1"), out);
        }
    }

    @Test
    void aStoreHeldByAProcessThatDoesNotShareItIsReportedAsLocked() throws Exception {
        String url = TestStores.url(dir);
        try (Database made = Database.open(url)) {
            made.isNew();
        }
        // held as an older copy of the app (or a database tool) holds it: embedded, not served
        try (Connection holder = DriverManager.getConnection(url, "sa", "")) {
            holder.isValid(1);
            String out = probe(url);
            assertTrue(out.startsWith("LOCKED"), out);
            assertTrue(out.contains("in use by another"), out);
        }
    }

    @Test
    void aRestoreIsRefusedWhileAnotherCopyHasTheStoreOpen() throws Exception {
        String url = TestStores.url(dir);
        Path zip = dir.resolve("backup.zip");
        try (Database db = Database.open(url)) {
            new JdbcSendStore(db).upsert(List.of(StoreTest.send("KEPT-1", sendtracker.domain.SendStatus.SHIPPED, TestStores.CLOCK.instant())));
            StoreFiles.backup(db.dataSource(), zip);
        }
        Process holder = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                System.getProperty("java.class.path"), Holder.class.getName(), url).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("HOLDING", lines.readLine());
            Path base = StoreFiles.basePath(url).orElseThrow();
            Path replaced = dir.resolve("old").resolve("store-before-restore.mv.db.old");
            StoreLockedException e = assertThrows(StoreLockedException.class,
                    () -> StoreFiles.restore(zip, base, replaced));
            assertTrue(e.getMessage().contains("in use by another"), e.getMessage());
            assertTrue(Files.notExists(replaced));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    private static String probe(String url) throws Exception {
        // stderr merged into stdout: one stream to drain, so a full pipe cannot stall the probe
        Process p = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                System.getProperty("java.class.path"), LockProbe.class.getName(), url).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    /** Opens a store in a second JVM and says how it went (and how many sends it sees). */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (Database db = Database.open(args[0])) {
                System.out.println("OPENED " + new JdbcSendStore(db).sendCount());
            } catch (StoreLockedException e) {
                System.out.println("LOCKED " + e.getMessage());
            }
        }
    }

    /** Keeps a store open as the app does, until its standard input closes. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (Database db = Database.open(args[0])) {
                db.isNew();
                System.out.println("HOLDING");
                System.out.flush();
                while (System.in.read() != -1) {
                    // wait until the test closes our standard input
                }
            }
        }
    }
}
