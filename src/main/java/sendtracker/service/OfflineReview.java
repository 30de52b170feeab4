package sendtracker.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.User;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

/**
 * Offline review of an exported file: the file loaded into a private in-memory store that
 * nobody else sees and that vanishes on close, with a read-only {@link SendService} on it. The
 * table and filters work as on a live store; every cancel is answered with the offline-review
 * rule. Rows the file could not give are in {@link #report()} (and its reject file), never dropped
 * silently.
 */
public final class OfflineReview implements AutoCloseable {
    private final Path file;
    private final SendStore store;
    private final SendService service;
    private final ImportService.Report report;

    private OfflineReview(Path file, SendStore store, SendService service, ImportService.Report report) {
        this.file = file;
        this.store = store;
        this.service = service;
        this.report = report;
    }

    /**
     * Loads {@code file} (CSV or JSON, by content).
     *
     * @throws ImportService.ImportFailedException when the file is malformed or the load was cancelled
     *                                             (the message says why, with the line)
     */
    public static OfflineReview open(Path file, CancelPolicy policy, Clock clock, ImportService.Progress progress,
            BooleanSupplier cancelled) {
        Objects.requireNonNull(file, "file");
        // Without DB_CLOSE_DELAY the in-memory database lives exactly as long as the store's pool.
        SendStore store = new JdbcSendStore(Database.open("jdbc:h2:mem:review-" + UUID.randomUUID()));
        try {
            User viewer = store.defaultUser();
            ImportService.Report report = new ImportService(store).importFiles(List.of(file), viewer, progress,
                    cancelled).get(0);
            if (report.failed()) {
                throw new ImportService.ImportFailedException(report.error());
            }
            if (report.cancelled()) {
                throw new ImportService.ImportFailedException(
                        sendtracker.domain.Texts.get("exchange.review.cancelled", String.valueOf(file.getFileName())));
            }
            return new OfflineReview(file, store, new SendService(store, store, policy, clock, true), report);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The file under review. */
    public Path file() {
        return file;
    }

    /** The read-only use cases on the loaded file. */
    public SendService service() {
        return service;
    }

    /** What the load read, and what it had to reject (with lines and reasons). */
    public ImportService.Report report() {
        return report;
    }

    /** Drops the in-memory store. */
    @Override
    public void close() {
        store.close();
    }
}
