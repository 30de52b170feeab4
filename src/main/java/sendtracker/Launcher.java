package sendtracker;

import java.time.Clock;

import sendtracker.cli.Cli;

/**
 * The jar's entry point. A plain class, because JavaFX on the class path refuses an
 * Application subclass as the main class: it runs a command when the first word is one,
 * and opens the window otherwise.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli(Clock.systemUTC());
        if (args.length > 0 && startsCommand(cli, args)) {
            System.exit(cli.run(args, System.out, System.err));
        }
        App.launchWindow(args);
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
