package sendtracker.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo [--sends N] [--seed S]}: adds generated sends and their users and teams. */
@Command(name = "demo", description = "Add N generated sends (and their users and teams).")
final class DemoCommand extends SubCommand {
    @Option(names = "--sends", paramLabel = "N", defaultValue = "1000",
            description = "How many sends to add (default: ${DEFAULT-VALUE}).")
    private int sends;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "The same seed makes the same sends (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        int count = WholeNumbers.between("--sends", sends, 0, 50_000_000);
        CliContext ctx = ctx();
        ctx.bulkWriter("demo");
        long t0 = System.nanoTime();
        long added = ctx.backend().demo().generate(count, seed, n -> { });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        ctx.out().printf("Added %s in %,d ms; the store now holds %s.%n",
                Counts.of(added, Counts.Noun.DEMO_SEND), ms,
                Counts.of(ctx.backend().sends().totalSends(), Counts.Noun.SEND));
        return ExitCode.OK;
    }
}
