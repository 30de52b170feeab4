package sendtracker.ui;

/**
 * The count axis of the status chart: from 0 to a round number above the largest bar, in a few
 * round steps (1, 2 or 5 times a power of ten), so every tick can be labelled exactly
 * ("1,250" never becomes "1.2k") and no bar, not even a single one, reaches the chart's end.
 *
 * @param upper the axis' end
 * @param step  the distance between ticks
 */
public record ChartScale(long upper, long step) {
    /** At most this many steps along the axis, so exact labels do not run into each other. */
    static final int MAX_STEPS = 4;

    public static ChartScale of(long largest) {
        if (largest <= 0) {
            return new ChartScale(1, 1);
        }
        long step = roundStep(Math.max(1, (largest + MAX_STEPS - 1) / MAX_STEPS));
        // One step of room past the largest bar.
        long upper = (largest / step + 1) * step;
        if (upper / step > MAX_STEPS + 1) {
            step = roundStep(step + 1);
            upper = (largest / step + 1) * step;
        }
        return new ChartScale(upper, step);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … that is at least {@code atLeast}. */
    static long roundStep(long atLeast) {
        long power = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * power >= atLeast) {
                    return m * power;
                }
            }
            power *= 10;
        }
    }
}
