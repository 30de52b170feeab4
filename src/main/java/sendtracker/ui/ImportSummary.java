package sendtracker.ui;

import java.nio.file.Path;
import java.util.List;

import sendtracker.domain.Texts;
import sendtracker.service.ImportService;

/**
 * What an import in the window did, for its summary dialog and the status line: per file the
 * sends added, updated, unchanged and rejected (or why the file was not read), and the totals.
 *
 * @param reports one per file, in the order imported
 */
public record ImportSummary(List<ImportService.Report> reports) {
    public ImportSummary {
        reports = List.copyOf(reports);
    }

    public long added() {
        return reports.stream().mapToLong(ImportService.Report::inserted).sum();
    }

    public long updated() {
        return reports.stream().mapToLong(ImportService.Report::updated).sum();
    }

    public long unchanged() {
        return reports.stream().mapToLong(ImportService.Report::unchanged).sum();
    }

    public long rejected() {
        return reports.stream().mapToLong(ImportService.Report::rejected).sum();
    }

    /** Rows now in the store from this import: whole batches only (a stop keeps what was committed). */
    public long stored() {
        return reports.stream().mapToLong(ImportService.Report::stored).sum();
    }

    public boolean stopped() {
        return reports.stream().anyMatch(ImportService.Report::cancelled);
    }

    /** The status line: "Import done: 40 added, 2 updated, 0 unchanged, 1 rejected." or the stop's count. */
    public String headline() {
        String counts = Texts.get("ui.import.counts", added(), updated(), unchanged(), rejected());
        return stopped() ? Texts.get("ui.import.stoppedHeadline", stored(), counts)
                : Texts.get("ui.import.doneHeadline", counts);
    }

    /** One file's line: its counts, or why it was not read, and where a stop left it. */
    static String line(ImportService.Report r) {
        String name = String.valueOf(r.file().getFileName());
        if (r.failed()) {
            return Texts.get("ui.import.fileFailed", name, r.error());
        }
        String line = Texts.get("ui.import.fileLine", name, r.inserted(), r.updated(), r.unchanged(), r.rejected());
        if (r.cancelled()) {
            line += " " + (r.lastLine() > 0 ? Texts.get("ui.import.fileStoppedAt", r.stored(), r.lastLine())
                    : Texts.get("ui.import.fileNotStarted"));
        }
        return line;
    }

    /** How many reasons for rejected rows the summary dialog shows (all are in the rejects files). */
    public static final int REASONS_SHOWN = 5;

    /**
     * The first few reasons rows were rejected ("line 4, Cost: …"), named by file when more than
     * one file was imported.
     */
    public List<String> rejectReasons() {
        List<String> out = new java.util.ArrayList<>();
        for (ImportService.Report r : reports) {
            for (String sample : r.rejectSamples()) {
                if (out.size() == REASONS_SHOWN) {
                    return out;
                }
                out.add(reports.size() > 1 ? r.file().getFileName() + ", " + sample : sample);
            }
        }
        return out;
    }

    /** One file that was read to its end: its name says it all in the header, its counts are the totals. */
    public boolean singleFileDone() {
        return reports.size() == 1 && !reports.get(0).failed() && !reports.get(0).cancelled();
    }

    /** The first rejects file written, whose folder the summary's button opens; null when nothing was rejected. */
    public Path firstRejectsFile() {
        return reports.stream().map(ImportService.Report::rejectsFile).filter(f -> f != null).findFirst().orElse(null);
    }
}
