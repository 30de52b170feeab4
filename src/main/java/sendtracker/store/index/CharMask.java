package sendtracker.store.index;

/**
 * Which characters a row's searched texts hold, in one long: one bit per letter a–z and digit
 * 0–9 (exact), the rest share hashed bits (so only the exact ones may answer a search alone).
 * A row whose mask lacks a bit of the key cannot contain the key.
 */
final class CharMask {
    private CharMask() {
    }

    static long of(String[] lowerTexts) {
        long mask = 0;
        for (String t : lowerTexts) {
            if (t != null) {
                for (int i = 0; i < t.length(); i++) {
                    mask |= 1L << bit(t.charAt(i));
                }
            }
        }
        return mask;
    }

    static long of(String key) {
        long mask = 0;
        for (int i = 0; i < key.length(); i++) {
            mask |= 1L << bit(key.charAt(i));
        }
        return mask;
    }

    static int bit(char c) {
        int exact = exactBit(c);
        return exact >= 0 ? exact : 36 + c % 28;
    }

    /** The bit of a lower-case ASCII letter or digit, or -1. */
    static int exactBit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return -1;
    }
}
