package sendtracker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import sendtracker.domain.Texts;

/**
 * What the window needs from the machine before JavaFX starts, so a missing display or GTK 3
 * is one plain sentence instead of the toolkit's stack trace. Linux only: JavaFX draws
 * through GTK 3 on an X11 display there (XWayland on a Wayland desktop), named by DISPLAY.
 */
public final class DesktopCheck {
    /** Where distributions put libgtk-3.so.0 (Debian/Ubuntu multiarch, Fedora/Arch, Alpine). */
    static final List<String> LIBRARY_FOLDERS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib64", "/lib");
    static final String GTK = "libgtk-3.so.0";

    private DesktopCheck() {
    }

    /** Null when the window can start, else the one message that says what is missing. */
    public static String problem(String osName, Map<String, String> env, Predicate<String> libraryExists) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        if (isBlank(env.get("DISPLAY"))) {
            return Texts.get("launch.noDisplay");
        }
        boolean gtk = LIBRARY_FOLDERS.stream().anyMatch(folder -> libraryExists.test(folder + "/" + GTK));
        return gtk ? null : Texts.get("launch.noGtk");
    }

    /** The check on this machine. */
    public static String problemHere() {
        return problem(System.getProperty("os.name", ""), System.getenv(), p -> Files.exists(Path.of(p)));
    }

    /** The toolkit failed anyway (a library GTK needs, a display that refuses): the cause in one line. */
    public static String launchFailed(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return Texts.get("launch.failed", why);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
