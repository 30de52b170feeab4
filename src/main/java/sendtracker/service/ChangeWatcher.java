package sendtracker.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.PGConnection;

import sendtracker.store.ChangeFeed;
import sendtracker.store.Database;
import sendtracker.store.StoreListener;

/**
 * Follows the store's change feed for the window (docs/design.md, "Team store";
 * docs/decisions/0013-local-store-shared-by-window-and-cli.md): on a team store it listens for
 * notifications on a connection of its own, outside the pool; on both stores it also reads the
 * feed every few seconds from the last sequence seen, so a missed notification or a dropped
 * connection never leaves the window stale. The changed sends are re-read through the store (so
 * the login's visibility applies) by {@code target}, then {@code onChanged} hears their ids.
 */
public final class ChangeWatcher implements AutoCloseable {
    /** Whether changes arrive: as they happen, by polling only, or not until a connection is back. */
    public enum State { LIVE, POLLING, RECONNECTING }

    private static final Logger LOG = Logger.getLogger(ChangeWatcher.class.getName());
    private static final int BATCH = 5_000;

    private final ChangeFeed feed;
    private final Database.DirectConnections listenConnections;
    private final StoreListener target;
    private final Duration pollEvery;
    private final FeedPosition position;
    private final Object wake = new Object();
    private final List<Consumer<Collection<String>>> changedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Consumer<State>> stateListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile State state;
    private volatile boolean running = true;
    private volatile Connection listening;
    private Thread thread;

    /**
     * @param feed              the store's change feed
     * @param listenConnections opens the LISTEN connection on a team store; null polls only
     * @param target            applies the changed ids (the read index)
     * @param pollEvery         how often the feed is read regardless of notifications
     * @param fromSeq           the last sequence already reflected in {@code target}
     */
    public ChangeWatcher(ChangeFeed feed, Database.DirectConnections listenConnections, StoreListener target,
            Duration pollEvery, long fromSeq) {
        this.feed = feed;
        this.listenConnections = listenConnections;
        this.target = target;
        this.pollEvery = pollEvery;
        this.position = new FeedPosition(fromSeq);
        this.state = listenConnections == null ? State.POLLING : State.RECONNECTING;
    }

    /** Starts the watching thread (a daemon). */
    public synchronized ChangeWatcher start() {
        if (thread == null) {
            thread = new Thread(this::run, "send-changes-watch");
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    /** {@code listener} hears the ids of sends changed elsewhere, after the index has them (on the watcher's thread). */
    public void onChanged(Consumer<Collection<String>> listener) {
        changedListeners.add(listener);
    }

    /** {@code listener} hears each change of {@link #state()} (on the watcher's thread). */
    public void onState(Consumer<State> listener) {
        stateListeners.add(listener);
    }

    public State state() {
        return state;
    }

    /** The last sequence of the feed this watcher has applied (every one before it, too). */
    public long position() {
        return position.applied();
    }

    /** Reads the feed now instead of at the next poll. */
    public void pollNow() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** The LISTEN connection's backend process id (tests end it to prove the fallback), or -1. */
    public int listeningBackendPid() {
        Connection c = listening;
        try {
            return c == null ? -1 : c.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return -1;
        }
    }

    private void run() {
        while (running) {
            try {
                waitForChanges();
                catchUp();
            } catch (RuntimeException e) {
                // a store that is briefly unreachable (the serving process exits, a server restarts): next poll
                LOG.log(Level.FINE, "change feed not read", e);
                if (listenConnections == null) {
                    setState(State.RECONNECTING);
                }
                sleepQuietly();
            }
        }
        closeListening();
    }

    private void waitForChanges() {
        if (listenConnections == null) {
            sleepQuietly();
            if (running) {
                setState(State.POLLING);
            }
            return;
        }
        if (listening == null) {
            try {
                Connection c = listenConnections.open();
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + ChangeFeed.CHANNEL);
                }
                listening = c;
                setState(State.LIVE);
                return; // catch up at once: changes may have come while no one listened
            } catch (SQLException e) {
                setState(State.RECONNECTING);
                sleepQuietly();
                return;
            }
        }
        try {
            listening.unwrap(PGConnection.class).getNotifications((int) pollEvery.toMillis());
        } catch (SQLException e) {
            closeListening();
            setState(State.RECONNECTING);
        }
    }

    /** Applies every entry of the feed after the position, in batches, then tells the listeners. */
    void catchUp() {
        while (running) {
            List<ChangeFeed.Change> changes = new ArrayList<>(feed.after(position.newest(), BATCH));
            if (position.hasHoles()) {
                changes.addAll(feed.between(position.oldestHole(), position.newest()));
            }
            Set<String> ids = new LinkedHashSet<>();
            for (ChangeFeed.Change c : changes) {
                if (position.take(c.seq())) {
                    ids.add(c.sendId());
                }
            }
            position.forgetOldHoles(System.nanoTime());
            if (!ids.isEmpty()) {
                target.sendsChanged(ids);
                for (Consumer<Collection<String>> l : changedListeners) {
                    l.accept(ids);
                }
            }
            if (changes.size() < BATCH) {
                return;
            }
        }
    }

    private void setState(State next) {
        if (next != state) {
            state = next;
            for (Consumer<State> l : stateListeners) {
                l.accept(next);
            }
        }
    }

    private void sleepQuietly() {
        synchronized (wake) {
            try {
                wake.wait(pollEvery.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void closeListening() {
        Connection c = listening;
        listening = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "listen connection not closed cleanly", e);
            }
        }
    }

    /** Stops the thread and closes the LISTEN connection; waits briefly for the thread to end. */
    @Override
    public void close() {
        running = false;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        Connection c = listening;
        if (c != null) {
            try {
                c.close(); // ends a getNotifications wait at once
            } catch (SQLException e) {
                LOG.log(Level.FINE, "listen connection not closed cleanly", e);
            }
        }
        pollNow();
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
