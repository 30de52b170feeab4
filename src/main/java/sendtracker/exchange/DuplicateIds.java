package sendtracker.exchange;

import sendtracker.domain.Texts;

/**
 * Finds a Send ID that already appeared earlier in the same file. Keeps a 64-bit hash of each id
 * and its line in two flat arrays (about 24 bytes an id, no object per id), so a million-row file
 * costs tens of megabytes, not hundreds; two different ids sharing a 64-bit hash is not a real risk.
 */
public final class DuplicateIds {
    private long[] hashes = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /**
     * The row as it is, or rejected when its id was seen on an earlier line. Only accepted rows
     * count: a rejected row's id may come back fixed later in the file.
     */
    public SendRow check(SendRow row) {
        if (!row.isAccepted()) {
            return row;
        }
        String id = row.send().id();
        long first = putIfAbsent(hash(id), row.line());
        return first < 0 ? row
                : row.reject(CsvColumn.SEND_ID.header(), Texts.get("exchange.row.duplicate", id, String.valueOf(first)));
    }

    /** The line already stored for the hash, or -1 after storing this line. */
    private long putIfAbsent(long h, long line) {
        if (h == 0) {
            h = 1; // 0 marks an empty slot
        }
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        lines[i] = line;
        if (++size * 2 > hashes.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long h = oldHashes[j];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                lines[i] = oldLines[j];
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finaliser to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    int size() {
        return size;
    }
}
