package sendtracker.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import sendtracker.bench.BenchExchange;
import sendtracker.service.Backend;
import sendtracker.store.StoreException;
import sendtracker.store.StoreLockedException;

/**
 * {@code send-tracker [--db URL] [--as EMAIL] COMMAND …}: runs one command without a window
 * and returns its exit code. Every failure becomes one line on stderr and a documented code.
 */
public final class Cli {
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Clock clock;

    public Cli(Clock clock) {
        this.clock = clock;
        for (Command c : List.of(new DemoCommand(), new ImportCommand(), new ExportCommand(), new ListCommand(),
                new ShowCommand(), new CancelCommand(), new UsersCommand(), new BenchCommand(new BenchExchange(clock)))) {
            commands.put(c.name(), c);
        }
    }

    /** The words that start a command; anything else on the command line means the window. */
    public boolean isCommand(String word) {
        return commands.containsKey(word) || "help".equals(word) || "--help".equals(word);
    }

    public int run(String[] argv, PrintStream out, PrintStream err) {
        String db = null;
        String as = null;
        List<String> rest = new ArrayList<>();
        String commandName = null;
        try {
            // --db and --as belong before the command, but a user who writes them after it means the same.
            for (int i = 0; i < argv.length; i++) {
                String w = argv[i];
                if (w.equals("--db") || w.equals("--as")) {
                    if (i + 1 >= argv.length) {
                        throw new UsageException(w + " needs a value");
                    }
                    String v = argv[++i];
                    if (w.equals("--db")) {
                        db = v;
                    } else {
                        as = v;
                    }
                } else if (w.startsWith("--db=") || w.startsWith("--as=")) {
                    if (w.startsWith("--db=")) {
                        db = w.substring(5);
                    } else {
                        as = w.substring(5);
                    }
                } else if (commandName == null) {
                    if (w.equals("help") || w.equals("--help") || w.equals("-h")) {
                        out.print(help());
                        return ExitCode.OK;
                    }
                    if (w.startsWith("-")) {
                        throw new UsageException("Unknown option " + w + ". Run 'send-tracker help'.");
                    }
                    commandName = w;
                } else {
                    rest.add(w);
                }
            }
            if (commandName == null) {
                throw new UsageException("No command given. Run 'send-tracker help' for the commands.");
            }
            Command command = commands.get(commandName);
            if (command == null) {
                throw new UsageException("Unknown command '" + commandName + "'. Commands: "
                        + String.join(", ", commands.keySet()) + ".");
            }
            String named = db;
            try (CliContext ctx = new CliContext(() -> Backend.open(named, clock), as, out, err)) {
                return command.run(rest, ctx);
            }
        } catch (UsageException e) {
            err.println("send-tracker: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (StoreLockedException e) {
            err.println("send-tracker: " + e.getMessage());
            return ExitCode.CONFLICT;
        } catch (sendtracker.store.StoreUnavailableException e) {
            err.println("send-tracker: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (StoreException e) {
            err.println("send-tracker: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            err.println("send-tracker: unexpected failure: " + e);
            return ExitCode.FAILURE;
        }
    }

    /** Adds a command (import, export, bench come from their own packages' owners). */
    public void register(Command command) {
        commands.put(command.name(), command);
    }

    String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("Send Tracker: track, filter and cancel gift sends.\n\n");
        sb.append("Usage: send-tracker [--db JDBC_URL] [--as EMAIL] COMMAND ...\n");
        sb.append("       (no command: opens the window)\n\nCommands:\n");
        for (Command c : commands.values()) {
            sb.append(String.format("  %-8s %s%n", c.name(), c.usage()));
        }
        sb.append("\nFILTERS: --status S (repeatable; code, name or alias), --type T, --search TEXT,\n");
        sb.append("         --sender EMAIL, --team NAME, --from DATE, --to DATE,\n");
        sb.append("         --test-mode only|exclude|include, --attention\n");
        sb.append("\nWithout --db the store is ").append(Backend.defaultUrl()).append(" (or $")
                .append(Backend.ENV_DB).append(").\n--as picks the acting user (default: the store's first Admin).\n");
        sb.append("\nExit codes: 0 done, 1 unexpected failure, 2 usage or bad argument, 3 import had rejected rows,\n");
        sb.append("            4 cancel refused by policy, 5 send not found or not visible, 6 conflict or store locked.\n");
        return sb.toString();
    }
}
