package sendtracker.store.index;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;

/**
 * One sort permutation of the rows per {@link SendSort.Field}, ascending with the send id as
 * tie-break (descending walks it backwards), built on first use. The fields with a rank that
 * needs no text comparison sort packed (rank, id position) longs; the text fields merge-sort
 * row numbers ({@link IntSorter}). Callers hold the index's read lock to read, its write lock to
 * change.
 */
final class SortOrders {
    private static final SendSort.Field[] FIELDS = SendSort.Field.values();
    private static final int[] TYPE_RANK = Ranks.ofNames(SendType.values());
    private static final int[] STATUS_RANK = Ranks.ofNames(SendStatus.values());
    /** Changes in one batch above which sort orders are rebuilt on use rather than merged. */
    private static final int BULK_CHANGE = 256;

    private final IndexColumns columns;
    private final Object sortMutex = new Object();
    private final AtomicReferenceArray<int[]> perms = new AtomicReferenceArray<>(FIELDS.length);

    SortOrders(IndexColumns columns) {
        this.columns = columns;
    }

    /** The rows in ascending order of the field; built on first use. Caller holds a lock. */
    int[] ascending(SendSort.Field field) {
        int[] p = perms.get(field.ordinal());
        if (p != null) {
            return p;
        }
        synchronized (sortMutex) {
            p = perms.get(field.ordinal());
            if (p == null) {
                p = build(field);
                perms.set(field.ordinal(), p);
            }
            return p;
        }
    }

    private int[] build(SendSort.Field field) {
        int rows = columns.rows;
        int[] byId = perms.get(SendSort.Field.ID.ordinal());
        int[] ranks = byId == null ? null : valueRanks(field);
        if (ranks != null) {
            return sortByRankThenId(ranks, byId);
        }
        int[] p = new int[rows];
        if (byId != null) {
            // starting from id order keeps the merge sort's ties cheap and runs long
            System.arraycopy(byId, 0, p, 0, rows);
        } else {
            for (int i = 0; i < rows; i++) {
                p[i] = i;
            }
        }
        IntSorter.sort(p, rows, comparator(field));
        return p;
    }

    /** The row holding this send id, or -1. Caller holds a lock; the id order exists. */
    int rowOf(String id) {
        int[] byId = perms.get(SendSort.Field.ID.ordinal());
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
        for (SendSort.Field f : FIELDS) {
            int[] p = perms.get(f.ordinal());
            if (p != null) {
                boolean keep = !bulk || f == SendSort.Field.ID;
                perms.set(f.ordinal(), keep ? mergeChanged(p, oldRows, changed, comparator(f)) : null);
            }
        }
    }

    /** The order without the changed rows, then the changed rows merged back at their new places. */
    private int[] mergeChanged(int[] perm, int oldRows, int[] changed, IntSorter.RowComparator cmp) {
        int rows = columns.rows;
        long[] mark = new long[(rows >>> 6) + 1];
        for (int r : changed) {
            mark[r >>> 6] |= 1L << r;
        }
        int[] moved = changed.clone();
        IntSorter.sort(moved, moved.length, cmp);
        int[] out = new int[rows];
        int k = 0;
        int m = 0;
        for (int i = 0; i < oldRows; i++) {
            int r = perm[i];
            if ((mark[r >>> 6] & (1L << r)) != 0) {
                continue;
            }
            while (m < moved.length && cmp.compare(moved[m], r) < 0) {
                out[k++] = moved[m++];
            }
            out[k++] = r;
        }
        while (m < moved.length) {
            out[k++] = moved[m++];
        }
        return out;
    }

    /** The field's order with the id as tie-break; reads the columns as they are now. */
    private IntSorter.RowComparator comparator(SendSort.Field field) {
        IndexColumns c = columns;
        switch (field) {
            case CREATED_AT: {
                long[] t = c.createdAt;
                return (a, b) -> tie(Long.compare(t[a], t[b]), a, b);
            }
            case STATUS_CHANGED_AT: {
                long[] t = c.changedAt;
                return (a, b) -> tie(Long.compare(t[a], t[b]), a, b);
            }
            case RECIPIENT:
                return (a, b) -> tie(compareText(a, b, IndexColumns.O_RECIPIENT, IndexColumns.F_RECIPIENT_NULL), a, b);
            case SENDER: {
                int[] rank = c.senderNameRank;
                int[] code = c.sender;
                return (a, b) -> tie(Integer.compare(rank[code[a]], rank[code[b]]), a, b);
            }
            case TYPE: {
                byte[] code = c.type;
                return (a, b) -> tie(Integer.compare(TYPE_RANK[code[a]], TYPE_RANK[code[b]]), a, b);
            }
            case CAMPAIGN: {
                int[] rank = c.campaignNameRank;
                int[] code = c.campaign;
                return (a, b) -> tie(Integer.compare(rank[code[a]], rank[code[b]]), a, b);
            }
            case STATUS: {
                byte[] code = c.status;
                return (a, b) -> tie(Integer.compare(STATUS_RANK[code[a]], STATUS_RANK[code[b]]), a, b);
            }
            case COST:
                return (a, b) -> tie(compareCost(a, b), a, b);
            case TRACKING:
                return (a, b) -> tie(compareText(a, b, IndexColumns.O_TRACKING, IndexColumns.F_TRACKING_NULL), a, b);
            case ID:
            default:
                return c::compareId;
        }
    }

    private int tie(int c, int a, int b) {
        return c != 0 ? c : columns.compareId(a, b);
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

    /** Sorts (rank, position in id order) packed in one long: a primitive sort, no comparator. */
    private int[] sortByRankThenId(int[] rank, int[] byId) {
        int n = columns.rows;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) rank[byId[i]] << 32) | i;
        }
        Arrays.sort(keys);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = byId[(int) keys[i]];
        }
        return p;
    }

    /** Rough bytes held by the orders. */
    long estimatedBytes() {
        long b = 0;
        for (int i = 0; i < FIELDS.length; i++) {
            int[] p = perms.get(i);
            if (p != null) {
                b += 4L * p.length;
            }
        }
        return b;
    }
}
