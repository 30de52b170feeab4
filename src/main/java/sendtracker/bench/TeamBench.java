package sendtracker.bench;

import static sendtracker.bench.BenchService.MB;
import static sendtracker.bench.BenchService.millis;
import static sendtracker.bench.BenchService.perSecond;
import static sendtracker.bench.BenchService.ratio;
import static sendtracker.bench.BenchService.round1;
import static sendtracker.bench.BenchService.seconds;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.exchange.CsvColumn;
import sendtracker.service.DemoData;
import sendtracker.service.ReadPath;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;
import sendtracker.store.StoreException;
import sendtracker.store.TeamStoreBaseline;

/**
 * {@code bench --db URL} on a team store (docs/design.md, "Team store"): on an empty database it
 * generates the sends, builds the index and runs the query mix as the local bench does, exports,
 * then empties the store and imports the export again — against a raw COPY of the same file into a
 * bare text table, and a raw COPY of the imported rows back into {@code sends} (same table, indexes, keys).
 * The index and the import each get a store of their own, as a window and {@code send-tracker import} would
 * (docs/decisions/0024-team-import-reads-ahead.md). It leaves the store without sends (the generated users,
 * teams and campaigns stay).
 */
public final class TeamBench {
    private final BenchService.CsvExchange exchange;
    private final Path workDir;
    private final PrintStream log;

    public TeamBench(BenchService.CsvExchange exchange, Path workDir, PrintStream log) {
        this.exchange = exchange;
        this.workDir = workDir;
        this.log = log;
    }

    public BenchResult run(String url, int sends) {
        BenchResult r = new BenchResult();
        r.put("store", "team");
        r.put("sends", sends);
        r.put("machine", BenchService.machine());
        r.put("load_average_before", BenchService.loadAverage());
        Instant now = Instant.now();
        Path csv;
        try {
            csv = Files.createTempFile(Files.createDirectories(workDir), "team-bench-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a file for the bench in " + workDir, e);
        }
        Database database = Database.open(url);
        SendStore store = new JdbcSendStore(database);
        try {
            if (store.sendCount() > 0) {
                throw new IllegalArgumentException("bench --db needs an empty team store: it fills it with "
                        + sends + " generated sends and removes them again. This one holds sends.");
            }
            long t = System.nanoTime();
            new DemoData(store, Clock.fixed(now, ZoneOffset.UTC)).generate(sends, BenchService.DATA_SEED, n -> { });
            r.put("generate_rows_per_s", perSecond(sends, System.nanoTime() - t));
            log.printf(Locale.ROOT, "generated %,d sends%n", sends);
            // the index lives in a store of its own, closed (and its index left to the collector) before the
            // second client builds its own: at a million sends the heap holds one or the other, not both
            queries(url, now, r);
            LiveBench.measure(url, store, now, r);

            t = System.nanoTime();
            long bytes = exchange.exportCsv(store, store.defaultUser(), csv);
            r.put("export_mb_per_s", round1(bytes / MB / seconds(System.nanoTime() - t)));
            r.put("export_mb", round1(bytes / MB));

            TeamStoreBaseline baseline = new TeamStoreBaseline(database);
            t = System.nanoTime();
            long copied = baseline.rawCopy(csv, CsvColumn.values().length);
            r.put("raw_copy_rows_per_s", perSecond(copied, System.nanoTime() - t));
            baseline.deleteAllSends();
            // through a store of its own, as `send-tracker import` and the local bench's import run
            try (SendStore importing = new JdbcSendStore(Database.open(url))) {
                t = System.nanoTime();
                long rows = exchange.importCsv(importing, importing.defaultUser(), csv);
                r.put("import_rows_per_s", perSecond(rows, System.nanoTime() - t));
                r.put("import_rows", rows);
            }
            r.put("import_vs_raw_copy", ratio(r.get("import_rows_per_s"), r.get("raw_copy_rows_per_s")));
            // raw_copy_rows_per_s goes into a bare text table; this one is the same rows into sends itself
            try {
                TeamStoreBaseline.Copied back = baseline.rawCopyIntoSends(workDir);
                r.put("raw_copy_into_sends_rows_per_s", perSecond(back.rows(), back.nanos()));
                r.put("import_vs_raw_copy_into_sends", ratio(r.get("import_rows_per_s"),
                        r.get("raw_copy_into_sends_rows_per_s")));
            } catch (StoreException e) {
                r.pending("raw_copy_into_sends_rows_per_s", e.getMessage());
            }
            baseline.deleteAllSends();
            r.put("load_average_after", BenchService.loadAverage());
        } finally {
            store.close();
            try {
                Files.deleteIfExists(csv);
            } catch (IOException e) {
                log.println("could not delete " + csv + ": " + e.getMessage());
            }
        }
        return r;
    }

    /**
     * Opens and closes its own store: a local of {@link #run} would keep the closed store and its index
     * reachable from run's frame until run returns (docs/decisions/0027-closed-stores-let-their-index-go.md).
     */
    private void queries(String url, Instant now, BenchResult r) {
        try (Database database = Database.open(url); SendStore store = new JdbcSendStore(database)) {
            queries(store, database, now, r);
        }
    }

    private void queries(SendStore store, Database database, Instant now, BenchResult r) {
        long t = System.nanoTime();
        ReadPath reads = ReadPath.withBackgroundIndex(store, database.bulkReads());
        User admin = store.defaultUser();
        reads.page(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, BenchService.PAGE_SIZE, now);
        r.put("first_page_ms", millis(System.nanoTime() - t));
        reads.indexReady().join();
        r.put("index_ready_ms", millis(System.nanoTime() - t));
        List<Send> samples = BenchService.samples(reads, admin, now);
        List<User> viewers = BenchService.viewers(store, admin);
        BenchService.runSteps(reads, BenchQueries.mix(BenchService.QUERY_SEED + 1, 60, samples, viewers, now), now);
        double[] ms = BenchService.runSteps(reads,
                BenchQueries.mix(BenchService.QUERY_SEED, BenchService.QUERY_STEPS, samples, viewers, now), now);
        Arrays.sort(ms);
        r.put("query_count", ms.length);
        r.put("query_p50_ms", round1(BenchService.percentile(ms, 50)));
        r.put("query_p95_ms", round1(BenchService.percentile(ms, 95)));
        r.put("query_max_ms", round1(ms[ms.length - 1]));
        // the same queries straight in SQL, as a window gets them until its index is ready
        ReadPath sql = new ReadPath(store, database.dataSource(), neverBuilt -> { }); // no index: all SQL
        double[] sqlMs = BenchService.runSteps(sql,
                BenchQueries.mix(BenchService.QUERY_SEED, BenchService.QUERY_STEPS, samples, viewers, now), now);
        Arrays.sort(sqlMs);
        r.put("sql_query_p95_ms", round1(BenchService.percentile(sqlMs, 95)));
    }
}
