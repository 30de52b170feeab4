package sendtracker.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code send-tracker [--db URL] [--as EMAIL] COMMAND}: the global options and the list of
 * commands. A new command is its own small class and one entry in {@code subcommands}.
 */
@Command(name = "send-tracker",
        description = {"Send Tracker: track, filter and cancel gift sends.", "Without a command it opens the window."},
        synopsisSubcommandLabel = "COMMAND",
        // in the order of the usage in docs/design.md ("Command line"): help lists them in this order
        subcommands = {DemoCommand.class, ImportCommand.class, ExportCommand.class, ListCommand.class,
            ShowCommand.class, CancelCommand.class, CompareCommand.class, RequestCommand.class, RequestsCommand.class,
            ResolveCommand.class, WithdrawCommand.class, UsersCommand.class, BackupCommand.class,
            RestoreCommand.class, TeamCommand.class, BenchCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:unexpected failure", "2:usage or bad argument", "3:import had rejected rows",
            "4:cancel (or request step) refused", "5:send or request not found or not visible", "6:conflict or store locked"})
final class SendTrackerCommand implements Callable<Integer> {
    // INHERIT: a user who writes --db or --as after the command word means the same.
    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "The store (default: $SEND_TRACKER_DB, else a file in the user's data folder).")
    private String db;

    @Option(names = "--as", paramLabel = "EMAIL", scope = ScopeType.INHERIT,
            description = "The acting user (default: the store's first Admin).")
    private String as;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;
    private CliContext context;

    SendTrackerCommand(Clock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** Opened by the first command that asks, once the options are parsed. */
    CliContext context() {
        if (context == null) {
            context = new CliContext(clock, db, as, out, err);
        }
        return context;
    }

    /** Only global options and no command word. */
    @Override
    public Integer call() {
        throw new UsageException("No command given. Run 'send-tracker help' for the commands.");
    }

    void close() {
        if (context != null) {
            context.close();
        }
    }
}
