package sendtracker.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.service.ReadPath;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

/**
 * Run by the bench in a fresh JVM: opens the store as the window does (read path with the index
 * building in the background) and prints how long after the JVM started the first page and its
 * total were ready.
 */
public final class BenchFirstPage {
    static final String READY = "first-page-ready-ms ";

    private BenchFirstPage() {
    }

    public static void main(String[] args) {
        Database database = Database.open(args[0]);
        SendStore store = new JdbcSendStore(database);
        ReadPath reads = ReadPath.withBackgroundIndex(store, database.bulkReads());
        User viewer = store.defaultUser();
        reads.page(viewer, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, BenchService.PAGE_SIZE, Instant.now());
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(READY + String.format(Locale.ROOT, "%d", sinceStart));
        System.out.flush();
        // the index build is a daemon thread: closing the store ends this JVM at once
        store.close();
        System.exit(0);
    }
}
