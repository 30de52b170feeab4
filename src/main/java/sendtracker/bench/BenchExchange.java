package sendtracker.bench;

import java.nio.file.Path;
import java.time.Clock;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.service.ExportService;
import sendtracker.service.ImportService;
import sendtracker.exchange.SendFormat;
import sendtracker.store.SendStore;

/** The bench's view of our CSV export and import: the services exactly as the command line runs them. */
public final class BenchExchange implements BenchService.CsvExchange {
    private final Clock clock;

    public BenchExchange(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long exportCsv(SendStore store, User viewer, Path file) {
        ExportService.Report r = new ExportService(store, clock).export(file, SendFormat.CSV, viewer,
                SendFilter.ALL, SendSort.NEWEST_FIRST, ExportService.Progress.NONE, () -> false);
        return r.bytes();
    }

    @Override
    public long exportJson(SendStore store, User viewer, Path file) {
        ExportService.Report r = new ExportService(store, clock).export(file, SendFormat.JSON, viewer,
                SendFilter.ALL, SendSort.NEWEST_FIRST, ExportService.Progress.NONE, () -> false);
        return r.bytes();
    }

    @Override
    public long importCsv(SendStore store, User actor, Path file) {
        ImportService.Report r = new ImportService(store).importFile(file, actor, ImportService.Progress.NONE,
                () -> false);
        if (r.failed()) {
            throw new IllegalStateException("The bench's import failed: " + r.summary());
        }
        return r.stored();
    }
}
