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
    public SendOutput exporter() {
        return new SendOutput(sends);
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
