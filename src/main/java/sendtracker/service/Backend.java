package sendtracker.service;

import java.time.Clock;

import sendtracker.domain.CancelPolicy;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

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

    private Backend(SendStore store, SendService sends, Clock clock, boolean createdNow) {
        this.store = store;
        this.sends = sends;
        this.clock = clock;
        this.demo = new DemoData(store, clock);
        this.createdNow = createdNow;
    }

    /** Environment variable naming another store than the default one. */
    public static final String ENV_DB = Database.ENV_DB;

    /** The store used when none is named: {@code $SEND_TRACKER_DB}, else a file in the user data folder. */
    public static String defaultUrl() {
        return Database.defaultUrl();
    }

    /**
     * Opens the store the user named ({@code --db}), or the default one when {@code named} is
     * null. Only the default store, when new, is filled with the demo data set.
     */
    public static Backend open(String named, Clock clock) {
        if (named != null) {
            return open(named, clock, false);
        }
        return open(defaultUrl(), clock, System.getenv(ENV_DB) == null);
    }

    /**
     * Opens the store at {@code url}; a new, empty store gets the demo data set when
     * {@code demoWhenNew} (the default store does, so a new user sees a working tracker at once).
     */
    public static Backend open(String url, Clock clock, boolean demoWhenNew) {
        Database db = Database.open(url);
        SendStore store = new JdbcSendStore(db);
        try {
            SendService service = new SendService(store, store, new CancelPolicy(), clock, false);
            Backend backend = new Backend(store, service, clock, db.isNew());
            if (demoWhenNew && db.isNew() && store.sendCount() == 0) {
                backend.demo.generate(DemoData.DEFAULT_FIRST_OPEN_SENDS, 42L, n -> { });
            }
            service.settleCredits();
            return backend;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
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

    public DemoData demo() {
        return demo;
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
        store.close();
    }
}
