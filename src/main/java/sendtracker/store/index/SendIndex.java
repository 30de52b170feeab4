package sendtracker.store.index;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import javax.sql.DataSource;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.CampaignState;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;
import sendtracker.store.SendQuery;
import sendtracker.store.SendStore;
import sendtracker.store.StoreListener;

/**
 * A compact in-memory, columnar index over every send, answering {@link SendQuery} exactly as
 * the store's SQL does but without a scan of the database on each keystroke.
 * <ul>
 * <li>Per row: primitive columns (times, cost, status, type, issue, flags) and dictionary codes
 *     for the sender (name, email, team) and the campaign (name, state).</li>
 * <li>Per-row unique texts (send id, recipient name, email and company, tracking number) live
 *     lower-cased in a few large strings for substring search ({@link RowTexts}); the original
 *     spelling of the sortable ones is kept only where it differs from the lower-cased one.</li>
 * <li>One sort permutation per {@link SendSort.Field}, built on first use (and in the
 *     background after the build); descending walks it backwards.</li>
 * </ul>
 * {@link #build()} streams every send once from the store; {@link #sendsChanged} re-reads the
 * changed sends and updates the rows and the permutations in place. Queries take a read lock,
 * changes a write lock; page rows are fetched from the store by id.
 */
public final class SendIndex implements SendQuery, StoreListener {

    /** Reads every send when the index is built: visibility is applied per query, here. */
    private static final User INDEX_READER =
            new User(-1, "read-index@sendtracker.invalid", "Read index", Role.ADMIN, null, Set.of());

    private record Person(String name, String email, String team) {
    }

    private record Campaign(String name, CampaignState state) {
    }

    // lower-cased search texts, and the original spelling of the sortable ones
    private static final int L_ID = 0, L_RNAME = 1, L_REMAIL = 2, L_RCOMPANY = 3, L_TRACKING = 4;
    private static final int O_ID = 0, O_RNAME = 1, O_TRACKING = 2;
    private static final int[] ORIG_TO_LOWER = {L_ID, L_RNAME, L_TRACKING};

    // flags
    private static final int F_TEST = 1, F_COST_NULL = 2, F_RNAME_NULL = 4, F_TRACKING_NULL = 8;
    /** Original spelling equals the lower-cased one (bit per orig field, from this bit on). */
    private static final int F_SAME_SHIFT = 4;

    private static final SendStatus[] STATUSES = SendStatus.values();
    private static final SendType[] TYPES = SendType.values();
    private static final int[] TYPE_RANK = codeRanks(TYPES);
    private static final int[] STATUS_RANK = codeRanks(STATUSES);
    private static final SendSort.Field[] FIELDS = SendSort.Field.values();
    /** Scale of the cost column: 4 decimal places fit any currency amount the store keeps. */
    private static final int COST_SCALE = 4;
    /** Changes in one batch above which sort orders are rebuilt on use rather than merged. */
    private static final int BULK_CHANGE = 256;
    /** Below rows/this many rows left to search, each is checked alone rather than scanning all text. */
    private static final int FEW_ROWS_DIVISOR = 24;

    private final SendStore store;
    private final DataSource dataSource;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object updateMutex = new Object();
    private final Object sortMutex = new Object();
    private volatile boolean ready;
    private volatile RuntimeException failure;
    /** Ids changed while the build ran; null once built. Guarded by updateMutex. */
    private List<String> changedDuringBuild = new ArrayList<>();

    private int rows;
    private long[] createdAt = new long[0];
    private long[] changedAt = new long[0];
    private long[] cost = new long[0];
    private long[] charMask = new long[0];
    private byte[] status = new byte[0];
    private byte[] type = new byte[0];
    private byte[] issue = new byte[0];
    private byte[] flags = new byte[0];
    private int[] person = new int[0];
    private int[] campaign = new int[0];
    private RowTexts lower;
    private RowTexts orig;
    private final Dictionary<Person> persons = new Dictionary<>();
    private final Dictionary<Campaign> campaigns = new Dictionary<>();
    private int[] personNameRank = new int[0];
    private int[] campaignNameRank = new int[0];
    private String[] personNameLower = new String[0];
    private String[] personEmailLower = new String[0];
    private String[] personTeamLower = new String[0];
    private String[] campaignNameLower = new String[0];
    private boolean costExact = true;
    private final AtomicReferenceArray<int[]> perms = new AtomicReferenceArray<>(FIELDS.length);

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
            allocate((int) Math.min(Integer.MAX_VALUE - 16, expected + 1024));
            if (dataSource != null) {
                new SqlRowReader(dataSource).read(this::appendRow);
            } else {
                store.forEach(INDEX_READER, SendFilter.ALL, new SendSort(SendSort.Field.ID, true), Instant.now(),
                        false, s -> appendRow(Row.of(s)));
            }
            lower.seal();
            orig.seal();
            refreshDictionaries();
            sortedPerm(SendSort.Field.ID);
            sortedPerm(SendSort.Field.CREATED_AT);
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
        for (SendSort.Field f : FIELDS) {
            lock.readLock().lock();
            try {
                sortedPerm(f);
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
        if (!isReady()) {
            return false;
        }
        String key = filter.searchKey();
        if (key != null && key.indexOf(RowTexts.SEP) >= 0) {
            return false;
        }
        return sort == null || sort.field() != SendSort.Field.COST || costExact;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return rows;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void allocate(int capacity) {
        createdAt = new long[capacity];
        changedAt = new long[capacity];
        cost = new long[capacity];
        charMask = new long[capacity];
        status = new byte[capacity];
        type = new byte[capacity];
        issue = new byte[capacity];
        flags = new byte[capacity];
        person = new int[capacity];
        campaign = new int[capacity];
        lower = new RowTexts(5, capacity);
        orig = new RowTexts(3, capacity);
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
        person = Arrays.copyOf(person, cap);
        campaign = Arrays.copyOf(campaign, cap);
    }

    /** One send's indexed values, whether read from a {@link Send} or straight from SQL. */
    record Row(String id, long createdAt, long changedAt, SendStatus status, SendType type, SendIssue issue,
            boolean testMode, BigDecimal cost, String senderName, String senderEmail, String team,
            String recipientName, String recipientEmail, String recipientCompany, String campaign,
            CampaignState campaignState, String trackingNumber) {

        static Row of(Send s) {
            return new Row(s.id(), s.createdAt().toEpochMilli(), s.statusChangedAt().toEpochMilli(), s.status(),
                    s.type(), s.issue(), s.testMode(), s.cost(), s.senderName(), s.senderEmail(), s.team(),
                    s.recipientName(), s.recipientEmail(), s.recipientCompany(), s.campaign(), s.campaignState(),
                    s.trackingNumber());
        }
    }

    private void appendRow(Row s) {
        int row = rows;
        ensureCapacity(row + 1);
        writeColumns(row, s);
        String[] lowerTexts = lowerTexts(s);
        charMask[row] = charMask(lowerTexts);
        lower.append(lowerTexts);
        orig.append(origTexts(s, lowerTexts, row));
        rows = row + 1;
    }

    private void replaceRow(int row, Row s) {
        writeColumns(row, s);
        String[] lowerTexts = lowerTexts(s);
        charMask[row] = charMask(lowerTexts);
        lower.set(row, lowerTexts);
        orig.set(row, origTexts(s, lowerTexts, row));
    }

    private void writeColumns(int row, Row s) {
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
            f |= F_RNAME_NULL;
        }
        if (s.trackingNumber() == null) {
            f |= F_TRACKING_NULL;
        }
        flags[row] = (byte) f;
        person[row] = persons.code(new Person(s.senderName(), s.senderEmail(), s.team()));
        campaign[row] = campaigns.code(new Campaign(s.campaign(),
                s.campaignState() == null ? CampaignState.ACTIVE : s.campaignState()));
    }

    private long scaledCost(BigDecimal c) {
        try {
            return c.movePointRight(COST_SCALE).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            costExact = false; // sorting by cost is then left to the store
            return c.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /**
     * Which characters a row's searched texts hold: one bit per letter a–z and digit 0–9 (exact),
     * the rest share hashed bits (so only the exact ones may answer a search alone).
     */
    private static long charMask(String[] lowerTexts) {
        long mask = 0;
        for (String t : lowerTexts) {
            if (t != null) {
                for (int i = 0; i < t.length(); i++) {
                    mask |= 1L << charBit(t.charAt(i));
                }
            }
        }
        return mask;
    }

    private static int charBit(char c) {
        int exact = exactCharBit(c);
        return exact >= 0 ? exact : 36 + c % 28;
    }

    /** The bit of a lower-case ASCII letter or digit, or -1. */
    private static int exactCharBit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return -1;
    }

    private static String[] lowerTexts(Row s) {
        return new String[] {lc(s.id()), lc(s.recipientName()), lc(s.recipientEmail()), lc(s.recipientCompany()),
                lc(s.trackingNumber())};
    }

    /** Original spellings, left empty where they equal the lower-cased text (a flag says so). */
    private String[] origTexts(Row s, String[] lowerTexts, int row) {
        String[] values = {s.id(), s.recipientName(), s.trackingNumber()};
        int f = flags[row];
        for (int k = 0; k < values.length; k++) {
            String v = values[k];
            if (v == null || v.equals(lowerTexts[ORIG_TO_LOWER[k]])) {
                values[k] = null;
                f |= 1 << (F_SAME_SHIFT + k);
            }
        }
        flags[row] = (byte) f;
        return values;
    }

    private static String lc(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Lower-cased dictionary values and sort ranks: after the build and whenever a dictionary grew. */
    private void refreshDictionaries() {
        int np = persons.size();
        if (personNameLower.length != np) {
            personNameLower = new String[np];
            personEmailLower = new String[np];
            personTeamLower = new String[np];
            String[] names = new String[np];
            for (int p = 0; p < np; p++) {
                Person v = persons.value(p);
                names[p] = v.name();
                personNameLower[p] = lc(v.name());
                personEmailLower[p] = lc(v.email());
                personTeamLower[p] = lc(v.team());
            }
            personNameRank = denseRanks(names);
        }
        int nc = campaigns.size();
        if (campaignNameLower.length != nc) {
            campaignNameLower = new String[nc];
            String[] names = new String[nc];
            for (int c = 0; c < nc; c++) {
                names[c] = campaigns.value(c).name();
                campaignNameLower[c] = lc(names[c]);
            }
            campaignNameRank = denseRanks(names);
        }
    }

    /** Equal values share a rank; null ranks above every value (it sorts as the greatest). */
    private static int[] denseRanks(String[] values) {
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

    private static int[] codeRanks(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return denseRanks(names);
    }

    // ------------------------------------------------------------------ sort orders

    private IntSorter.RowComparator comparator(SendSort.Field field) {
        switch (field) {
            case CREATED_AT:
                return (a, b) -> tie(Long.compare(createdAt[a], createdAt[b]), a, b);
            case STATUS_CHANGED_AT:
                return (a, b) -> tie(Long.compare(changedAt[a], changedAt[b]), a, b);
            case RECIPIENT:
                return (a, b) -> tie(compareText(a, b, O_RNAME, F_RNAME_NULL), a, b);
            case SENDER:
                return (a, b) -> tie(Integer.compare(personNameRank[person[a]], personNameRank[person[b]]), a, b);
            case TYPE:
                return (a, b) -> tie(Integer.compare(TYPE_RANK[type[a]], TYPE_RANK[type[b]]), a, b);
            case CAMPAIGN:
                return (a, b) -> tie(Integer.compare(campaignNameRank[campaign[a]], campaignNameRank[campaign[b]]), a,
                        b);
            case STATUS:
                return (a, b) -> tie(Integer.compare(STATUS_RANK[status[a]], STATUS_RANK[status[b]]), a, b);
            case COST:
                return (a, b) -> tie(compareCost(a, b), a, b);
            case TRACKING:
                return (a, b) -> tie(compareText(a, b, O_TRACKING, F_TRACKING_NULL), a, b);
            case ID:
            default:
                return this::compareId;
        }
    }

    private int tie(int c, int a, int b) {
        return c != 0 ? c : compareId(a, b);
    }

    private int compareId(int a, int b) {
        return compareOrig(a, b, O_ID);
    }

    private int compareCost(int a, int b) {
        boolean na = (flags[a] & F_COST_NULL) != 0;
        boolean nb = (flags[b] & F_COST_NULL) != 0;
        if (na || nb) {
            return na == nb ? 0 : na ? 1 : -1;
        }
        return Long.compare(cost[a], cost[b]);
    }

    private int compareText(int a, int b, int origField, int nullFlag) {
        boolean na = (flags[a] & nullFlag) != 0;
        boolean nb = (flags[b] & nullFlag) != 0;
        if (na || nb) {
            return na == nb ? 0 : na ? 1 : -1;
        }
        return compareOrig(a, b, origField);
    }

    private int compareOrig(int a, int b, int origField) {
        int sameBit = 1 << (F_SAME_SHIFT + origField);
        boolean sa = (flags[a] & sameBit) != 0;
        boolean sb = (flags[b] & sameBit) != 0;
        return RowTexts.compare(sa ? lower : orig, a, sa ? ORIG_TO_LOWER[origField] : origField,
                sb ? lower : orig, b, sb ? ORIG_TO_LOWER[origField] : origField);
    }

    private String origText(int row, int origField) {
        int sameBit = 1 << (F_SAME_SHIFT + origField);
        return (flags[row] & sameBit) != 0 ? lower.field(row, ORIG_TO_LOWER[origField]) : orig.field(row, origField);
    }

    private int compareIdTo(int row, String id) {
        int sameBit = 1 << (F_SAME_SHIFT + O_ID);
        return (flags[row] & sameBit) != 0 ? lower.compareTo(row, L_ID, id) : orig.compareTo(row, O_ID, id);
    }

    /** The rows in ascending order of the field; built on first use. Caller holds a lock. */
    private int[] sortedPerm(SendSort.Field field) {
        int[] p = perms.get(field.ordinal());
        if (p != null) {
            return p;
        }
        synchronized (sortMutex) {
            p = perms.get(field.ordinal());
            if (p == null) {
                int[] byId = perms.get(SendSort.Field.ID.ordinal());
                int[] ranks = byId == null ? null : valueRanks(field);
                if (ranks != null) {
                    p = sortByRankThenId(ranks, byId);
                    perms.set(field.ordinal(), p);
                    return p;
                }
                p = new int[rows];
                if (byId != null) {
                    // starting from id order keeps the merge sort's ties cheap and runs long
                    System.arraycopy(byId, 0, p, 0, rows);
                } else {
                    for (int i = 0; i < rows; i++) {
                        p[i] = i;
                    }
                }
                IntSorter.sort(p, rows, comparator(field));
                perms.set(field.ordinal(), p);
            }
            return p;
        }
    }

    /**
     * Per row, a rank of the sort value (equal values share it, null above all), for the fields
     * that have one without comparing text; null for text fields and the id.
     */
    private int[] valueRanks(SendSort.Field field) {
        int n = rows;
        int[] rank = new int[n];
        switch (field) {
            case TYPE:
                for (int r = 0; r < n; r++) {
                    rank[r] = TYPE_RANK[type[r]];
                }
                return rank;
            case STATUS:
                for (int r = 0; r < n; r++) {
                    rank[r] = STATUS_RANK[status[r]];
                }
                return rank;
            case SENDER:
                for (int r = 0; r < n; r++) {
                    rank[r] = personNameRank[person[r]];
                }
                return rank;
            case CAMPAIGN:
                for (int r = 0; r < n; r++) {
                    rank[r] = campaignNameRank[campaign[r]];
                }
                return rank;
            case CREATED_AT:
                return longRanks(createdAt, 0);
            case STATUS_CHANGED_AT:
                return longRanks(changedAt, 0);
            case COST:
                return longRanks(cost, F_COST_NULL);
            default:
                return null;
        }
    }

    /** Dense ranks of long values; rows with {@code nullFlag} rank above every value. */
    private int[] longRanks(long[] values, int nullFlag) {
        int n = rows;
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

    /** Sorts (rank, position in id order) packed in one long: a primitive sort, no comparator. */
    private int[] sortByRankThenId(int[] rank, int[] byId) {
        int n = rows;
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

    /** The row holding this send id, or -1. Caller holds a lock. */
    private int rowOf(String id) {
        int[] byId = perms.get(SendSort.Field.ID.ordinal());
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareIdTo(byId[mid], id);
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
            int oldRows = rows;
            for (Send s : sends) {
                int row = rowOf(s.id());
                if (row < 0) {
                    // may have been appended earlier in this batch (rowOf sees only the id order)
                    row = findAppended(oldRows, s.id());
                }
                if (row < 0) {
                    appendRow(Row.of(s));
                    row = rows - 1;
                } else {
                    replaceRow(row, Row.of(s));
                }
                changed[n++] = row;
            }
            lower.seal();
            orig.seal();
            refreshDictionaries();
            version++;
            last = null;
            changed = Arrays.stream(changed, 0, n).distinct().toArray();
            // a few changes are merged into each order; a bulk load drops the orders (rebuilt on
            // next use) rather than merging a thousand times, but keeps the id order for lookups
            boolean bulk = changed.length > BULK_CHANGE;
            for (SendSort.Field f : FIELDS) {
                int[] p = perms.get(f.ordinal());
                if (p != null) {
                    boolean keep = !bulk || f == SendSort.Field.ID;
                    perms.set(f.ordinal(), keep ? mergeChanged(p, oldRows, changed, comparator(f)) : null);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private int findAppended(int oldRows, String id) {
        for (int r = oldRows; r < rows; r++) {
            if (compareIdTo(r, id) == 0) {
                return r;
            }
        }
        return -1;
    }

    /** The order without the changed rows, then the changed rows merged back at their new places. */
    private int[] mergeChanged(int[] perm, int oldRows, int[] changed, IntSorter.RowComparator cmp) {
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

    // ------------------------------------------------------------------ queries

    /** One pass over the rows: counts per status (status filter ignored) and, when asked, the matches. */
    private final class Selection {
        final long[] byStatus = new long[STATUSES.length];
        long[] bits;
        long total;
    }

    /**
     * What the last query selected: the window asks page, then counts, for the same filter.
     * "now" only matters to the needs-attention filter.
     */
    private record LastSelection(long version, User viewer, SendFilter filter, Instant now, Selection selection) {
    }

    private volatile LastSelection last;
    /** Bumped by every change: a remembered selection is only reused for the same data. */
    private volatile long version;

    private Selection select(User viewer, SendFilter filter, Instant now, boolean wantRows) {
        LastSelection l = last;
        if (l != null && l.version() == version && l.viewer().equals(viewer) && l.filter().equals(filter)
                && (!filter.attentionOnly() || l.now().equals(now)) && (!wantRows || l.selection().bits != null)) {
            return l.selection();
        }
        Selection sel = scan(viewer, filter, now, wantRows);
        last = new LastSelection(version, viewer, filter, now, sel);
        return sel;
    }

    private Selection scan(User viewer, SendFilter filter, Instant now, boolean wantRows) {
        int n = rows;
        int np = persons.size();
        boolean[] personOk = new boolean[np];
        boolean[] personSearch = new boolean[np];
        String key = filter.searchKey();
        String senderKey = lc(filter.senderEmail());
        String teamKey = lc(filter.team());
        for (int p = 0; p < np; p++) {
            Person v = persons.value(p);
            personOk[p] = Visibility.canSee(viewer, v.email(), v.team())
                    && (senderKey == null || senderKey.equals(personEmailLower[p]))
                    && (teamKey == null || teamKey.equals(personTeamLower[p]));
            personSearch[p] = key != null && (contains(personNameLower[p], key) || contains(personEmailLower[p], key));
        }
        int nc = campaigns.size();
        boolean[] campaignOk = new boolean[nc];
        boolean[] campaignSearch = new boolean[nc];
        Set<CampaignState> states = filter.campaignStates();
        for (int c = 0; c < nc; c++) {
            campaignOk[c] = states.isEmpty() || states.contains(campaigns.value(c).state());
            campaignSearch[c] = key != null && contains(campaignNameLower[c], key);
        }
        boolean[] typeOk = new boolean[TYPES.length];
        for (SendType t : TYPES) {
            typeOk[t.ordinal()] = filter.types().isEmpty() || filter.types().contains(t);
        }
        boolean[] statusOk = new boolean[STATUSES.length];
        for (SendStatus s : STATUSES) {
            statusOk[s.ordinal()] = filter.statuses().isEmpty() || filter.statuses().contains(s);
        }
        long from = filter.from() == null ? Long.MIN_VALUE
                : filter.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long toExcl = filter.to() == null ? Long.MAX_VALUE
                : filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        int testWant = filter.testMode() == TestModeFilter.ONLY ? 1 : filter.testMode() == TestModeFilter.EXCLUDE ? 0 : -1;
        boolean attention = filter.attentionOnly();
        long processingCut = attention ? strictlyBeforeBound(now.minus(AttentionReason.PROCESSING_LIMIT)) : 0;
        long pausedCut = attention ? strictlyBeforeBound(now.minus(AttentionReason.PAUSED_LIMIT)) : 0;
        Selection sel = new Selection();
        final int orderReceived = SendStatus.ORDER_RECEIVED.ordinal();
        final int paused = SendStatus.FULFILLMENT_ISSUE.ordinal();
        final int undeliverable = SendStatus.UNDELIVERABLE.ordinal();
        final int failed = SendStatus.FAILED.ordinal();
        // pass 1: every filter but the text search; rows whose sender or campaign matched the
        // search need no text check
        long[] cand = new long[(n >>> 6) + 1];
        long[] needText = key == null ? null : new long[(n >>> 6) + 1];
        int needTextCount = 0;
        for (int r = 0; r < n; r++) {
            int p = person[r];
            if (!personOk[p] || !typeOk[type[r]]) {
                continue;
            }
            long created = createdAt[r];
            if (created < from || created >= toExcl) {
                continue;
            }
            if (testWant >= 0 && ((flags[r] & F_TEST) != 0) != (testWant == 1)) {
                continue;
            }
            int c = campaign[r];
            if (!campaignOk[c]) {
                continue;
            }
            if (attention) {
                // mirrors AttentionReason.of: the published service levels
                int st = status[r];
                boolean needs = issue[r] >= 0 || st == undeliverable || st == failed
                        || (st == orderReceived && changedAt[r] < processingCut)
                        || (st == paused && changedAt[r] < pausedCut);
                if (!needs) {
                    continue;
                }
            }
            cand[r >>> 6] |= 1L << r;
            if (key != null && !personSearch[p] && !campaignSearch[c]) {
                needText[r >>> 6] |= 1L << r;
                needTextCount++;
            }
        }
        // pass 2: the text search, by the cheapest way for how many rows are left
        if (key != null && needTextCount > 0) {
            int exact = key.length() == 1 ? exactCharBit(key.charAt(0)) : -1;
            long keyMask = 0;
            for (int i = 0; i < key.length(); i++) {
                keyMask |= 1L << charBit(key.charAt(i));
            }
            long[] textHits = null;
            if (exact < 0 && needTextCount > n / FEW_ROWS_DIVISOR) {
                textHits = new long[(n >>> 6) + 1];
                lower.search(key, textHits);
            }
            for (int w = 0; w < needText.length; w++) {
                long word = needText[w];
                while (word != 0) {
                    int r = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    boolean hit;
                    if (exact >= 0) {
                        hit = (charMask[r] & keyMask) != 0; // one letter or digit: the mask is exact
                    } else if (textHits != null) {
                        hit = (textHits[w] & (1L << r)) != 0;
                    } else {
                        hit = (charMask[r] & keyMask) == keyMask && lower.rowContains(r, key);
                    }
                    if (!hit) {
                        cand[w] &= ~(1L << r);
                    }
                }
            }
        }
        // pass 3: counts per status, and the rows of the filter's statuses
        long[] bits = wantRows ? new long[(n >>> 6) + 1] : null;
        long[] byStatus = sel.byStatus;
        long total = 0;
        for (int w = 0; w < cand.length; w++) {
            long word = cand[w];
            while (word != 0) {
                int r = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                int st = status[r];
                byStatus[st]++;
                if (statusOk[st]) {
                    total++;
                    if (bits != null) {
                        bits[w] |= 1L << r;
                    }
                }
            }
        }
        sel.bits = bits;
        sel.total = total;
        return sel;
    }

    /** The millis m with: an instant t of whole millis is before {@code bound} iff t < m. */
    private static long strictlyBeforeBound(Instant bound) {
        long ms = bound.toEpochMilli(); // floors
        return bound.getNano() % 1_000_000 == 0 ? ms : ms + 1;
    }

    private static boolean contains(String text, String key) {
        return text != null && text.contains(key);
    }

    /** The send ids of one page, in order, and the total. */
    public record IdPage(List<String> ids, long total) {
    }

    public IdPage pageIds(User viewer, SendFilter filter, SendSort sort, int offset, int limit, Instant now) {
        SendSort order = sort == null ? SendSort.NEWEST_FIRST : sort;
        lock.readLock().lock();
        try {
            Selection sel = select(viewer, filter, now, true);
            int[] perm = sortedPerm(order.field());
            List<String> ids = new ArrayList<>(Math.max(0, Math.min(limit, 1024)));
            if (limit > 0 && offset < sel.total) {
                long[] bits = sel.bits;
                int skip = Math.max(0, offset);
                int n = perm.length;
                for (int i = 0; i < n && ids.size() < limit; i++) {
                    int r = perm[order.ascending() ? i : n - 1 - i];
                    if ((bits[r >>> 6] & (1L << r)) != 0) {
                        if (skip > 0) {
                            skip--;
                        } else {
                            ids.add(origText(r, O_ID));
                        }
                    }
                }
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

    /** Rough bytes held, for the bench's report. */
    public long estimatedBytes() {
        lock.readLock().lock();
        try {
            long b = (long) createdAt.length * (8 * 4 + 4 + 4 * 2 + 4 * 2);
            b += lower.chars() + orig.chars();
            for (int i = 0; i < FIELDS.length; i++) {
                int[] p = perms.get(i);
                if (p != null) {
                    b += 4L * p.length;
                }
            }
            return b;
        } finally {
            lock.readLock().unlock();
        }
    }
}
