package sendtracker.store.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;

/**
 * The spend of a selection of rows, per group and currency, in one pass over the scaled cost
 * column: sums stay in longs (exact at the column's scale) and only spill into a
 * {@link BigDecimal} when a long would overflow. Caller holds the index's read lock and has
 * checked that every cost fits the column ({@link IndexColumns#costExact}).
 */
final class SpendScan {
    private static final SendStatus[] STATUSES = SendStatus.values();
    /** Above this many group × currency cells the sums go into a map instead of arrays. */
    private static final long MAX_CELLS = 1 << 20;

    private SpendScan() {
    }

    /** One cell's running sums. */
    private static final class Sums {
        long sends;
        long withoutCost;
        long scaled;
        BigDecimal spilled = BigDecimal.ZERO;

        void add(long cost, boolean noCost) {
            sends++;
            if (noCost) {
                withoutCost++;
                return;
            }
            long sum = scaled + cost;
            // overflow when both operands share a sign the sum does not have
            if (((scaled ^ sum) & (cost ^ sum)) < 0) {
                spilled = spilled.add(BigDecimal.valueOf(scaled, IndexColumns.COST_SCALE));
                sum = cost;
            }
            scaled = sum;
        }

        BigDecimal total() {
            return spilled.add(BigDecimal.valueOf(scaled, IndexColumns.COST_SCALE));
        }
    }

    static Spend sum(IndexColumns cols, long[] bits, SpendGroup by) {
        String[] groupNames = groupNames(cols, by);
        int[] groupOfRow = groupColumn(cols, by);
        int[] groupCode = groupCodes(cols, by);
        int nc = Math.max(1, cols.currencies.size());
        long cells = (long) groupNames.length * nc;
        Sums[] grid = cells <= MAX_CELLS ? new Sums[(int) cells] : null;
        Map<Long, Sums> map = grid == null ? new HashMap<>() : null;
        long[] cost = cols.cost;
        byte[] flags = cols.flags;
        int[] currency = cols.currency;
        byte[] status = cols.status;
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            while (word != 0) {
                int r = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                int g = by == SpendGroup.STATUS ? status[r]
                        : groupOfRow == null ? 0 : groupCode == null ? groupOfRow[r] : groupCode[groupOfRow[r]];
                long cell = (long) g * nc + currency[r];
                Sums sums;
                if (grid != null) {
                    sums = grid[(int) cell];
                    if (sums == null) {
                        sums = new Sums();
                        grid[(int) cell] = sums;
                    }
                } else {
                    sums = map.computeIfAbsent(cell, k -> new Sums());
                }
                sums.add(cost[r], (flags[r] & IndexColumns.F_COST_NULL) != 0);
            }
        }
        List<Spend.Line> lines = new ArrayList<>();
        if (grid != null) {
            for (int cell = 0; cell < grid.length; cell++) {
                if (grid[cell] != null) {
                    lines.add(line(cols, groupNames, nc, cell, grid[cell]));
                }
            }
        } else {
            map.forEach((cell, sums) -> lines.add(line(cols, groupNames, nc, cell, sums)));
        }
        // Two dictionary entries may share a name (a campaign in two states): Spend.of adds them up.
        return Spend.of(lines);
    }

    private static Spend.Line line(IndexColumns cols, String[] groupNames, int nc, long cell, Sums sums) {
        String group = groupNames[(int) (cell / nc)];
        String currency = cols.currencies.size() == 0 ? null : cols.currencies.value((int) (cell % nc));
        return new Spend.Line(group, currency, sums.sends, sums.withoutCost, sums.total());
    }

    /** The row column holding the group's code: status, sender (whose team is the group) or campaign. */
    private static int[] groupColumn(IndexColumns cols, SpendGroup by) {
        switch (by) {
            case STATUS:
                return null; // read from the status bytes below
            case TEAM:
                return cols.sender;
            case CAMPAIGN:
                return cols.campaign;
            default:
                return null;
        }
    }

    /** For the team: each sender's team as a group code; null where the row column is the group itself. */
    private static int[] groupCodes(IndexColumns cols, SpendGroup by) {
        if (by != SpendGroup.TEAM) {
            return null;
        }
        Map<String, Integer> teams = new HashMap<>();
        int[] codes = new int[cols.senders.size()];
        for (int p = 0; p < codes.length; p++) {
            String team = cols.senders.value(p).team();
            Integer code = teams.get(team);
            if (code == null) {
                code = teams.size();
                teams.put(team, code);
            }
            codes[p] = code;
        }
        return codes;
    }

    private static String[] groupNames(IndexColumns cols, SpendGroup by) {
        switch (by) {
            case STATUS: {
                String[] names = new String[STATUSES.length];
                for (SendStatus s : STATUSES) {
                    names[s.ordinal()] = s.name();
                }
                return names;
            }
            case TEAM: {
                // the codes of groupCodes: each distinct team in the order of its first sender
                java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
                for (int p = 0; p < cols.senders.size(); p++) {
                    names.add(cols.senders.value(p).team());
                }
                return names.isEmpty() ? new String[1] : names.toArray(new String[0]);
            }
            case CAMPAIGN: {
                String[] names = new String[Math.max(1, cols.campaigns.size())];
                for (int c = 0; c < cols.campaigns.size(); c++) {
                    names[c] = cols.campaigns.value(c).name();
                }
                return names;
            }
            default:
                return new String[1];
        }
    }
}
