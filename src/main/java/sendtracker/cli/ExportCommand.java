package sendtracker.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.exchange.SendFormat;
import sendtracker.service.ExportService;

/**
 * {@code export FILE [--format csv|json] [FILTERS]}: what the acting user may see and the filters
 * select. Without --format, a {@code .json} name means JSON and anything else CSV.
 */
@Command(name = "export", description = "Write the sends you may see, filtered, to a CSV or JSON file.")
final class ExportCommand extends SubCommand {
    @Parameters(paramLabel = "FILE", description = "The file to write.")
    private String file;

    @Option(names = "--format", paramLabel = "csv|json",
            description = "The file's format (default: json for a .json name, csv otherwise).")
    private SendFormat named;

    @Mixin
    private FilterOptions filters;

    @Override
    public Integer call() {
        Path target = Path.of(file);
        SendFormat format = named == null ? SendFormat.forFileName(target) : named;
        SendFilter filter = filters.toFilter();
        CliContext ctx = ctx();
        KnownNames.check(ctx.backend().sends(), filter);
        try {
            ExportService.Report r = new ExportService(ctx.backend().sends()).export(target, format, ctx.actor(),
                    filter, SendSort.NEWEST_FIRST, ExportService.Progress.NONE, () -> false);
            ctx.out().printf("Exported %s (%,d bytes, %s) to %s%n", Counts.of(r.rows(), Counts.Noun.SEND), r.bytes(),
                    format.name(), r.file());
            return ExitCode.OK;
        } catch (ExportService.ExportFailedException e) {
            ctx.err().println("send-tracker: " + e.getMessage());
            return e.getCause() instanceof java.io.IOException ? ExitCode.USAGE : ExitCode.FAILURE;
        }
    }
}
