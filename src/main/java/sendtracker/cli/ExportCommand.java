package sendtracker.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.exchange.SendFormat;
import sendtracker.service.ExportService;

/**
 * {@code export FILE [--format csv|json] [FILTERS]}: what the acting user may see and the filters
 * select. Without --format, a {@code .json} name means JSON and anything else CSV.
 */
public final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "FILE [--format csv|json] [FILTERS]";
    }

    @Override
    public int run(List<String> words, CliContext ctx) {
        Set<String> withValue = new HashSet<>(FilterOptions.WITH_VALUE);
        withValue.add("format");
        Args a = Args.parse(name(), words, withValue, FilterOptions.FLAGS);
        if (a.positionals().size() != 1) {
            throw new UsageException("export needs exactly one FILE to write");
        }
        Path file = Path.of(a.positionals().get(0));
        String named = a.format(null, "csv", "json");
        SendFormat format = named == null ? SendFormat.forFileName(file) : SendFormat.parse(named).orElseThrow();
        SendFilter filter = FilterOptions.from(a);
        ListCommand.checkSender(ctx, filter);
        try {
            ExportService.Report r = new ExportService(ctx.backend().sends()).export(file, format, ctx.actor(), filter,
                    SendSort.NEWEST_FIRST, ExportService.Progress.NONE, () -> false);
            ctx.out().printf("Exported %,d sends (%,d bytes, %s) to %s%n", r.rows(), r.bytes(),
                    format.name(), r.file());
            return ExitCode.OK;
        } catch (ExportService.ExportFailedException e) {
            ctx.err().println("send-tracker: " + e.getMessage());
            return e.getCause() instanceof java.io.IOException ? ExitCode.USAGE : ExitCode.FAILURE;
        }
    }
}
