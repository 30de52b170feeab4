package sendtracker.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Working time between two instants: only Monday to Friday counts, days taken in UTC as every
 * other date of the tracker (docs/design.md, "Cancellation requests"). Public holidays are not
 * known to the tracker and count as working days.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** The weekday time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public static Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atOffset(ZoneOffset.UTC).toLocalDate();
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            Instant nextDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = nextDay.isBefore(to) ? nextDay : to;
            if (isWorkingDay(day)) {
                total = total.plus(Duration.between(cursor, end));
            }
            cursor = end;
            day = day.plusDays(1);
        }
        return total;
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }
}
