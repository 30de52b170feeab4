package sendtracker.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import sendtracker.domain.CancelPolicy;
import sendtracker.store.ChangeFeed;
import sendtracker.domain.User;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;
import sendtracker.store.StoreUrls;
import sendtracker.store.ViewStore;

/**
 * Everything behind the window and the command line for one open store, wired in one place:
 * the database, the store, the read path and the use cases.
 */
public final class Backend implements AutoCloseable {
    private final SendStore store;
    private final SendService sends;
    private final DemoData demo;
    private final Clock clock;
    private final boolean createdNow;
    private final Database database;
    private final Optional<BackupService> backups;
    /** A window's open writes the day's backup in the background; other opens have written it already. */
    private final CompletableFuture<Void> dailyBackupDone;
    private static final Logger LOG = Logger.getLogger(Backend.class.getName());

    /** A team store notifies each change; its feed is also read this often in case a notification is lost. */
    public static final Duration TEAM_POLL = Duration.ofSeconds(3);
    /** A local store has no notifications: its feed (one indexed read) is read this often (docs/design.md, targets). */
    public static final Duration LOCAL_POLL = Duration.ofMillis(300);

    private final ChangeWatcher watcher;
    /** The window's read path (null for one-shot work). */
    private final ReadPath readPath;
    private java.util.concurrent.ScheduledExecutorService settler;

    private Backend(Database database, SendStore store, SendService sends, Clock clock, boolean createdNow,
            Optional<BackupService> backups, ChangeWatcher watcher, ReadPath readPath,
            CompletableFuture<Void> dailyBackupDone) {
        this.watcher = watcher;
        this.dailyBackupDone = dailyBackupDone;
        this.readPath = readPath;
        this.database = database;
        this.store = store;
        this.backups = backups;
        this.sends = sends;
        this.clock = clock;
        this.demo = new DemoData(store, clock);
        this.createdNow = createdNow;
    }

    /**
     * The in-memory index of a store opened for the window is built once {@code start} completes
     * (the window's first rows shown), not as soon as the first page was read ({@link ReadPath#startIndexAfter}).
     */
    public void startIndexAfter(java.util.concurrent.CompletionStage<?> start) {
        if (readPath != null) {
            readPath.startIndexAfter(start);
        }
    }

    /** Environment variable naming another store than the default one. */
    public static final String ENV_DB = Database.ENV_DB;

    /** The store used when none is named: {@code $SEND_TRACKER_DB}, else a file in the user data folder. */
    public static String defaultUrl() {
        return Database.defaultUrl();
    }

    /** Where the app keeps its data and logs, per user. */
    public static java.nio.file.Path dataFolder() {
        return Database.dataFolder();
    }

    /** True when {@code url} names a team store (PostgreSQL) rather than a local one. */
    public static boolean isTeamStore(String url) {
        return StoreUrls.isTeamStore(url);
    }

    /** True when the window asks for a login and password before opening {@code url} (a team store without one). */
    public static boolean needsSignIn(String url) {
        return StoreUrls.needsSignIn(url);
    }

    /** The login a team store's URL names, or null. */
    public static String loginOf(String url) {
        return StoreUrls.login(url);
    }

    /** {@code url} as {@code login} with {@code password}: what the sign-in dialog opens. */
    public static String signedInUrl(String url, String login, String password) {
        return StoreUrls.signedIn(url, login, password);
    }

    /**
     * Opens the store the user named ({@code --db}), or the default one when {@code named} is
     * null. Only the default store, when new, is filled with the demo data set.
     */
    public static Backend open(String named, Clock clock) {
        return openNamed(named, clock, false);
    }

    /**
     * As {@link #open(String, Clock)}, for the window: pages and counts come from an in-memory
     * index built in the background (from SQL until it is ready), so every filter, search and
     * sort stays instant on a million sends. One-shot commands skip the index.
     */
    public static Backend openForWindow(String named, Clock clock) {
        return openNamed(named, clock, true);
    }

    private static Backend openNamed(String named, Clock clock, boolean indexed) {
        if (named != null) {
            return open(named, clock, false, indexed);
        }
        return open(defaultUrl(), clock, System.getenv(ENV_DB) == null, indexed);
    }

    /**
     * Opens the store at {@code url}; a new, empty store gets the demo data set when
     * {@code demoWhenNew} (the default store does, so a new user sees a working tracker at once).
     */
    public static Backend open(String url, Clock clock, boolean demoWhenNew, boolean indexed) {
        Database db = Database.open(url);
        SendStore store = new JdbcSendStore(db);
        try {
            SendService plain = new SendService(store, store, new CancelPolicy(), clock, false);
            if (demoWhenNew && db.isNew() && store.sendCount() == 0) {
                new DemoData(store, clock).generate(DemoData.DEFAULT_FIRST_OPEN_SENDS, 42L, n -> { });
            }
            plain.settleCredits();
            Optional<BackupService> backups = BackupService.forOpenStore(url, db.dataSource(), clock);
            // the first open of a day copies the store (docs/design.md, "Reliability"): a new store as
            // soon as it holds sends
            boolean backUp = !db.isNew() || store.sendCount() > 0;
            if (!indexed) {
                if (backUp) {
                    backups.ifPresent(Backend::dailyBackup);
                }
                return new Backend(db, store, plain, clock, db.isNew(), backups, null, null,
                        CompletableFuture.completedFuture(null));
            }
            // The feed's position is taken before the index reads the sends: nothing committed in between is missed.
            ChangeFeed feed = ChangeFeed.of(db);
            long fromSeq = feed.latestSeq();
            ReadPath readPath = ReadPath.withBackgroundIndex(store, db.bulkReads());
            CompletableFuture<Void> backedUp = new CompletableFuture<>();
            if (backUp && backups.isPresent()) {
                // A window copies the store once its index is built: a million sends take half a
                // minute to copy, which the first rows must not wait for (docs/decisions/0014-launch-time.md).
                // The copy goes to a .part file first, so a window closed meanwhile leaves no half backup.
                BackupService daily = backups.get();
                readPath.indexReady().whenComplete((done, failed) -> {
                    Thread t = new Thread(() -> {
                        try {
                            dailyBackup(daily);
                        } finally {
                            backedUp.complete(null); // a restore waits for this, whatever happened
                        }
                    }, "daily-backup");
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    t.start();
                });
            }
            SendService service = new SendService(store, readPath, new CancelPolicy(), clock, false);
            ChangeWatcher watcher = new ChangeWatcher(feed, db.isTeamStore() ? db::openDirect : null,
                    readPath.index(), db.isTeamStore() ? TEAM_POLL : LOCAL_POLL, fromSeq);
            if (!backUp || backups.isEmpty()) {
                backedUp.complete(null);
            }
            return new Backend(db, store, service, clock, db.isNew(), backups, watcher, readPath, backedUp);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Done when the day's backup of this open has been written (or was not due, or failed and was logged). */
    public CompletableFuture<Void> dailyBackupDone() {
        return dailyBackupDone;
    }

    /** The first open of a day copies the store to backups/; a failed copy is logged, never a reason not to open. */
    private static void dailyBackup(BackupService backups) {
        try {
            backups.dailyIfDue();
        } catch (BackupService.BackupFailedException e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
        }
    }

    /**
     * The day's backup when there is none yet: a new store filled from the window's empty state
     * (demo data, an import) gets its first copy at once, not on the next day's first open.
     */
    public void backUpIfDue() {
        backups.ifPresent(Backend::dailyBackup);
    }

    /** A store without the background index (tests, one-shot work). */
    public static Backend open(String url, Clock clock, boolean demoWhenNew) {
        return open(url, clock, demoWhenNew, false);
    }

    /**
     * The watcher of the change feed, for a store opened for the window (not started: the window
     * starts it once it listens); empty for one-shot commands.
     */
    public Optional<ChangeWatcher> changes() {
        return Optional.ofNullable(watcher);
    }

    /**
     * Posts due credits every {@code every} while the window is open (Canceled → Refunded shows
     * without a reopen: the settlement goes through the change feed like any change). Idempotent.
     */
    public synchronized void settleCreditsEvery(Duration every) {
        if (settler != null) {
            return;
        }
        settler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "credit-settlement");
            t.setDaemon(true);
            return t;
        });
        settler.scheduleWithFixedDelay(() -> {
            try {
                sends.settleCredits();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "credits not settled this time", e);
            }
        }, every.toMillis(), every.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public SendService sends() {
        return sends;
    }

    public SendStore store() {
        return store;
    }

    /** Sends in the export formats on a stream (the command line's list and show). */
    public ExportService exporter() {
        return new ExportService(sends);
    }

    /** Backups of this store; empty when it is not a local H2 file store. */
    public Optional<BackupService> backups() {
        return backups;
    }

    public DemoData demo() {
        return demo;
    }

    /** Each person's saved views and remembered columns in this store. */
    public SavedViewService views() {
        return new SavedViewService(ViewStore.of(database), clock);
    }

    /** The team store's people and logins ({@code team init}, {@code team add-user}); refused on a local store. */
    public TeamService team() {
        return new TeamService(database, store);
    }

    /** On a team store, the person the login signed in as (empty for the owner's own login); empty on a local store. */
    public Optional<User> signedIn() {
        return StoreUrls.isTeamStore(database.url()) ? team().signedIn() : Optional.empty();
    }

    public Clock clock() {
        return clock;
    }

    /** True when this open created the store. */
    public boolean isNewStore() {
        return createdNow;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (settler != null) {
                settler.shutdownNow();
            }
        }
        if (watcher != null) {
            watcher.close();
        }
        store.close();
    }
}
