package sendtracker.store.index;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;

/**
 * One order of the rows per {@link SendSort.Field}: ascending by the field, rows with an equal
 * field in the tie-break order of {@link SendSort#keys()} (newest created first, then the greater
 * id; docs/decisions/0020-sort-ties-newest-first-then-id.md), built on first use. Each order
 * marks where a run of equal field values starts, so a descending walk visits the runs backwards
 * and each run forwards: the tie-break is the same in both directions. The fields with a rank
 * that needs no text comparison sort packed (rank, position) longs; the text fields merge-sort
 * row numbers ({@link IntSorter}). Callers hold the index's read lock to read, its write lock to
 * change.
 */
final class SortOrders {
    private static final SendSort.Field[] FIELDS = SendSort.Field.values();
    private static final int[] TYPE_RANK = Ranks.ofNames(SendType.values());
    private static final int[] STATUS_RANK = Ranks.ofNames(SendStatus.values());
    /** Changes in one batch above which sort orders are rebuilt on use rather than merged. */
    private static final int BULK_CHANGE = 256;

    /** The rows ascending by one field with its ties broken, and a bit per position that starts a run of equal values. */
    private record Order(int[] rows, long[] runStarts) {
    }

    /** Visits rows in an order; returns false to stop. */
    @FunctionalInterface
    interface RowVisitor {
        boolean visit(int row);
    }

    private final IndexColumns columns;
    private final Object sortMutex = new Object();
    private final AtomicReferenceArray<Order> orders = new AtomicReferenceArray<>(FIELDS.length);
    /** The rows in the tie-break's order alone, shared by the builds of every field; guarded by sortMutex. */
    private volatile int[] tieOrder;

    SortOrders(IndexColumns columns) {
        this.columns = columns;
    }

    /** Builds the field's order now if it is not there yet. Caller holds a lock. */
    void prepare(SendSort.Field field) {
        order(field);
    }

    /**
     * Visits every row in the sort's order until the visitor says stop: ascending walks the order
     * as it is; descending walks its runs of equal values from the last one back, each run in
     * its own (tie-break) order. Caller holds a lock.
     */
    void walk(SendSort sort, RowVisitor visitor) {
        Order o = order(sort.field());
        int[] rows = o.rows();
        int n = rows.length;
        if (sort.ascending()) {
            for (int i = 0; i < n; i++) {
                if (!visitor.visit(rows[i])) {
                    return;
                }
            }
            return;
        }
        int end = n;
        while (end > 0) {
            int start = runStartAtOrBefore(o.runStarts(), end - 1);
            for (int i = start; i < end; i++) {
                if (!visitor.visit(rows[i])) {
                    return;
                }
            }
            end = start;
        }
    }

    private static int runStartAtOrBefore(long[] bits, int position) {
        int word = position >>> 6;
        long w = bits[word] & (-1L >>> (63 - (position & 63)));
        while (w == 0) {
            w = bits[--word];
        }
        return (word << 6) + 63 - Long.numberOfLeadingZeros(w);
    }

    private Order order(SendSort.Field field) {
        Order o = orders.get(field.ordinal());
        if (o != null) {
            return o;
        }
        synchronized (sortMutex) {
            o = orders.get(field.ordinal());
            if (o == null) {
                o = withRuns(field, build(field));
                orders.set(field.ordinal(), o);
            }
            return o;
        }
    }

    private int[] build(SendSort.Field field) {
        int rows = columns.rows;
        Order byIdOrder = orders.get(SendSort.Field.ID.ordinal());
        int[] byId = byIdOrder == null ? null : byIdOrder.rows();
        if (tieOrder == null && byId != null) {
            tieOrder = tieOrder(byId);
        }
        int[] ties = field == SendSort.Field.ID ? null : tieOrder;
        int[] ranks = ties == null ? null : valueRanks(field);
        if (ranks != null) {
            return stableByRank(ranks, ties, true);
        }
        int[] p = new int[rows];
        if (ties != null) {
            // starting from the tie-break's order keeps the merge sort's ties cheap and runs long
            System.arraycopy(ties, 0, p, 0, rows);
        } else {
            for (int i = 0; i < rows; i++) {
                p[i] = i;
            }
        }
        IntSorter.sort(p, rows, comparator(field));
        return p;
    }

    /**
     * Every row in the tie-break's order alone, from the id order: stable sorts by each tie-break
     * key, least significant first. Null when a key has no rank (then the comparator sorts).
     */
    private int[] tieOrder(int[] byId) {
        List<SendSort> ties = SendSort.TIE_BREAK;
        int n = columns.rows;
        int[] order = new int[n];
        // the tie-break ends with the id (SendSort#keys relies on it): the least significant key
        SendSort last = ties.get(ties.size() - 1);
        for (int i = 0; i < n; i++) {
            order[i] = byId[last.ascending() ? i : n - 1 - i];
        }
        for (int k = ties.size() - 2; k >= 0; k--) {
            int[] ranks = valueRanks(ties.get(k).field());
            if (ranks == null) {
                return null;
            }
            order = stableByRank(ranks, order, ties.get(k).ascending());
        }
        return order;
    }

    /** The order and where its runs of equal field values start. */
    private Order withRuns(SendSort.Field field, int[] rows) {
        IntSorter.RowComparator key = keyComparator(field);
        long[] starts = new long[(rows.length >>> 6) + 1];
        for (int i = 0; i < rows.length; i++) {
            if (i == 0 || key.compare(rows[i - 1], rows[i]) != 0) {
                starts[i >>> 6] |= 1L << i;
            }
        }
        return new Order(rows, starts);
    }

    /** The row holding this send id, or -1. Caller holds a lock; the id order exists. */
    int rowOf(String id) {
        int[] byId = orders.get(SendSort.Field.ID.ordinal()).rows();
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = columns.compareIdTo(byId[mid], id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return byId[mid];
            }
        }
        return -1;
    }

    /**
     * After rows changed (and rows from {@code oldRows} on were appended): a few changes are
     * merged into each order; a bulk load drops the orders (rebuilt on next use) rather than
     * merging a thousand times, but keeps the id order for lookups. Caller holds the write lock.
     */
    void rowsChanged(int oldRows, int[] changed) {
        boolean bulk = changed.length > BULK_CHANGE;
        synchronized (sortMutex) {
            tieOrder = null;
        }
        for (SendSort.Field f : FIELDS) {
            Order o = orders.get(f.ordinal());
            if (o != null) {
                boolean keep = !bulk || f == SendSort.Field.ID;
                orders.set(f.ordinal(), keep ? mergeChanged(f, o, oldRows, changed) : null);
            }
        }
    }

    /**
     * The order without the changed rows, then the changed rows put back at their new places,
     * found by binary search. A kept row that keeps its neighbour keeps its run-start bit; only
     * the rows around a change are compared again: a change costs O(k log n) comparisons and one
     * copy of the order, not a comparison per row (docs/decisions/0014-launch-time.md: at 1M sends
     * the full pass took seconds per change).
     */
    private Order mergeChanged(SendSort.Field field, Order old, int oldRows, int[] changed) {
        IntSorter.RowComparator cmp = comparator(field);
        IntSorter.RowComparator key = keyComparator(field);
        int[] perm = old.rows();
        long[] oldStarts = old.runStarts();
        int rows = columns.rows;
        long[] mark = new long[(rows >>> 6) + 1];
        for (int r : changed) {
            mark[r >>> 6] |= 1L << r;
        }
        int[] moved = changed.clone();
        IntSorter.sort(moved, moved.length, cmp);
        int[] at = new int[moved.length];
        for (int m = 0; m < moved.length; m++) {
            at[m] = insertionPoint(perm, oldRows, mark, moved[m], cmp);
        }
        int[] out = new int[rows];
        long[] starts = new long[(rows >>> 6) + 1];
        int k = 0;
        int m = 0;
        int lastKept = -2; // the old position of the row written last, when it was a kept one
        for (int i = 0; i <= oldRows; i++) {
            while (m < moved.length && at[m] <= i) {
                out[k] = moved[m++];
                markIfRunStarts(starts, out, k++, key);
                lastKept = -2;
            }
            if (i == oldRows) {
                break;
            }
            int r = perm[i];
            if ((mark[r >>> 6] & (1L << r)) != 0) {
                continue;
            }
            out[k] = r;
            if (k > 0 && lastKept == i - 1) {
                if ((oldStarts[i >>> 6] & (1L << i)) != 0) {
                    starts[k >>> 6] |= 1L << k;
                }
            } else {
                markIfRunStarts(starts, out, k, key);
            }
            k++;
            lastKept = i;
        }
        return new Order(out, starts);
    }

    /** The first old position whose kept row sorts after {@code row} (changed rows skipped); {@code oldRows} if none. */
    private static int insertionPoint(int[] perm, int oldRows, long[] mark, int row, IntSorter.RowComparator cmp) {
        int lo = 0;
        int hi = oldRows;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int j = mid;
            while (j < hi && (mark[perm[j] >>> 6] & (1L << perm[j])) != 0) {
                j++;
            }
            if (j == hi || cmp.compare(row, perm[j]) < 0) {
                hi = mid; // every kept row from mid on sorts after it
            } else {
                lo = j + 1;
            }
        }
        return lo;
    }

    private static void markIfRunStarts(long[] starts, int[] order, int k, IntSorter.RowComparator key) {
        if (k == 0 || key.compare(order[k - 1], order[k]) != 0) {
            starts[k >>> 6] |= 1L << k;
        }
    }

    /** The field's order with the tie-break of {@link SendSort#keys()}; reads the columns as they are now. */
    private IntSorter.RowComparator comparator(SendSort.Field field) {
        List<SendSort> keys = new SendSort(field, true).keys();
        IntSorter.RowComparator[] parts = new IntSorter.RowComparator[keys.size()];
        boolean[] ascending = new boolean[keys.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = keyComparator(keys.get(i).field());
            ascending[i] = keys.get(i).ascending();
        }
        return (a, b) -> {
            for (int i = 0; i < parts.length; i++) {
                int c = parts[i].compare(a, b);
                if (c != 0) {
                    return ascending[i] ? c : -c;
                }
            }
            return 0;
        };
    }

    /** One field alone, ascending, an empty value the greatest; reads the columns as they are now. */
    private IntSorter.RowComparator keyComparator(SendSort.Field field) {
        IndexColumns c = columns;
        switch (field) {
            case CREATED_AT: {
                long[] t = c.createdAt;
                return (a, b) -> Long.compare(t[a], t[b]);
            }
            case STATUS_CHANGED_AT: {
                long[] t = c.changedAt;
                return (a, b) -> Long.compare(t[a], t[b]);
            }
            case RECIPIENT:
                return (a, b) -> compareText(a, b, IndexColumns.O_RECIPIENT, IndexColumns.F_RECIPIENT_NULL);
            case SENDER: {
                int[] rank = c.senderNameRank;
                int[] code = c.sender;
                return (a, b) -> Integer.compare(rank[code[a]], rank[code[b]]);
            }
            case TYPE: {
                byte[] code = c.type;
                return (a, b) -> Integer.compare(TYPE_RANK[code[a]], TYPE_RANK[code[b]]);
            }
            case CAMPAIGN: {
                int[] rank = c.campaignNameRank;
                int[] code = c.campaign;
                return (a, b) -> Integer.compare(rank[code[a]], rank[code[b]]);
            }
            case STATUS: {
                byte[] code = c.status;
                return (a, b) -> Integer.compare(STATUS_RANK[code[a]], STATUS_RANK[code[b]]);
            }
            case COST:
                return this::compareCost;
            case TRACKING:
                return (a, b) -> compareText(a, b, IndexColumns.O_TRACKING, IndexColumns.F_TRACKING_NULL);
            case ID:
            default:
                return c::compareId;
        }
    }

    private int compareCost(int a, int b) {
        byte[] flags = columns.flags;
        boolean na = (flags[a] & IndexColumns.F_COST_NULL) != 0;
        boolean nb = (flags[b] & IndexColumns.F_COST_NULL) != 0;
        if (na || nb) {
            return na == nb ? 0 : na ? 1 : -1;
        }
        return Long.compare(columns.cost[a], columns.cost[b]);
    }

    /** A sortable text, null after every value (as the store's SQL orders). */
    private int compareText(int a, int b, int origField, int nullFlag) {
        byte[] flags = columns.flags;
        boolean na = (flags[a] & nullFlag) != 0;
        boolean nb = (flags[b] & nullFlag) != 0;
        if (na || nb) {
            return na == nb ? 0 : na ? 1 : -1;
        }
        return columns.compareOrig(a, b, origField);
    }

    /**
     * Per row, a rank of the sort value (equal values share it, null above all), for the fields
     * that have one without comparing text; null for text fields and the id.
     */
    private int[] valueRanks(SendSort.Field field) {
        IndexColumns c = columns;
        int n = c.rows;
        int[] rank = new int[n];
        switch (field) {
            case TYPE:
                for (int r = 0; r < n; r++) {
                    rank[r] = TYPE_RANK[c.type[r]];
                }
                return rank;
            case STATUS:
                for (int r = 0; r < n; r++) {
                    rank[r] = STATUS_RANK[c.status[r]];
                }
                return rank;
            case SENDER:
                for (int r = 0; r < n; r++) {
                    rank[r] = c.senderNameRank[c.sender[r]];
                }
                return rank;
            case CAMPAIGN:
                for (int r = 0; r < n; r++) {
                    rank[r] = c.campaignNameRank[c.campaign[r]];
                }
                return rank;
            case CREATED_AT:
                return Ranks.of(c.createdAt, n, c.flags, 0);
            case STATUS_CHANGED_AT:
                return Ranks.of(c.changedAt, n, c.flags, 0);
            case COST:
                return Ranks.of(c.cost, n, c.flags, IndexColumns.F_COST_NULL);
            default:
                return null;
        }
    }

    /**
     * {@code base} stably sorted by rank (ascending or descending): (rank, position in base)
     * packed in one long, a primitive sort with no comparator.
     */
    private int[] stableByRank(int[] rank, int[] base, boolean ascending) {
        int n = columns.rows;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int r = rank[base[i]];
            keys[i] = ((long) (ascending ? r : n - r) << 32) | i;
        }
        Arrays.sort(keys);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = base[(int) keys[i]];
        }
        return p;
    }

    /** Rough bytes held by the orders. */
    long estimatedBytes() {
        long b = 0;
        int[] ties = tieOrder;
        if (ties != null) {
            b += 4L * ties.length;
        }
        for (int i = 0; i < FIELDS.length; i++) {
            Order o = orders.get(i);
            if (o != null) {
                b += 4L * o.rows().length + 8L * o.runStarts().length;
            }
        }
        return b;
    }
}
