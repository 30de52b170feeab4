package sendtracker.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a set of sends cost, one line per group (a status code, a team or campaign name; null for
 * none) and currency (null when the send has none). Amounts are never added across currencies.
 * The lines are kept in one order (group, then currency, missing ones first) and amounts at two
 * decimal places at least, so two ways of computing the same spend compare equal.
 *
 * @param lines the lines; sorted and normalised by the constructor
 */
public record Spend(List<Line> lines) {

    public static final Spend NONE = new Spend(List.of());

    /**
     * @param group       the status code, team or campaign name, or null (no grouping, or none on the send)
     * @param currency    the currency code as stored, or null
     * @param sends       sends in this line, those without a cost included
     * @param withoutCost sends in this line that carry no cost
     * @param total       the sum of the costs
     */
    public record Line(String group, String currency, long sends, long withoutCost, BigDecimal total) {
        public Line {
            total = normalised(total == null ? BigDecimal.ZERO : total);
        }

        /** The same line with another one of its group and currency added. */
        Line plus(Line other) {
            return new Line(group, currency, sends + other.sends, withoutCost + other.withoutCost,
                    total.add(other.total));
        }
    }

    private static final Comparator<String> NULL_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Line> ORDER = Comparator.comparing(Line::group, NULL_FIRST)
            .thenComparing(Line::currency, NULL_FIRST);

    public Spend {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(ORDER);
        lines = List.copyOf(sorted);
    }

    /** 12.5 and 12.5000 become 12.50: the store keeps two places, the index four. */
    static BigDecimal normalised(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale()));
    }

    /** The lines added up per currency, whatever the group, in currency order (missing first). */
    public Map<String, Line> byCurrency() {
        Map<String, Line> out = new LinkedHashMap<>();
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing(Line::currency, NULL_FIRST));
        for (Line l : ordered) {
            Line flat = new Line(null, l.currency(), l.sends(), l.withoutCost(), l.total());
            out.merge(l.currency() == null ? "" : l.currency(), flat, Line::plus);
        }
        return out;
    }

    /** Every send counted, in all lines. */
    public long sends() {
        return lines.stream().mapToLong(Line::sends).sum();
    }

    /** The currency with the most sends (the chart's), or null when there are no priced sends. */
    public String mainCurrency() {
        String best = null;
        long most = 0;
        for (Line l : byCurrency().values()) {
            long priced = l.sends() - l.withoutCost();
            if (l.currency() != null && priced > most) {
                most = priced;
                best = l.currency();
            }
        }
        return best;
    }

    /** Per group, the total in {@code currency} (groups without a send in it are left out). */
    public Map<String, BigDecimal> totalsIn(String currency) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Line l : lines) {
            if (Objects.equals(l.currency(), currency)) {
                out.merge(l.group() == null ? "" : l.group(), l.total(), BigDecimal::add);
            }
        }
        return out;
    }

    /** Adds lines of the same group and currency into one (for sources that produce them piecewise). */
    public static Spend of(List<Line> lines) {
        Map<List<String>, Line> merged = new LinkedHashMap<>();
        for (Line l : lines) {
            merged.merge(java.util.Arrays.asList(l.group(), l.currency()), l, Line::plus);
        }
        return new Spend(new ArrayList<>(merged.values()));
    }
}
