package sendtracker.store.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;

/**
 * What a viewer's filter selects, found in one pass over the columns: the per-sender and
 * per-campaign conditions are decided once per dictionary value, every other condition per row
 * on primitive columns, and the text search last over the rows still left (docs/design.md,
 * "Search"). Caller holds the index's read lock.
 */
final class FilterScan {
    private static final SendStatus[] STATUSES = SendStatus.values();
    private static final SendType[] TYPES = SendType.values();
    /** Below rows/this many rows left to search, each is checked alone rather than scanning all text. */
    private static final int FEW_ROWS_DIVISOR = 24;

    private FilterScan() {
    }

    /** One pass's answer: counts per status (status filter ignored) and, when asked, the matching rows. */
    static final class Selection {
        final long[] byStatus;
        /** One bit per matching row; null when only the counts were asked. */
        final long[] bits;
        final long total;

        private Selection(long[] byStatus, long[] bits, long total) {
            this.byStatus = byStatus;
            this.bits = bits;
            this.total = total;
        }
    }

    static Selection scan(IndexColumns cols, User viewer, SendFilter filter, Instant now, boolean wantRows) {
        int n = cols.rows;
        String key = filter.searchKey();
        String senderKey = IndexColumns.lc(filter.senderEmail());
        String teamKey = IndexColumns.lc(filter.team());
        int np = cols.senders.size();
        boolean[] senderOk = new boolean[np];
        boolean[] senderSearched = new boolean[np];
        for (int p = 0; p < np; p++) {
            Sender v = cols.senders.value(p);
            senderOk[p] = Visibility.canSee(viewer, v.email(), v.team())
                    && (senderKey == null || senderKey.equals(cols.senderEmailLower[p]))
                    && (teamKey == null || teamKey.equals(cols.senderTeamLower[p]));
            senderSearched[p] = key != null && anyContains(cols.senderSearchedLower[p], key);
        }
        int nc = cols.campaigns.size();
        boolean[] campaignOk = new boolean[nc];
        boolean[] campaignSearched = new boolean[nc];
        Set<CampaignState> states = filter.campaignStates();
        for (int c = 0; c < nc; c++) {
            campaignOk[c] = states.isEmpty() || states.contains(cols.campaigns.value(c).state());
            campaignSearched[c] = key != null && anyContains(cols.campaignSearchedLower[c], key);
        }
        boolean[] typeOk = new boolean[TYPES.length];
        for (SendType t : TYPES) {
            typeOk[t.ordinal()] = filter.types().isEmpty() || filter.types().contains(t);
        }
        long from = filter.from() == null ? Long.MIN_VALUE
                : filter.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long toExcl = filter.to() == null ? Long.MAX_VALUE
                : filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        int testWant = filter.testMode() == TestModeFilter.ONLY ? 1 : filter.testMode() == TestModeFilter.EXCLUDE ? 0 : -1;
        AttentionCutoffs attention = filter.attentionOnly() ? AttentionCutoffs.at(now) : null;

        // pass 1: every filter but the text search; rows whose sender or campaign matched the
        // search need no text check
        int[] sender = cols.sender;
        int[] campaign = cols.campaign;
        byte[] type = cols.type;
        byte[] status = cols.status;
        byte[] issue = cols.issue;
        byte[] flags = cols.flags;
        long[] createdAt = cols.createdAt;
        long[] changedAt = cols.changedAt;
        long[] cand = new long[(n >>> 6) + 1];
        long[] needText = key == null ? null : new long[(n >>> 6) + 1];
        int needTextCount = 0;
        for (int r = 0; r < n; r++) {
            int p = sender[r];
            if (!senderOk[p] || !typeOk[type[r]]) {
                continue;
            }
            long created = createdAt[r];
            if (created < from || created >= toExcl) {
                continue;
            }
            if (testWant >= 0 && ((flags[r] & IndexColumns.F_TEST) != 0) != (testWant == 1)) {
                continue;
            }
            int c = campaign[r];
            if (!campaignOk[c]) {
                continue;
            }
            if (attention != null && !attention.needsAttention(status[r], changedAt[r], issue[r] >= 0)) {
                continue;
            }
            cand[r >>> 6] |= 1L << r;
            if (key != null && !senderSearched[p] && !campaignSearched[c]) {
                needText[r >>> 6] |= 1L << r;
                needTextCount++;
            }
        }
        if (key != null && needTextCount > 0) {
            keepTextMatches(cols, key, needText, needTextCount, cand);
        }
        return countByStatus(cols, filter, cand, wantRows);
    }

    /** Pass 2: the text search, by the cheapest way for how many rows are left; clears the rows that miss. */
    private static void keepTextMatches(IndexColumns cols, String key, long[] needText, int needTextCount,
            long[] cand) {
        int n = cols.rows;
        long[] charMask = cols.charMask;
        int exact = key.length() == 1 ? CharMask.exactBit(key.charAt(0)) : -1;
        long keyMask = CharMask.of(key);
        long[] textHits = null;
        if (exact < 0 && needTextCount > n / FEW_ROWS_DIVISOR) {
            textHits = new long[(n >>> 6) + 1];
            cols.lower.search(key, textHits);
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
                    hit = (charMask[r] & keyMask) == keyMask && cols.lower.rowContains(r, key);
                }
                if (!hit) {
                    cand[w] &= ~(1L << r);
                }
            }
        }
    }

    /** Pass 3: counts per status, and the rows of the filter's statuses. */
    private static Selection countByStatus(IndexColumns cols, SendFilter filter, long[] cand, boolean wantRows) {
        boolean[] statusOk = new boolean[STATUSES.length];
        for (SendStatus s : STATUSES) {
            statusOk[s.ordinal()] = filter.statuses().isEmpty() || filter.statuses().contains(s);
        }
        byte[] status = cols.status;
        long[] bits = wantRows ? new long[cand.length] : null;
        long[] byStatus = new long[STATUSES.length];
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
        return new Selection(byStatus, bits, total);
    }

    private static boolean anyContains(String[] texts, String key) {
        for (String t : texts) {
            if (t != null && t.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
