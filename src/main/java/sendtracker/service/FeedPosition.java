package sendtracker.service;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a reader of the change feed is. Sequences are handed out when a row is written but seen
 * when its transaction commits, so a later one can be seen first: the skipped ones are kept as
 * holes and looked for again for a while; a hole that never fills (a rolled-back write, a row
 * this login may not see) is given up after {@link #HOLE_PATIENCE_NANOS}.
 */
final class FeedPosition {
    static final long HOLE_PATIENCE_NANOS = 15_000_000_000L;
    /** More holes than this at once (a large rolled-back import) are not waited for. */
    private static final int MAX_HOLES = 10_000;

    private long newest;
    /** Missing sequence → when it was first missed (System.nanoTime). */
    private final TreeMap<Long, Long> holes = new TreeMap<>();

    FeedPosition(long start) {
        this.newest = start;
    }

    /** The highest sequence seen. */
    long newest() {
        return newest;
    }

    /** The highest sequence below which every one is seen or given up. */
    long applied() {
        return holes.isEmpty() ? newest : holes.firstKey() - 1;
    }

    boolean hasHoles() {
        return !holes.isEmpty();
    }

    long oldestHole() {
        return holes.firstKey();
    }

    /** True when {@code seq} is new (to be applied); false when seen already. */
    boolean take(long seq) {
        if (seq <= newest) {
            return holes.remove(seq) != null;
        }
        long now = System.nanoTime();
        if (seq - newest - 1 <= MAX_HOLES - holes.size()) {
            for (long s = newest + 1; s < seq; s++) {
                holes.put(s, now);
            }
        }
        newest = seq;
        return true;
    }

    void forgetOldHoles(long nowNanos) {
        holes.entrySet().removeIf((Map.Entry<Long, Long> e) -> nowNanos - e.getValue() > HOLE_PATIENCE_NANOS);
    }
}
