package sendtracker;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import sendtracker.cli.Cli;
import sendtracker.store.Database;

/**
 * The jar's entry point. A plain class, because JavaFX on the class path refuses an
 * Application subclass as the main class: it runs a command when the first word is one,
 * and opens the window otherwise. Wrong window options (exit 2) and a machine that cannot
 * show a window (exit 1) are told in one line before JavaFX starts (docs/design.md §6).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli(Clock.systemUTC());
        if (args.length > 0 && startsCommand(cli, args)) {
            System.exit(cli.run(args, System.out, System.err));
        }
        int refused = windowRefusal(args, System.err, DesktopCheck::problemHere);
        if (refused != 0) {
            System.exit(refused);
        }
        relaunchThroughArchive(args);
        CdsRelaunch.endWithLauncher();
        try {
            App.launchWindow(WindowOptions.parse(args).toNamedArgs());
        } catch (WindowOptions.Refused e) {
            throw new IllegalStateException(e); // windowRefusal accepted these arguments
        } catch (RuntimeException | LinkageError e) {
            System.err.println(DesktopCheck.launchFailed(e));
            System.exit(1);
        }
    }

    /**
     * Starts the window in a second JVM that maps (or on its first start makes) the app's own AppCDS
     * archive, and exits with that JVM's code; returns when the window is to open in this JVM
     * instead (docs/decisions/0026-window-start-through-its-own-cds-archive.md).
     */
    private static void relaunchThroughArchive(String[] args) {
        CdsRelaunch.Plan plan;
        try {
            String classPath = System.getProperty("java.class.path");
            RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
            plan = CdsRelaunch.plan(ProcessHandle.current().info().command(), runtime.getInputArguments(),
                    System.getProperty(CdsRelaunch.RELAUNCH), classPath, Database.dataFolder().resolve("cds"),
                    CdsRelaunch.key(classPath, System.getProperty("java.home"), System.getProperty("java.vm.version")),
                    runtime.getStartTime(), args);
        } catch (RuntimeException e) {
            return;
        }
        if (plan != null) {
            CdsRelaunch.run(plan).ifPresent(System::exit);
        }
    }

    /**
     * 0 when the window may open; otherwise the exit code, after one line on {@code err}:
     * 2 for options the window does not know or an {@code --open} file that cannot be read, 1 when {@code desktopProblem} names something missing.
     */
    static int windowRefusal(String[] args, PrintStream err, Supplier<String> desktopProblem) {
        WindowOptions options;
        try {
            options = WindowOptions.parse(args);
        } catch (WindowOptions.Refused e) {
            err.println("send-tracker: " + e.getMessage() + ". " + WindowOptions.USAGE);
            return 2;
        }
        String unreadable = unreadableExport(options.open());
        if (unreadable != null) {
            err.println("send-tracker: " + unreadable);
            return 2;
        }
        String problem = desktopProblem.get();
        if (problem != null) {
            err.println(problem);
            return 1;
        }
        return 0;
    }

    /**
     * Why {@code --open FILE} cannot be read, or null when it can (or is not given): a missing
     * file is bad input, told before any window opens (docs/design.md §6, exit 2).
     */
    static String unreadableExport(String open) {
        if (open == null) {
            return null;
        }
        Path file = Path.of(open);
        if (!Files.exists(file)) {
            return "cannot open " + open + ": no such file";
        }
        if (Files.isDirectory(file)) {
            return "cannot open " + open + ": it is a folder, not an export file";
        }
        if (!Files.isReadable(file)) {
            return "cannot open " + open + ": the file is not readable";
        }
        return null;
    }

    /** True when the arguments name a command (after the global --db/--as options). */
    static boolean startsCommand(Cli cli, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db") || a.equals("--as")) {
                i++;
                continue;
            }
            if (a.startsWith("--db=") || a.startsWith("--as=") || a.startsWith("--user=") || a.startsWith("--open=")) {
                continue;
            }
            return !a.startsWith("--") || cli.isCommand(a);
        }
        return false;
    }
}
