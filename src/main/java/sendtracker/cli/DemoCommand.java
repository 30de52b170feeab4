package sendtracker.cli;

import java.util.List;
import java.util.Set;

/** {@code demo [--sends N] [--seed S]}: adds generated sends and their users and teams. */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "[--sends N] [--seed S]        add N generated sends (and their users/teams)";
    }

    @Override
    public int run(List<String> words, CliContext ctx) {
        Args a = Args.parse(name(), words, Set.of("sends", "seed"), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new UsageException("demo takes no file or word: '" + a.positionals().get(0) + "'");
        }
        int sends = a.intValue("sends", 1000, 0, 50_000_000);
        long seed = a.longValue("seed", 42L);
        long t0 = System.nanoTime();
        long added = ctx.backend().demo().generate(sends, seed, n -> { });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        ctx.out().printf("Added %,d demo sends in %,d ms; the store now holds %,d sends.%n", added, ms,
                ctx.backend().sends().totalSends());
        return ExitCode.OK;
    }
}
