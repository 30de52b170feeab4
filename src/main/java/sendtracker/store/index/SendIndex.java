package sendtracker.store.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import javax.sql.DataSource;

import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;
import sendtracker.store.SendQuery;
import sendtracker.store.SendStore;
import sendtracker.store.StoreListener;

/**
 * A compact in-memory, columnar index over every send, answering {@link SendQuery} exactly as
 * the store's SQL does but without a scan of the database on each keystroke
 * (docs/decisions/0001-h2-embedded-store-and-in-memory-index.md). This class is the front: it
 * builds, applies changes and takes the locks over three parts — the rows in
 * {@link IndexColumns}, one sort permutation per field in {@link SortOrders}, and the filter pass
 * in {@link FilterScan}.
 * <p>
 * {@link #build()} streams every send once from the store; {@link #sendsChanged} re-reads the
 * changed sends and updates the rows and the permutations in place. Queries take a read lock,
 * changes a write lock; page rows are fetched from the store by id.
 */
public final class SendIndex implements SendQuery, StoreListener {

    /** Reads every send when the index is built: visibility is applied per query, here. */
    private static final User INDEX_READER =
            new User(-1, "read-index@sendtracker.invalid", "Read index", Role.ADMIN, null, Set.of());
    private static final SendStatus[] STATUSES = SendStatus.values();

    private final SendStore store;
    private final DataSource dataSource;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object updateMutex = new Object();
    private volatile boolean ready;
    private volatile RuntimeException failure;
    /** Ids changed while the build ran; null once built. Guarded by updateMutex. */
    private List<String> changedDuringBuild = new ArrayList<>();

    private final IndexColumns columns = new IndexColumns();
    private final SortOrders orders = new SortOrders(columns);

    /**
     * What the last query selected: the window asks page, then counts, for the same filter.
     * "now" only matters to the needs-attention filter.
     */
    private record LastSelection(long version, User viewer, SendFilter filter, Instant now,
            FilterScan.Selection selection) {
    }

    private volatile LastSelection last;
    /** Bumped by every change: a remembered selection is only reused for the same data. */
    private volatile long version;

    /** An index built through {@link SendStore#forEach} (any store). */
    public SendIndex(SendStore store) {
        this(store, null);
    }

    /**
     * An index built by one streaming read of the product's schema on {@code dataSource} (the
     * store's own database): only the indexed columns, no joins, several times faster than
     * reading full sends. Changes are still re-read through the store.
     */
    public SendIndex(SendStore store, DataSource dataSource) {
        this.store = store;
        this.dataSource = dataSource;
    }

    // ------------------------------------------------------------------ build

    /**
     * Reads every send from the store (one streaming query) and prepares the default orders.
     * Runs on the caller's thread: call it from a background thread. Register the index as a
     * store listener before, so changes made meanwhile are applied at the end.
     */
    public void build() {
        try {
            long expected = store.sendCount();
            columns.allocate((int) Math.min(Integer.MAX_VALUE - 16, expected + 1024));
            if (dataSource != null) {
                new SqlRowReader(dataSource).read(columns::append);
            } else {
                store.forEach(INDEX_READER, SendFilter.ALL, new SendSort(SendSort.Field.ID, true), Instant.now(),
                        false, s -> columns.append(IndexedSend.of(s)));
            }
            columns.seal();
            orders.prepare(SendSort.Field.ID);
            orders.prepare(SendSort.Field.CREATED_AT);
            synchronized (updateMutex) {
                List<String> pending = changedDuringBuild;
                changedDuringBuild = null;
                if (!pending.isEmpty()) {
                    applyChanges(pending);
                }
                ready = true;
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    /** Builds the remaining sort orders ahead of use; call after {@link #build()}, off the UI thread. */
    public void prepareAllSorts() {
        for (SendSort.Field f : SendSort.Field.values()) {
            lock.readLock().lock();
            try {
                orders.prepare(f);
            } finally {
                lock.readLock().unlock();
            }
        }
    }

    public boolean isReady() {
        return ready && failure == null;
    }

    /** Why the build failed, or null. */
    public RuntimeException failure() {
        return failure;
    }

    /** Whether this index gives the exact answer to such a query (else ask the store). */
    public boolean canAnswer(SendFilter filter, SendSort sort) {
        if (!isReady() || filter.pendingRequestOnly()) {
            // The index holds no cancellation requests: the store's SQL answers that filter.
            return false;
        }
        String key = filter.searchKey();
        if (key != null && key.indexOf(RowTexts.SEP) >= 0) {
            return false;
        }
        return sort == null || sort.field() != SendSort.Field.COST || columns.costExact;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return columns.rows;
        } finally {
            lock.readLock().unlock();
        }
    }

    // ------------------------------------------------------------------ changes

    @Override
    public void sendsChanged(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        synchronized (updateMutex) {
            if (changedDuringBuild != null) {
                changedDuringBuild.addAll(ids);
                return;
            }
            if (failure != null) {
                return;
            }
            try {
                applyChanges(ids);
            } catch (RuntimeException e) {
                // a half-applied change must not answer queries: fall back to the store from now on
                failure = e;
                throw e;
            }
        }
    }

    /** Re-reads the sends and updates rows and sort orders. Caller holds updateMutex. */
    private void applyChanges(Collection<String> ids) {
        List<Send> sends = store.findByIds(new ArrayList<>(new LinkedHashSet<>(ids)));
        lock.writeLock().lock();
        try {
            int[] changed = new int[sends.size()];
            int n = 0;
            int oldRows = columns.rows;
            for (Send s : sends) {
                int row = orders.rowOf(s.id());
                if (row < 0) {
                    // may have been appended earlier in this batch (rowOf sees only the id order)
                    row = columns.findFrom(oldRows, s.id());
                }
                if (row < 0) {
                    columns.append(IndexedSend.of(s));
                    row = columns.rows - 1;
                } else {
                    columns.replace(row, IndexedSend.of(s));
                }
                changed[n++] = row;
            }
            columns.seal();
            version++;
            last = null;
            orders.rowsChanged(oldRows, Arrays.stream(changed, 0, n).distinct().toArray());
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ------------------------------------------------------------------ queries

    private FilterScan.Selection select(User viewer, SendFilter filter, Instant now, boolean wantRows) {
        LastSelection l = last;
        if (l != null && l.version() == version && l.viewer().equals(viewer) && l.filter().equals(filter)
                && (!filter.attentionOnly() || l.now().equals(now)) && (!wantRows || l.selection().bits != null)) {
            return l.selection();
        }
        FilterScan.Selection sel = FilterScan.scan(columns, viewer, filter, now, wantRows);
        last = new LastSelection(version, viewer, filter, now, sel);
        return sel;
    }

    /** The send ids of one page, in order, and the total. */
    public record IdPage(List<String> ids, long total) {
    }

    public IdPage pageIds(User viewer, SendFilter filter, SendSort sort, int offset, int limit, Instant now) {
        SendSort order = sort == null ? SendSort.NEWEST_FIRST : sort;
        lock.readLock().lock();
        try {
            FilterScan.Selection sel = select(viewer, filter, now, true);
            List<String> ids = new ArrayList<>(Math.max(0, Math.min(limit, 1024)));
            if (limit > 0 && offset < sel.total) {
                long[] bits = sel.bits;
                int[] skip = {Math.max(0, offset)};
                orders.walk(order, r -> {
                    if ((bits[r >>> 6] & (1L << r)) != 0) {
                        if (skip[0] > 0) {
                            skip[0]--;
                        } else {
                            ids.add(columns.id(r));
                        }
                    }
                    return ids.size() < limit;
                });
            }
            return new IdPage(ids, sel.total);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit, Instant now) {
        IdPage ids = pageIds(viewer, filter, sort, offset, limit, now);
        return new SendPage(ids.ids().isEmpty() ? List.of() : store.findByIds(ids.ids()), ids.total());
    }

    @Override
    public long count(User viewer, SendFilter filter, Instant now) {
        lock.readLock().lock();
        try {
            return select(viewer, filter, now, false).total;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter, Instant now) {
        lock.readLock().lock();
        try {
            long[] counts = select(viewer, filter, now, false).byStatus;
            Map<SendStatus, Long> out = new EnumMap<>(SendStatus.class);
            for (SendStatus s : STATUSES) {
                if (counts[s.ordinal()] > 0) {
                    out.put(s, counts[s.ordinal()]);
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether the spend of such a query comes out exact here: every cost fits the scaled column. */
    public boolean canAnswerSpend(SendFilter filter) {
        return canAnswer(filter, null) && columns.costExact;
    }

    @Override
    public Spend spend(User viewer, SendFilter filter, SpendGroup by, Instant now) {
        lock.readLock().lock();
        try {
            return SpendScan.sum(columns, select(viewer, filter, now, true).bits, by);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Rough bytes held, for the bench's report. */
    public long estimatedBytes() {
        lock.readLock().lock();
        try {
            return columns.estimatedBytes() + orders.estimatedBytes();
        } finally {
            lock.readLock().unlock();
        }
    }
}
