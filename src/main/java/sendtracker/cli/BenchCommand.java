package sendtracker.cli;

import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

import sendtracker.bench.BenchService;

/**
 * {@code bench [--sends N]}: performance figures as one JSON object on stdout, progress on
 * stderr. Works on its own temporary stores: {@code --db} is not touched.
 */
public final class BenchCommand implements Command {
    private final BenchService.CsvExchange exchange;

    /** @param exchange our CSV export and import, or null while they are not available */
    public BenchCommand(BenchService.CsvExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "[--sends N]                  performance figures, JSON on stdout";
    }

    @Override
    public int run(List<String> words, CliContext ctx) {
        Args a = Args.parse(name(), words, Set.of("sends"), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new UsageException("bench takes no file or word: '" + a.positionals().get(0) + "'");
        }
        int sends = a.intValue("sends", BenchService.DEFAULT_SENDS, 1, 20_000_000);
        BenchService bench = new BenchService(exchange, Paths.get(System.getProperty("java.io.tmpdir")), ctx.err(),
                true);
        ctx.out().println(bench.run(sends).toJson());
        return ExitCode.OK;
    }
}
