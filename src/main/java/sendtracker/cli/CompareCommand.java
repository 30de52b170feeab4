package sendtracker.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import sendtracker.service.CompareExports;
import sendtracker.service.ComparisonCsv;
import sendtracker.service.ExportComparison;

/**
 * {@code compare OLD_EXPORT NEW_EXPORT [--format text|json|csv]}: what changed between two
 * exports (docs/design.md §6). Works on the two files alone: it never opens a store.
 */
@Command(name = "compare", description = "Show the sends added, removed and changed between two exports.")
final class CompareCommand extends SubCommand {
    /** A summary for a person, the JSON of the design notes, or one CSV row per change. */
    enum Format {
        TEXT, JSON, CSV
    }

    @Parameters(index = "0", paramLabel = "OLD_EXPORT", description = "The earlier export (CSV or JSON).")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW_EXPORT", description = "The later export, of the same format.")
    private Path newFile;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "Text (default), {\"added\", \"removed\", \"changed\"}, or CSV rows.")
    private Format format;

    @Override
    public Integer call() throws Exception {
        for (Path f : List.of(oldFile, newFile)) {
            if (!Files.isRegularFile(f)) {
                throw new UsageException("No such file: " + f);
            }
        }
        ExportComparison c;
        try {
            c = CompareExports.compare(oldFile, newFile);
        } catch (CompareExports.CompareException e) {
            throw new UsageException(e.getMessage());
        }
        // The context opens a store only when asked for one; this command never asks.
        PrintStream out = ctx().out();
        switch (format) {
            case JSON -> out.println(new ObjectMapper().writeValueAsString(json(c)));
            case CSV -> {
                ComparisonCsv.write(c, out);
                out.flush();
            }
            default -> text(out, c);
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(ExportComparison c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("added", c.added());
        json.put("removed", c.removed());
        json.put("changed", c.changed().stream().map(ch -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", ch.id());
            m.put("field", ch.field());
            m.put("from", ch.from());
            m.put("to", ch.to());
            return m;
        }).toList());
        return json;
    }

    private void text(PrintStream out, ExportComparison c) {
        out.printf("Comparing %s (old) with %s (new)%n", oldFile, newFile);
        if (c.isEmpty()) {
            out.println("No differences.");
            return;
        }
        out.printf("Added: %,d%s%n", c.added().size(), ids(c.added()));
        out.printf("Removed: %,d%s%n", c.removed().size(), ids(c.removed()));
        out.printf("Changed: %s, %s%n", Counts.of(c.changedSends(), Counts.Noun.SEND),
                Counts.of(c.changed().size(), Counts.Noun.FIELD));
        for (ExportComparison.FieldChange ch : c.changed()) {
            out.printf("  %s  %s: %s -> %s%n", ch.id(), ch.field(), shown(ch.from()), shown(ch.to()));
        }
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")";
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(empty)" : value.replace("\r", "\\r").replace("\n", "\\n");
    }
}
