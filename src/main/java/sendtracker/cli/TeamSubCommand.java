package sendtracker.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import sendtracker.service.TeamService;

/** What {@code team init} and {@code team add-user} share: the parent, and usage errors worded for the CLI. */
abstract class TeamSubCommand implements Callable<Integer> {
    @ParentCommand
    private TeamCommand parent;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    abstract Integer run(TeamService team, CliContext ctx) throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            return run(parent.team(), parent.context());
        } catch (TeamService.TeamUsageException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
