package sendtracker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's options and the checks made before JavaFX starts; no toolkit needed. */
class LauncherTest {

    @Test
    void everyOptionIsReadWithASpaceOrAnEqualsSign() throws Exception {
        assertEquals(new WindowOptions("jdbc:h2:file:/tmp/a", "sam@acme.test", "x.csv"),
                WindowOptions.parse(new String[] {"--db", "jdbc:h2:file:/tmp/a", "--user", "sam@acme.test", "--open", "x.csv"}));
        assertEquals(new WindowOptions("jdbc:h2:file:/tmp/a", "sam@acme.test", "x.csv"),
                WindowOptions.parse(new String[] {"--db=jdbc:h2:file:/tmp/a", "--as=sam@acme.test", "--open=x.csv"}));
        assertEquals(new WindowOptions(null, "sue@acme.test", null),
                WindowOptions.parse(new String[] {"--as", "sue@acme.test"}));
        assertEquals(new WindowOptions(null, null, null), WindowOptions.parse(new String[0]));
    }

    @Test
    void theWindowGetsTheOptionsAsJavaFxReadsThem() throws Exception {
        assertArrayEquals(new String[] {"--db=jdbc:h2:mem:x", "--user=sam@acme.test"},
                WindowOptions.parse(new String[] {"--as", "sam@acme.test", "--db", "jdbc:h2:mem:x"}).toNamedArgs());
    }

    @Test
    void unknownOptionsAndMissingValuesAreRefused() {
        assertThrows(WindowOptions.Refused.class, () -> WindowOptions.parse(new String[] {"--frobnicate"}));
        assertThrows(WindowOptions.Refused.class, () -> WindowOptions.parse(new String[] {"--db"}));
        assertThrows(WindowOptions.Refused.class, () -> WindowOptions.parse(new String[] {"--db="}));
        assertThrows(WindowOptions.Refused.class, () -> WindowOptions.parse(new String[] {"--user", "--db", "x"}));
        assertThrows(WindowOptions.Refused.class, () -> WindowOptions.parse(new String[] {"--dbx=1"}));
    }

    @Test
    void anUnknownOptionIsExit2WithOneUsageLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.windowRefusal(new String[] {"--db=jdbc:h2:mem:x", "--verbose"},
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> null);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code);
        assertEquals(1, text.strip().lines().count(), text);
        assertTrue(text.contains("--verbose") && text.contains("usage: send-tracker"), text);
    }

    @Test
    void aMachineWithoutDisplayIsExit1WithTheMessage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.windowRefusal(new String[] {"--db", "jdbc:h2:mem:x"},
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> "no display");
        assertEquals(1, code);
        assertEquals("no display", err.toString(StandardCharsets.UTF_8).strip());
        assertEquals(0, Launcher.windowRefusal(new String[] {"--as=a@b"}, new PrintStream(new ByteArrayOutputStream()),
                () -> null));
    }

    @Test
    void withoutDisplayTheMessageSaysSoAndSuggestsACommand() {
        String text = DesktopCheck.problem("Linux", Map.of(), p -> true);
        assertTrue(text.contains("DISPLAY") && text.contains("send-tracker list"), text);
        assertEquals(1, text.lines().count());
    }

    @Test
    void withoutGtkTheMessageNamesThePackage() {
        String text = DesktopCheck.problem("Linux", Map.of("DISPLAY", ":0"), p -> false);
        assertTrue(text.contains("libgtk-3-0") && text.contains("libgtk-3.so.0"), text);
        assertNull(DesktopCheck.problem("Linux", Map.of("DISPLAY", ":0"),
                p -> p.equals("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0")));
        assertNull(DesktopCheck.problem("Windows 11", Map.of(), p -> false), "only Linux needs DISPLAY and GTK");
    }

    @Test
    void aToolkitFailureIsOneLineWithItsRootCause() {
        String text = DesktopCheck.launchFailed(new RuntimeException("Application launch error",
                new IllegalStateException("no suitable pipeline found")));
        assertTrue(text.contains("no suitable pipeline found"), text);
        assertEquals(1, text.lines().count());
    }

    @Test
    void aMissingOpenFileIsExit2WithOneLineBeforeAnyWindow(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String missing = dir.resolve("nope.json").toString();
        int code = Launcher.windowRefusal(new String[] {"--open", missing},
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> null);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code);
        assertEquals(1, text.strip().lines().count(), text);
        assertTrue(text.contains(missing) && text.contains("no such file"), text);
    }

    @Test
    void aFolderGivenToOpenIsRefusedAndAnExistingFileIsLetThrough(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Launcher.windowRefusal(new String[] {"--open=" + dir}, new PrintStream(err, true,
                StandardCharsets.UTF_8), () -> null));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("folder"));
        Path file = Files.writeString(dir.resolve("sends.csv"), "Send ID\n");
        assertEquals(0, Launcher.windowRefusal(new String[] {"--open", file.toString()},
                new PrintStream(new ByteArrayOutputStream()), () -> null));
    }
}
