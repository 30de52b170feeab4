package sendtracker.store.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A few text fields per row, kept as large strings of 16,384 rows each rather than millions of
 * small {@code String} objects: each row is {@code f0 SEP f1 SEP … SEP}. A chunk of only Latin-1
 * text is stored one byte a character, and {@link String#indexOf(String, int)} scans it with the
 * JDK's vectorised intrinsic, so a substring search over a million rows is a few linear scans.
 * Rows changed after they were appended live in a small side table (their chunk text is stale).
 * Not thread-safe: the owner serialises writes against reads.
 */
final class RowTexts {
    /** Never part of a stored value's search: a search key holding it is not answered here. */
    static final char SEP = '\u0000';
    static final int CHUNK_SHIFT = 14;
    static final int CHUNK_ROWS = 1 << CHUNK_SHIFT;
    /** Changed rows kept aside before their chunks are rewritten. */
    private static final int COMPACT_AFTER = 4096;

    private final int fields;
    private String[] chunks = new String[8];
    private int[] start;
    private int rows;
    private StringBuilder pending;
    private int pendingChunk = -1;
    private final Map<Integer, String> overrides = new HashMap<>();
    private long[] stale = new long[16];

    RowTexts(int fields, int capacity) {
        this.fields = fields;
        this.start = new int[Math.max(16, capacity)];
    }

    int rows() {
        return rows;
    }

    /** Adds a row; null values are stored as empty text (the caller keeps null flags if it needs them). */
    void append(String... values) {
        int chunk = rows >>> CHUNK_SHIFT;
        if (pendingChunk != chunk) {
            sealPending();
            if (chunk < chunks.length && chunks[chunk] != null) {
                // appending to a partly filled chunk: continue from its text
                pending = new StringBuilder(chunks[chunk].length() + 1024).append(chunks[chunk]);
            } else {
                pending = new StringBuilder(1 << 20);
            }
            pendingChunk = chunk;
        }
        if (rows == start.length) {
            start = Arrays.copyOf(start, start.length + (start.length >> 1) + 16);
        }
        start[rows] = pending.length();
        appendSegment(pending, values);
        rows++;
    }

    /** Replaces a row's values. */
    void set(int row, String... values) {
        if (row >= rows) {
            throw new IndexOutOfBoundsException(row);
        }
        StringBuilder sb = new StringBuilder(64);
        appendSegment(sb, values);
        overrides.put(row, sb.toString());
        int word = row >>> 6;
        if (word >= stale.length) {
            stale = Arrays.copyOf(stale, Math.max(word + 1, stale.length * 2));
        }
        stale[word] |= 1L << row;
    }

    private void appendSegment(StringBuilder sb, String[] values) {
        if (values.length != fields) {
            throw new IllegalArgumentException("expected " + fields + " values");
        }
        for (String v : values) {
            if (v != null) {
                sb.append(v);
            }
            sb.append(SEP);
        }
    }

    /** Makes appended rows readable; call after a batch of appends and before any read. */
    void seal() {
        sealPending();
        if (overrides.size() > COMPACT_AFTER) {
            compact();
        }
    }

    /** Rewrites the chunks that hold changed rows, so the side table stays small after bulk updates. */
    private void compact() {
        boolean[] dirty = new boolean[(rows >>> CHUNK_SHIFT) + 1];
        for (int row : overrides.keySet()) {
            dirty[row >>> CHUNK_SHIFT] = true;
        }
        for (int c = 0; c < dirty.length; c++) {
            if (!dirty[c]) {
                continue;
            }
            int first = c << CHUNK_SHIFT;
            int end = Math.min(rows, first + CHUNK_ROWS);
            String old = chunks[c];
            StringBuilder sb = new StringBuilder(old.length() + 1024);
            for (int r = first; r < end; r++) {
                int from = sb.length();
                if (isStale(r)) {
                    sb.append(overrides.remove(r));
                    stale[r >>> 6] &= ~(1L << r);
                } else {
                    int next = r + 1 < end ? start[r + 1] : old.length();
                    sb.append(old, start[r], next);
                }
                start[r] = from;
            }
            chunks[c] = sb.toString();
        }
    }

    private void sealPending() {
        if (pending == null) {
            return;
        }
        if (pendingChunk >= chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(pendingChunk + 1, chunks.length * 2));
        }
        chunks[pendingChunk] = pending.toString();
        pending = null;
        pendingChunk = -1;
    }

    private boolean isStale(int row) {
        int word = row >>> 6;
        return word < stale.length && (stale[word] & (1L << row)) != 0;
    }

    private String textOf(int row) {
        return isStale(row) ? overrides.get(row) : chunks[row >>> CHUNK_SHIFT];
    }

    private int startOf(int row) {
        return isStale(row) ? 0 : start[row];
    }

    /** The field's span in {@code text}: start in the high 32 bits, end (exclusive) in the low. */
    private long span(int row, int field, String text) {
        int from = startOf(row);
        for (int k = 0; k < field; k++) {
            from = text.indexOf(SEP, from) + 1;
        }
        return ((long) from << 32) | text.indexOf(SEP, from);
    }

    String field(int row, int field) {
        String text = textOf(row);
        long sp = span(row, field, text);
        return text.substring((int) (sp >>> 32), (int) sp);
    }

    /** {@link String#compareTo} of one field of two rows, without copying either. */
    int compare(int rowA, int rowB, int field) {
        String ta = textOf(rowA);
        String tb = textOf(rowB);
        long sa = span(rowA, field, ta);
        long sb = span(rowB, field, tb);
        return compareRegions(ta, (int) (sa >>> 32), (int) sa, tb, (int) (sb >>> 32), (int) sb);
    }

    /** {@link String#compareTo} of a field of a row here with a field of a row in another store. */
    static int compare(RowTexts ta, int rowA, int fieldA, RowTexts tb, int rowB, int fieldB) {
        String a = ta.textOf(rowA);
        String b = tb.textOf(rowB);
        long sa = ta.span(rowA, fieldA, a);
        long sb = tb.span(rowB, fieldB, b);
        return compareRegions(a, (int) (sa >>> 32), (int) sa, b, (int) (sb >>> 32), (int) sb);
    }

    /** Compares the field of a row with a value, as {@code field.compareTo(value)}. */
    int compareTo(int row, int field, String value) {
        String text = textOf(row);
        long sp = span(row, field, text);
        return compareRegions(text, (int) (sp >>> 32), (int) sp, value, 0, value.length());
    }

    private static int compareRegions(String a, int ia, int endA, String b, int ib, int endB) {
        int lenA = endA - ia;
        int lenB = endB - ib;
        int n = Math.min(lenA, lenB);
        for (int k = 0; k < n; k++) {
            char ca = a.charAt(ia + k);
            char cb = b.charAt(ib + k);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return lenA - lenB;
    }

    /** Whether some field of this row contains {@code key} (which must not hold {@link #SEP}). */
    boolean rowContains(int row, String key) {
        String text = textOf(row);
        int from = startOf(row);
        int end;
        if (isStale(row)) {
            end = text.length();
        } else {
            int next = row + 1;
            end = next < rows && (next >>> CHUNK_SHIFT) == (row >>> CHUNK_SHIFT) ? start[next] : text.length();
        }
        char first = key.charAt(0);
        for (int i = from, last = end - key.length(); i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(key, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets the bit of every row where some field contains {@code key} (which must not hold
     * {@link #SEP}, so a hit never spans two fields).
     */
    void search(String key, long[] bits) {
        int chunkCount = (rows + CHUNK_ROWS - 1) >>> CHUNK_SHIFT;
        // chunks own disjoint words of the bit set: they are searched in parallel
        IntStream.range(0, chunkCount).parallel().forEach(c -> searchChunk(c, key, bits));
        for (Map.Entry<Integer, String> e : overrides.entrySet()) {
            if (e.getValue().contains(key)) {
                int row = e.getKey();
                bits[row >>> 6] |= 1L << row;
            }
        }
    }

    private void searchChunk(int c, String key, long[] bits) {
        String text = chunks[c];
        int first = c << CHUNK_SHIFT;
        int end = Math.min(rows, first + CHUNK_ROWS);
        int row = first;
        int from = 0;
        int pos;
        while ((pos = text.indexOf(key, from)) >= 0) {
            // rows are laid out in order: move to the row holding pos (often this very row)
            int lo = row;
            int hi = lo + 1 < end && start[lo + 1] > pos ? lo : end - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (start[mid] <= pos) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            row = lo;
            if (!isStale(row)) {
                bits[row >>> 6] |= 1L << row;
            }
            if (row + 1 >= end) {
                break;
            }
            row++;
            from = start[row];
        }
    }

    /** Characters held, for the memory estimate. */
    long chars() {
        long n = 0;
        for (String s : chunks) {
            if (s != null) {
                n += s.length();
            }
        }
        return n;
    }
}
