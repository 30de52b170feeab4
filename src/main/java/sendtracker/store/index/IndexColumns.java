package sendtracker.store.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import sendtracker.store.SearchField;

/**
 * The index's column storage, one slot per row:
 * <ul>
 * <li>primitive columns (times, cost, status, type, issue, flags) and dictionary codes for the
 *     {@link Sender} and the {@link Campaign};</li>
 * <li>the texts of {@link IndexedSend#SEARCHED} lower-cased in a few large strings for substring
 *     search ({@link RowTexts}), and the original spelling of the sortable texts (id, recipient
 *     name, tracking number) kept only where it differs from the lower-cased one;</li>
 * <li>per sender and campaign: the lower-cased texts the filters and the search read, and the
 *     sort rank of the name.</li>
 * </ul>
 * The arrays are read directly by {@link SortOrders} and {@link FilterScan}. Not thread-safe:
 * {@link SendIndex} serialises writes against reads.
 */
final class IndexColumns {
    /** The sortable texts kept in their own spelling. */
    static final int O_ID = 0, O_RECIPIENT = 1, O_TRACKING = 2;
    /** Where each sortable text sits among the lower-cased searched ones; -1 when it is not searched. */
    private static final int[] ORIG_IN_LOWER = IndexedSend.SORTABLE.stream()
            .mapToInt(IndexedSend.SEARCHED::indexOf).toArray();

    static final int F_TEST = 1, F_COST_NULL = 2, F_RECIPIENT_NULL = 4, F_TRACKING_NULL = 8;
    /** Original spelling equals the lower-cased one (bit per sortable text, from this bit on). */
    private static final int F_SAME_SHIFT = 4;
    /** Scale of the cost column: 4 decimal places fit any currency amount the store keeps. */
    static final int COST_SCALE = 4;

    int rows;
    long[] createdAt = new long[0];
    long[] changedAt = new long[0];
    long[] cost = new long[0];
    long[] charMask = new long[0];
    byte[] status = new byte[0];
    byte[] type = new byte[0];
    byte[] issue = new byte[0];
    byte[] flags = new byte[0];
    int[] sender = new int[0];
    int[] campaign = new int[0];
    /** Dictionary codes of the sends' currencies (a few distinct ones), for the spend totals. */
    int[] currency = new int[0];
    RowTexts lower = new RowTexts(IndexedSend.SEARCHED.size(), 0);
    private RowTexts orig = new RowTexts(IndexedSend.SORTABLE.size(), 0);
    final Dictionary<Sender> senders = new Dictionary<>();
    final Dictionary<Campaign> campaigns = new Dictionary<>();
    final Dictionary<String> currencies = new Dictionary<>();
    int[] senderNameRank = new int[0];
    int[] campaignNameRank = new int[0];
    String[] senderEmailLower = new String[0];
    String[] senderTeamLower = new String[0];
    /** Per sender, its texts of {@link Sender#SEARCHED}, lower-cased. */
    String[][] senderSearchedLower = new String[0][];
    /** Per campaign, its texts of {@link Campaign#SEARCHED}, lower-cased. */
    String[][] campaignSearchedLower = new String[0][];
    /** False once some cost does not fit the scaled long column: sorting by cost is then left to the store. */
    boolean costExact = true;

    /** Empties the columns, ready for about {@code capacity} rows. */
    void allocate(int capacity) {
        createdAt = new long[capacity];
        changedAt = new long[capacity];
        cost = new long[capacity];
        charMask = new long[capacity];
        status = new byte[capacity];
        type = new byte[capacity];
        issue = new byte[capacity];
        flags = new byte[capacity];
        sender = new int[capacity];
        campaign = new int[capacity];
        currency = new int[capacity];
        lower = new RowTexts(IndexedSend.SEARCHED.size(), capacity);
        orig = new RowTexts(IndexedSend.SORTABLE.size(), capacity);
        rows = 0;
    }

    private void ensureCapacity(int needed) {
        if (needed <= createdAt.length) {
            return;
        }
        int cap = Math.max(needed, createdAt.length + (createdAt.length >> 1) + 16);
        createdAt = Arrays.copyOf(createdAt, cap);
        changedAt = Arrays.copyOf(changedAt, cap);
        cost = Arrays.copyOf(cost, cap);
        charMask = Arrays.copyOf(charMask, cap);
        status = Arrays.copyOf(status, cap);
        type = Arrays.copyOf(type, cap);
        issue = Arrays.copyOf(issue, cap);
        flags = Arrays.copyOf(flags, cap);
        sender = Arrays.copyOf(sender, cap);
        campaign = Arrays.copyOf(campaign, cap);
        currency = Arrays.copyOf(currency, cap);
    }

    /** Adds a row; call {@link #seal()} after a batch of appends and changes, before reading. */
    void append(IndexedSend s) {
        int row = rows;
        ensureCapacity(row + 1);
        writeColumns(row, s);
        String[] lowerTexts = lowerTexts(s);
        charMask[row] = CharMask.of(lowerTexts);
        lower.append(lowerTexts);
        orig.append(origTexts(s, lowerTexts, row));
        rows = row + 1;
    }

    /** Overwrites a row; call {@link #seal()} after a batch of appends and changes, before reading. */
    void replace(int row, IndexedSend s) {
        writeColumns(row, s);
        String[] lowerTexts = lowerTexts(s);
        charMask[row] = CharMask.of(lowerTexts);
        lower.set(row, lowerTexts);
        orig.set(row, origTexts(s, lowerTexts, row));
    }

    /** Makes the appended texts readable and brings the per-sender and per-campaign values up to date. */
    void seal() {
        lower.seal();
        orig.seal();
        refreshDictionaries();
    }

    private void writeColumns(int row, IndexedSend s) {
        createdAt[row] = s.createdAt();
        changedAt[row] = s.changedAt();
        status[row] = (byte) s.status().ordinal();
        type[row] = (byte) s.type().ordinal();
        issue[row] = (byte) (s.issue() == null ? -1 : s.issue().ordinal());
        int f = 0;
        if (s.testMode()) {
            f |= F_TEST;
        }
        if (s.cost() == null) {
            f |= F_COST_NULL;
            cost[row] = 0;
        } else {
            cost[row] = scaledCost(s.cost());
        }
        if (s.recipientName() == null) {
            f |= F_RECIPIENT_NULL;
        }
        if (s.trackingNumber() == null) {
            f |= F_TRACKING_NULL;
        }
        flags[row] = (byte) f;
        sender[row] = senders.code(s.sender());
        campaign[row] = campaigns.code(s.campaign());
        currency[row] = currencies.code(s.currency());
    }

    private long scaledCost(BigDecimal c) {
        try {
            return c.movePointRight(COST_SCALE).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            costExact = false;
            return c.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static String[] lowerTexts(IndexedSend s) {
        String[] searched = s.searched();
        String[] lowerTexts = new String[searched.length];
        for (int k = 0; k < searched.length; k++) {
            lowerTexts[k] = lc(searched[k]);
        }
        return lowerTexts;
    }

    /** Original spellings, left empty where they equal the lower-cased text (a flag says so). */
    private String[] origTexts(IndexedSend s, String[] lowerTexts, int row) {
        String[] values = {s.id(), s.recipientName(), s.trackingNumber()};
        int f = flags[row];
        for (int k = 0; k < values.length; k++) {
            String v = values[k];
            int inLower = ORIG_IN_LOWER[k];
            if (inLower >= 0 && (v == null || v.equals(lowerTexts[inLower]))) {
                values[k] = null;
                f |= 1 << (F_SAME_SHIFT + k);
            }
        }
        flags[row] = (byte) f;
        return values;
    }

    static String lc(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String[] lowerAll(List<String> texts) {
        String[] out = new String[texts.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = lc(texts.get(k));
        }
        return out;
    }

    /** Lower-cased dictionary values and sort ranks: after the build and whenever a dictionary grew. */
    private void refreshDictionaries() {
        int np = senders.size();
        if (senderEmailLower.length != np) {
            senderEmailLower = new String[np];
            senderTeamLower = new String[np];
            senderSearchedLower = new String[np][];
            String[] names = new String[np];
            for (int p = 0; p < np; p++) {
                Sender v = senders.value(p);
                names[p] = v.name();
                senderEmailLower[p] = lc(v.email());
                senderTeamLower[p] = lc(v.team());
                senderSearchedLower[p] = lowerAll(v.searched());
            }
            senderNameRank = Ranks.of(names);
        }
        int nc = campaigns.size();
        if (campaignSearchedLower.length != nc) {
            campaignSearchedLower = new String[nc][];
            String[] names = new String[nc];
            for (int c = 0; c < nc; c++) {
                Campaign v = campaigns.value(c);
                names[c] = v.name();
                campaignSearchedLower[c] = lowerAll(v.searched());
            }
            campaignNameRank = Ranks.of(names);
        }
    }

    // ------------------------------------------------------------------ sortable texts

    /** {@link String#compareTo} of a sortable text of two rows, without copying either. */
    int compareOrig(int a, int b, int origField) {
        int sameBit = 1 << (F_SAME_SHIFT + origField);
        boolean sa = (flags[a] & sameBit) != 0;
        boolean sb = (flags[b] & sameBit) != 0;
        return RowTexts.compare(sa ? lower : orig, a, sa ? ORIG_IN_LOWER[origField] : origField,
                sb ? lower : orig, b, sb ? ORIG_IN_LOWER[origField] : origField);
    }

    int compareId(int a, int b) {
        return compareOrig(a, b, O_ID);
    }

    /** A row's send id compared with {@code id}, as {@code rowId.compareTo(id)}. */
    int compareIdTo(int row, String id) {
        int sameBit = 1 << (F_SAME_SHIFT + O_ID);
        return (flags[row] & sameBit) != 0 ? lower.compareTo(row, ORIG_IN_LOWER[O_ID], id)
                : orig.compareTo(row, O_ID, id);
    }

    String id(int row) {
        int sameBit = 1 << (F_SAME_SHIFT + O_ID);
        return (flags[row] & sameBit) != 0 ? lower.field(row, ORIG_IN_LOWER[O_ID]) : orig.field(row, O_ID);
    }

    /** The row from {@code firstRow} on holding this send id, or -1 (a scan: for rows appended in one batch). */
    int findFrom(int firstRow, String id) {
        for (int r = firstRow; r < rows; r++) {
            if (compareIdTo(r, id) == 0) {
                return r;
            }
        }
        return -1;
    }

    /** Rough bytes held by the columns and texts. */
    long estimatedBytes() {
        return (long) createdAt.length * (8 * 4 + 4 + 4 * 3 + 4 * 2) + lower.chars() + orig.chars();
    }
}
