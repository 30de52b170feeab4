package sendtracker.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What every command word shares: its {@code --help}, and the context the top command opened
 * from {@code --db} and {@code --as}. A command returns its exit code ({@link ExitCode}); a wrong
 * argument is a {@link UsageException}.
 */
abstract class SubCommand implements Callable<Integer> {
    @ParentCommand
    private SendTrackerCommand top;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    protected final CliContext ctx() {
        return top.context();
    }
}
