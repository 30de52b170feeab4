package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.ChangeWatcher;
import sendtracker.service.TestStores;

/**
 * The local store open in a window (another process, here one that opens it as the window does)
 * and the command line at the same time (docs/decisions/0013-local-store-shared-by-window-and-cli.md):
 * list, show, export and cancel work from the terminal, and the window hears the cancel by itself.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StoreSharedWithWindowTest {
    @TempDir
    Path dir;
    private String out;
    private String err;

    @Test
    void theCommandLineWorksWhileTheWindowHasTheStoreOpenAndTheWindowSeesItsCancel() throws Exception {
        String url = TestStores.url(dir);
        try (Backend b = TestStores.demo(dir, 200)) {
            b.store().sendCount();
        }
        Process window = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                System.getProperty("java.class.path"), WindowLike.class.getName(), url)
                .redirectError(dir.resolve("window.err").toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(window.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("READ FAILED " + e);
            }
        }, "window-output");
        reader.setDaemon(true);
        reader.start();
        try {
            assertEquals("WATCHING", lines.poll(60, TimeUnit.SECONDS), () -> "window did not open the store: "
                    + read(dir.resolve("window.err")));
            assertEquals(0, run(url, "list"), err);
            Send target;
            User admin;
            try (Backend client = Backend.open(url, TestStores.CLOCK, false)) {
                admin = client.sends().defaultUser();
                target = client.sends().page(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 200).rows().stream()
                        .filter(s -> client.sends().preview(admin, s).outcome() == CancelOutcome.CANCELED)
                        .findFirst().orElseThrow();
            }
            assertEquals(0, run(url, "show", target.id()), err);
            assertTrue(out.contains(target.id()), out);
            assertEquals(0, run(url, "export", dir.resolve("while-open.csv").toString()), err);
            assertTrue(Files.size(dir.resolve("while-open.csv")) > 0);
            assertEquals(0, run(url, "--as", admin.email(), "cancel", target.id()), err);

            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            boolean heard = false;
            while (!heard && System.nanoTime() < end) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                heard = line != null && line.equals("CHANGED " + target.id());
            }
            assertTrue(heard, "the window heard the terminal's cancel");
        } finally {
            window.getOutputStream().close();
            if (!window.waitFor(30, TimeUnit.SECONDS)) {
                window.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private int run(String url, String... words) {
        List<String> argv = new ArrayList<>(List.of("--db", url));
        argv.addAll(List.of(words));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(TestStores.CLOCK).run(argv.toArray(new String[0]),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Opens the store as the window does (index and change watcher) and prints each change it hears. */
    public static final class WindowLike {
        public static void main(String[] args) throws Exception {
            try (Backend window = Backend.open(args[0], TestStores.CLOCK, false, true)) {
                ChangeWatcher watcher = window.changes().orElseThrow();
                watcher.onChanged(ids -> ids.forEach(id -> {
                    System.out.println("CHANGED " + id);
                    System.out.flush();
                }));
                watcher.start();
                System.out.println("WATCHING");
                System.out.flush();
                while (System.in.read() != -1) {
                    // until the test closes our standard input
                }
            }
        }
    }
}
