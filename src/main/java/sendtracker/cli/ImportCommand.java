package sendtracker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import sendtracker.service.ImportService;

/**
 * {@code import FILE...}: CSV or JSON files (format by content). Exit 0 when every row was
 * stored, 3 when rows were rejected (they are in {@code FILE.rejects.csv}), 2 when a file is
 * missing or malformed (that file changed nothing).
 */
@Command(name = "import", description = "Import .csv or .json files (the format is read from the content).")
final class ImportCommand extends SubCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "A CSV or JSON file; rejected rows go to FILE.rejects.csv.")
    private List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>();
        for (String w : names) {
            Path f = Path.of(w);
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                throw new UsageException("No readable file '" + w + "' to import.");
            }
            files.add(f);
        }
        CliContext ctx = ctx();
        List<ImportService.Report> reports = new ImportService(ctx.backend().sends())
                .importFiles(files, ctx.bulkWriter("import"), ImportService.Progress.NONE, () -> false);
        boolean malformed = false;
        boolean rejects = false;
        for (ImportService.Report r : reports) {
            if (r.failed()) {
                ctx.err().println("send-tracker: " + r.error());
                malformed = true;
                continue;
            }
            ctx.out().println(r.summary());
            for (String w : r.warnings()) {
                ctx.out().println("  warning: " + w);
            }
            for (String s : r.rejectSamples()) {
                ctx.out().println("  rejected " + s);
            }
            if (r.rejected() > r.rejectSamples().size()) {
                ctx.out().printf("  … and %,d more in the reject file%n", r.rejected() - r.rejectSamples().size());
            }
            rejects |= r.hasRejects();
        }
        return malformed ? ExitCode.USAGE : rejects ? ExitCode.IMPORT_REJECTS : ExitCode.OK;
    }
}
