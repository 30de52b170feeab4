package sendtracker.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.service.DemoData;
import sendtracker.service.ReadPath;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

/**
 * The bench: N generated sends in a fresh temporary store, then in one run the figures of the
 * performance targets (docs/design.md, "Performance targets") beside their anchors. Progress goes to {@code log}; the result
 * is one object ({@link BenchResult#toJson()}).
 */
public final class BenchService {

    /** Our CSV export and import, as the product runs them. */
    public interface CsvExchange {
        /** Writes every send the viewer sees to {@code file} as CSV; returns the bytes written. */
        long exportCsv(SendStore store, User viewer, Path file);

        /** Writes the same sends as JSON; returns the bytes written, or -1 when this exchange has no JSON. */
        default long exportJson(SendStore store, User viewer, Path file) {
            return -1;
        }

        /** Imports the CSV file into the store; returns the rows stored. */
        long importCsv(SendStore store, User actor, Path file);
    }

    public static final int DEFAULT_SENDS = 1_000_000;
    static final int QUERY_STEPS = 240;
    static final long QUERY_SEED = 20261121L;
    static final long DATA_SEED = 42L;
    static final int PAGE_SIZE = 100;
    static final double MB = 1_000_000.0;

    private final Clock clock;
    private final CsvExchange exchange;
    private final Path workDir;
    private final PrintStream log;
    private final boolean childFirstPage;

    /**
     * @param clock          the generated sends' "now" and the queries' cut-off (a fixed one in tests)
     * @param exchange       our CSV export/import, whose speed is measured
     * @param workDir        where the temporary stores and files go (deleted afterwards)
     * @param childFirstPage also time "JVM start → first page" in a fresh JVM on the same class path
     */
    public BenchService(Clock clock, CsvExchange exchange, Path workDir, PrintStream log, boolean childFirstPage) {
        this.clock = Objects.requireNonNull(clock);
        this.exchange = Objects.requireNonNull(exchange);
        this.workDir = workDir;
        this.log = log;
        this.childFirstPage = childFirstPage;
    }

    public BenchResult run(int sends) {
        if (sends < 1) {
            throw new IllegalArgumentException("--sends must be at least 1");
        }
        BenchResult r = new BenchResult();
        r.put("sends", sends);
        r.put("machine", machine());
        Path dir;
        try {
            Files.createDirectories(workDir);
            dir = Files.createTempDirectory(workDir, "bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the bench in " + workDir, e);
        }
        try {
            runIn(dir, sends, r);
        } finally {
            deleteTree(dir);
        }
        return r;
    }

    private void runIn(Path dir, int sends, BenchResult r) {
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        Instant now = clock.instant();

        // 1. generate
        long t = System.nanoTime();
        try (SendStore store = new JdbcSendStore(Database.open(url))) {
            new DemoData(store, Clock.fixed(now, ZoneOffset.UTC)).generate(sends, DATA_SEED, n -> {
                if (n % 100_000 == 0 || n == sends) {
                    log.printf(Locale.ROOT, "generated %,d sends%n", n);
                }
            });
        }
        r.put("generate_rows_per_s", perSecond(sends, System.nanoTime() - t));
        r.put("load_average_before", loadAverage());

        // 2. JVM start → first page, in a fresh JVM
        if (childFirstPage) {
            childFirstPage(url, r);
            BenchWindow.Outcome window = BenchWindow.firstRowsMs(url, dir);
            if (window.firstRowsMs() != null) {
                r.put("window_first_rows_ms", window.firstRowsMs());
            } else {
                r.put("window_first_rows_ms", null);
                r.pending("window_first_rows_ms", window.why());
            }
        }

        // 3. open → first page in this JVM, index build, the query mix
        t = System.nanoTime();
        Database database = Database.open(url);
        SendStore store = new JdbcSendStore(database);
        try {
            ReadPath reads = ReadPath.withBackgroundIndex(store, database.bulkReads());
            User admin = store.defaultUser();
            var first = reads.page(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, PAGE_SIZE, now);
            r.put("first_page_ms", millis(System.nanoTime() - t));
            r.put("first_page_rows", first.rows().size());
            r.put("first_page_total", first.total());
            reads.countByStatus(admin, SendFilter.ALL, now);
            r.put("first_counts_ms", millis(System.nanoTime() - t));
            try {
                reads.indexReady().join();
                r.put("index_ready_ms", millis(System.nanoTime() - t));
            } catch (java.util.concurrent.CompletionException e) {
                // the window would go on with SQL: so does the bench, and says so
                r.pending("index_ready_ms", "the index build failed: " + e.getCause().getMessage());
            }
            r.put("index_estimated_mb", round1(reads.index().estimatedBytes() / MB));
            log.printf(Locale.ROOT, "index ready after %.0f ms%n", millis(System.nanoTime() - t));

            List<Send> samples = samples(reads, admin, now);
            List<User> viewers = viewers(store, admin);
            // warm-up with another seed: the figures are for a window in use, not the JIT's first minute
            runSteps(reads, BenchQueries.mix(QUERY_SEED + 1, 60, samples, viewers, now), now);
            double[] ms = runSteps(reads, BenchQueries.mix(QUERY_SEED, QUERY_STEPS, samples, viewers, now), now);
            Arrays.sort(ms);
            r.put("query_count", ms.length);
            r.put("query_p50_ms", round1(percentile(ms, 50)));
            r.put("query_p95_ms", round1(percentile(ms, 95)));
            r.put("query_max_ms", round1(ms[ms.length - 1]));
            r.put("query_from_index", reads.answersFromIndex(SendFilter.ALL, SendSort.NEWEST_FIRST));
            // the heap as a window holds it: one store, its index built
            System.gc();
            r.put("heap_used_mb", round1(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB));
            r.put("heap_max_mb", round1(Runtime.getRuntime().maxMemory() / MB));
        } finally {
            store.close();
        }
        // The index above is let go before the second client builds its own: two desktops are two
        // JVMs, and two indexes of 1M sends do not fit in one -Xmx512m heap together.
        database = Database.open(url);
        store = new JdbcSendStore(database);
        try {
            User admin = store.defaultUser();
            // a second client of the same store (in this JVM: its change feed, polled as a window does)
            LiveBench.measure(url, store, now, r);

            // 4. export, and the same bytes through a plain writer
            Path csv = dir.resolve("export.csv");
            t = System.nanoTime();
            long bytes = exchange.exportCsv(store, admin, csv);
            r.put("export_mb_per_s", round1(bytes / MB / seconds(System.nanoTime() - t)));
            r.put("export_mb", round1(bytes / MB));
            r.put("plain_write_mb_per_s", round1(plainWriteMbPerS(csv, dir.resolve("plain.csv"))));
            r.put("export_vs_plain_write", ratio(r.get("export_mb_per_s"), r.get("plain_write_mb_per_s")));
            // the anchor: the same sends read by plain JDBC, no formatting, as MB of the export's text per second
            double sendsRead = BenchAnchors.plainReadSeconds(url, "sends");
            r.put("export_anchor_mb_per_s", round1(bytes / MB / sendsRead));
            r.put("export_vs_anchor", ratio(r.get("export_mb_per_s"), r.get("export_anchor_mb_per_s")));
            double historyRead = BenchAnchors.plainReadSeconds(url, "send_history");
            r.put("sends_plain_read_s", round1(sendsRead));
            r.put("history_plain_read_s", round1(historyRead));
            Path json = dir.resolve("export.json");
            t = System.nanoTime();
            long jsonBytes = exchange.exportJson(store, admin, json);
            if (jsonBytes >= 0) {
                r.put("export_json_mb_per_s", round1(jsonBytes / MB / seconds(System.nanoTime() - t)));
                r.put("export_json_mb", round1(jsonBytes / MB));
                // a JSON export carries every send's history: its same rows are the sends and their
                // history rows, read plain, as MB of the JSON's text per second (docs/decisions/0025-demo-sends-in-creation-order.md)
                r.put("export_json_anchor_mb_per_s", round1(jsonBytes / MB / (sendsRead + historyRead)));
                r.put("export_json_vs_anchor", ratio(r.get("export_json_mb_per_s"),
                        r.get("export_json_anchor_mb_per_s")));
                // and against the CSV's anchor (sends only), the figure earlier runs printed
                r.put("export_json_vs_sends_anchor", ratio(r.get("export_json_mb_per_s"),
                        r.get("export_anchor_mb_per_s")));
                deleteTree(json);
            }
        } finally {
            store.close();
        }
        System.gc();

        // 5. import into a fresh store, and H2's own CSVREAD of the same file
        Path csv = dir.resolve("export.csv");
        try (SendStore fresh = new JdbcSendStore(Database.open("jdbc:h2:file:" + dir.resolve("import")
                .toAbsolutePath()))) {
            User actor = fresh.defaultUser();
            t = System.nanoTime();
            long rows = exchange.importCsv(fresh, actor, csv);
            r.put("import_rows_per_s", perSecond(rows, System.nanoTime() - t));
            r.put("import_rows", rows);
        }
        r.put("import_anchor_rows_per_s", BenchAnchors.importRowsPerS(url, dir, sends));
        r.put("import_vs_anchor", ratio(r.get("import_rows_per_s"), r.get("import_anchor_rows_per_s")));
        r.put("h2_csvread_rows_per_s", h2CsvReadRowsPerS(dir, csv, sends));
        r.put("import_vs_csvread", ratio(r.get("import_rows_per_s"), r.get("h2_csvread_rows_per_s")));
        r.put("load_average_after", loadAverage());
    }

    static double[] runSteps(ReadPath reads, List<BenchQueries.Step> steps, Instant now) {
        double[] ms = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            BenchQueries.Step s = steps.get(i);
            long t = System.nanoTime();
            reads.page(s.viewer(), s.filter(), s.sort(), 0, PAGE_SIZE, now);
            reads.countByStatus(s.viewer(), s.filter(), now);
            ms[i] = millis(System.nanoTime() - t);
        }
        return ms;
    }

    static List<Send> samples(ReadPath reads, User admin, Instant now) {
        List<Send> out = new ArrayList<>();
        long total = reads.count(admin, SendFilter.ALL, now);
        for (int k = 0; k < 10; k++) {
            int offset = (int) (total * k / 10);
            out.addAll(reads.page(admin, SendFilter.ALL, new SendSort(SendSort.Field.ID, true), offset, 20, now).rows());
        }
        return out;
    }

    static List<User> viewers(SendStore store, User admin) {
        List<User> viewers = new ArrayList<>();
        viewers.add(admin);
        List<User> users = store.users();
        users.stream().filter(u -> u.role() == Role.MANAGER).limit(2).forEach(viewers::add);
        users.stream().filter(u -> u.role() == Role.SENDER).limit(2).forEach(viewers::add);
        return viewers;
    }

    /** Starts a fresh JVM (same class path, -Xmx512m) that opens the store and shows the first page. */
    private void childFirstPage(String url, BenchResult r) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                BenchFirstPage.class.getName(), url);
        long t = System.nanoTime();
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String line;
            String result = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(BenchFirstPage.READY)) {
                        result = line;
                        r.put("first_page_from_jvm_start_ms", millis(System.nanoTime() - t));
                        r.put("first_page_in_child_jvm_ms",
                                Double.parseDouble(line.substring(BenchFirstPage.READY.length()).trim()));
                    } else {
                        log.println("first-page JVM: " + line);
                    }
                }
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            if (result == null) {
                r.pending("first_page_from_jvm_start_ms", "the child JVM did not show a first page");
            }
        } catch (IOException e) {
            r.pending("first_page_from_jvm_start_ms", "could not start a JVM: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same characters through a plain BufferedWriter: read in blocks, only the writing is timed. */
    private static double plainWriteMbPerS(Path csv, Path out) {
        char[] block = new char[1 << 22];
        long nanos = 0;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                        StandardCharsets.UTF_8), 1 << 16)) {
            int n;
            while ((n = in.read(block)) > 0) {
                long t = System.nanoTime();
                w.write(block, 0, n);
                nanos += System.nanoTime() - t;
            }
            long t = System.nanoTime();
            w.flush();
            nanos += System.nanoTime() - t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long bytes = Files.size(out);
            Files.deleteIfExists(out);
            return bytes / MB / (nanos / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** H2 reading the same file into a plain table: {@code CREATE TABLE t AS SELECT * FROM CSVREAD(…)}. */
    private static long h2CsvReadRowsPerS(Path dir, Path csv, int expectedRows) {
        String url = "jdbc:h2:file:" + dir.resolve("csvread").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            long t = System.nanoTime();
            st.execute("CREATE TABLE t AS SELECT * FROM CSVREAD('" + csv.toAbsolutePath() + "', NULL,"
                    + " 'charset=UTF-8')");
            long nanos = System.nanoTime() - t;
            long rows;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                rows = rs.getLong(1);
            }
            if (rows != expectedRows) {
                throw new IllegalStateException("CSVREAD read " + rows + " rows, expected " + expectedRows);
            }
            st.execute("DROP TABLE t");
            return perSecond(rows, nanos);
        } catch (SQLException e) {
            throw new IllegalStateException("CSVREAD failed: " + e.getMessage(), e);
        }
    }

    /** The machine's load: on a shared machine the figures mean little without it. */
    static double loadAverage() {
        return round1(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    static double percentile(double[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    static Double ratio(Object a, Object b) {
        if (!(a instanceof Number) || !(b instanceof Number) || ((Number) b).doubleValue() == 0) {
            return null;
        }
        return Math.round(((Number) a).doubleValue() / ((Number) b).doubleValue() * 100) / 100.0;
    }

    static long perSecond(long rows, long nanos) {
        return Math.round(rows / seconds(nanos));
    }

    static double seconds(long nanos) {
        return Math.max(nanos, 1) / 1e9;
    }

    static double millis(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a temp folder left behind is not worth failing the bench
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
