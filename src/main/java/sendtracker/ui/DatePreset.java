package sendtracker.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The date filter's presets (datePresets, beside the two date fields): each a pure function of
 * today's date in the user's zone, so it is tested without a toolkit or a real clock. Both ends
 * are inclusive, like the date fields; a quarter or year is given whole (no send is created in
 * the future, so its end narrows nothing).
 */
public enum DatePreset {
    TODAY, LAST_7_DAYS, LAST_30_DAYS, THIS_QUARTER, LAST_QUARTER, THIS_YEAR;

    /** A from–to pair of days, both inclusive. */
    public record Range(LocalDate from, LocalDate to) {
    }

    /** The range on the day {@code clock} says it is, in the clock's zone (the user's). */
    public Range range(Clock clock) {
        return range(LocalDate.now(clock));
    }

    public Range range(LocalDate today) {
        switch (this) {
            case TODAY:
                return new Range(today, today);
            case LAST_7_DAYS:
                return new Range(today.minusDays(6), today);
            case LAST_30_DAYS:
                return new Range(today.minusDays(29), today);
            case THIS_QUARTER:
                return quarterOf(today);
            case LAST_QUARTER:
                return quarterOf(quarterOf(today).from().minusDays(1));
            default:
                return new Range(today.with(TemporalAdjusters.firstDayOfYear()),
                        today.with(TemporalAdjusters.lastDayOfYear()));
        }
    }

    /** The preset whose range on {@code today} is exactly from–to, or null. */
    public static DatePreset matching(LocalDate from, LocalDate to, LocalDate today) {
        for (DatePreset p : values()) {
            Range r = p.range(today);
            if (r.from().equals(from) && r.to().equals(to)) {
                return p;
            }
        }
        return null;
    }

    private static Range quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new Range(first, first.plusMonths(3).minusDays(1));
    }
}
