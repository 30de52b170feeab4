package sendtracker.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.ChangeWatcher;
import sendtracker.service.ReadPath;
import sendtracker.store.ChangeFeed;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

/**
 * {@code live_update_p95_ms} (docs/design.md, targets: a change on one desktop visible in another
 * within 1 s at p95): a second client opens the same store with its own index and change
 * watcher, as a window does; the first client cancels sends one at a time, and each is timed
 * from just before the cancel until the second client's index has applied it.
 */
final class LiveBench {
    static final int CHANGES = 30;
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(15);

    private LiveBench() {
    }

    /** Runs the measurement between {@code writer} and a new client of {@code url}; puts the figures in {@code r}. */
    static void measure(String url, SendStore writer, Instant now, BenchResult r) {
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        try (Database db = Database.open(url); SendStore reader = new JdbcSendStore(db)) {
            ChangeFeed feed = ChangeFeed.of(db);
            long from = feed.latestSeq();
            ReadPath reads = ReadPath.withBackgroundIndex(reader, db.bulkReads());
            try (ChangeWatcher watcher = new ChangeWatcher(feed, db.isTeamStore() ? db::openDirect : null,
                    reads.index(), db.isTeamStore() ? Backend.TEAM_POLL : Backend.LOCAL_POLL, from)) {
                watcher.onChanged(ids -> {
                    long t = System.nanoTime();
                    ids.forEach(id -> arrived.putIfAbsent(id, t));
                });
                watcher.start();
                reads.indexReady().join();
                waitUntilListening(watcher);
                User admin = writer.defaultUser();
                CancelPolicy policy = new CancelPolicy();
                List<Double> ms = new ArrayList<>();
                for (Send s : writer.page(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 5_000, now).rows()) {
                    if (ms.size() == CHANGES) {
                        break;
                    }
                    if (policy.decide(s, admin, now).outcome() != CancelOutcome.CANCELED) {
                        continue;
                    }
                    long t = System.nanoTime();
                    writer.cancel(s.id(), null, admin, "bench", now, policy);
                    Long at;
                    while ((at = arrived.get(s.id())) == null && System.nanoTime() - t < GIVE_UP_NANOS) {
                        Thread.onSpinWait();
                        sleepBriefly();
                    }
                    ms.add(BenchService.millis((at == null ? System.nanoTime() : at) - t));
                }
                double[] sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
                Arrays.sort(sorted);
                r.put("live_update_count", sorted.length);
                if (sorted.length > 0) {
                    r.put("live_update_p50_ms", BenchService.round1(BenchService.percentile(sorted, 50)));
                    r.put("live_update_p95_ms", BenchService.round1(BenchService.percentile(sorted, 95)));
                    r.put("live_update_max_ms", BenchService.round1(sorted[sorted.length - 1]));
                }
                r.put("live_update_via", watcher.state().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private static void waitUntilListening(ChangeWatcher watcher) {
        long end = System.nanoTime() + GIVE_UP_NANOS;
        while (watcher.state() == ChangeWatcher.State.RECONNECTING && System.nanoTime() < end) {
            sleepBriefly();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
