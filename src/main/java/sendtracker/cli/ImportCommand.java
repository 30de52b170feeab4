package sendtracker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import sendtracker.service.ImportService;

/**
 * {@code import FILE...}: CSV or JSON files (format by content). Exit 0 when every row was
 * stored, 3 when rows were rejected (they are in {@code FILE.rejects.csv}), 2 when a file is
 * missing or malformed (that file changed nothing).
 */
public final class ImportCommand implements Command {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "FILE...                     .csv or .json (format by content, not only name)";
    }

    @Override
    public int run(List<String> words, CliContext ctx) {
        Args a = Args.parse(name(), words, Set.of(), Set.of());
        if (a.positionals().isEmpty()) {
            throw new UsageException("import needs at least one FILE (.csv or .json)");
        }
        List<Path> files = new ArrayList<>();
        for (String w : a.positionals()) {
            Path f = Path.of(w);
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                throw new UsageException("No readable file '" + w + "' to import.");
            }
            files.add(f);
        }
        List<ImportService.Report> reports = new ImportService(ctx.backend().sends())
                .importFiles(files, ctx.actor(), ImportService.Progress.NONE, () -> false);
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
