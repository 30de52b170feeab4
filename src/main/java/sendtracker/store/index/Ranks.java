package sendtracker.store.index;

import java.util.Arrays;
import java.util.Comparator;

/** Dense sort ranks (equal values share a rank), so that orders sort ints instead of comparing values. */
final class Ranks {
    private Ranks() {
    }

    /** Equal values share a rank; null ranks above every value (it sorts as the greatest). */
    static int[] of(String[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        Arrays.sort(order, (a, b) -> nullsLast.compare(values[a], values[b]));
        int[] rank = new int[values.length];
        int r = -1;
        String prev = null;
        for (int i = 0; i < order.length; i++) {
            String v = values[order[i]];
            if (i == 0 || nullsLast.compare(prev, v) != 0) {
                r++;
            }
            rank[order[i]] = r;
            prev = v;
        }
        return rank;
    }

    /** Ranks of enum constants by name, indexed by ordinal: the store sorts the stored names. */
    static int[] ofNames(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return of(names);
    }

    /** Ranks of the first {@code n} long values; rows with {@code nullFlag} in {@code flags} rank above every value. */
    static int[] of(long[] values, int n, byte[] flags, int nullFlag) {
        long[] distinct = new long[n];
        int m = 0;
        for (int r = 0; r < n; r++) {
            if (nullFlag == 0 || (flags[r] & nullFlag) == 0) {
                distinct[m++] = values[r];
            }
        }
        Arrays.sort(distinct, 0, m);
        int d = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || distinct[i] != distinct[d - 1]) {
                distinct[d++] = distinct[i];
            }
        }
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[r] = nullFlag != 0 && (flags[r] & nullFlag) != 0 ? d : Arrays.binarySearch(distinct, 0, d, values[r]);
        }
        return rank;
    }
}
