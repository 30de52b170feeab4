package sendtracker.cli;

import java.nio.file.Paths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import sendtracker.bench.BenchExchange;
import sendtracker.bench.BenchService;
import sendtracker.bench.TeamBench;
import sendtracker.service.Backend;

/**
 * {@code bench [--sends N]}: performance figures as one JSON object on stdout, progress on
 * stderr. Works on its own temporary stores: a local {@code --db} is not touched. On a team store
 * ({@code --db jdbc:postgresql://…}, an empty database) it measures that store (docs/design.md, "Team store").
 */
@Command(name = "bench", description = "Measure the performance figures on a generated store; JSON on stdout.")
final class BenchCommand extends SubCommand {
    @Option(names = "--sends", paramLabel = "N", defaultValue = "" + BenchService.DEFAULT_SENDS,
            description = "How many sends to generate (default: ${DEFAULT-VALUE}).")
    private int sends;

    @Override
    public Integer call() {
        int count = WholeNumbers.between("--sends", sends, 1, 20_000_000);
        CliContext ctx = ctx();
        if (Backend.isTeamStore(ctx.storeUrl())) {
            try {
                TeamBench team = new TeamBench(new BenchExchange(ctx.clock()),
                        Paths.get(System.getProperty("java.io.tmpdir")), ctx.err());
                ctx.out().println(team.run(ctx.storeUrl(), count).toJson());
                return ExitCode.OK;
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        BenchService bench = new BenchService(ctx.clock(), new BenchExchange(ctx.clock()),
                Paths.get(System.getProperty("java.io.tmpdir")), ctx.err(), true);
        ctx.out().println(bench.run(count).toJson());
        return ExitCode.OK;
    }
}
