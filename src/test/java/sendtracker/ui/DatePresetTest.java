package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The date presets on edge days, from a fixed clock, no toolkit. */
class DatePresetTest {
    private static DatePreset.Range on(DatePreset p, String day) {
        return p.range(LocalDate.parse(day));
    }

    private static DatePreset.Range range(String from, String to) {
        return new DatePreset.Range(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void todayAndTheLastDaysEndToday() {
        assertEquals(range("2026-11-20", "2026-11-20"), on(DatePreset.TODAY, "2026-11-20"));
        assertEquals(range("2026-11-14", "2026-11-20"), on(DatePreset.LAST_7_DAYS, "2026-11-20"));
        assertEquals(range("2026-10-22", "2026-11-20"), on(DatePreset.LAST_30_DAYS, "2026-11-20"));
    }

    @Test
    void onJanuaryFirstTheLastDaysAndLastQuarterReachIntoTheYearBefore() {
        assertEquals(range("2025-12-26", "2026-01-01"), on(DatePreset.LAST_7_DAYS, "2026-01-01"));
        assertEquals(range("2026-01-01", "2026-03-31"), on(DatePreset.THIS_QUARTER, "2026-01-01"));
        assertEquals(range("2025-10-01", "2025-12-31"), on(DatePreset.LAST_QUARTER, "2026-01-01"));
        assertEquals(range("2026-01-01", "2026-12-31"), on(DatePreset.THIS_YEAR, "2026-01-01"));
    }

    @Test
    void onDecemberThirtyFirstTheQuarterAndYearEndThatDay() {
        assertEquals(range("2026-10-01", "2026-12-31"), on(DatePreset.THIS_QUARTER, "2026-12-31"));
        assertEquals(range("2026-07-01", "2026-09-30"), on(DatePreset.LAST_QUARTER, "2026-12-31"));
        assertEquals(range("2026-01-01", "2026-12-31"), on(DatePreset.THIS_YEAR, "2026-12-31"));
    }

    @Test
    void quarterEdgesFallOnTheFirstAndLastDayOfTheirMonths() {
        assertEquals(range("2026-04-01", "2026-06-30"), on(DatePreset.THIS_QUARTER, "2026-04-01"));
        assertEquals(range("2026-01-01", "2026-03-31"), on(DatePreset.LAST_QUARTER, "2026-04-01"));
        assertEquals(range("2026-01-01", "2026-03-31"), on(DatePreset.THIS_QUARTER, "2026-03-31"));
        assertEquals(range("2026-07-01", "2026-09-30"), on(DatePreset.THIS_QUARTER, "2026-09-30"));
    }

    @Test
    void aLeapDayCountsAsADay() {
        assertEquals(range("2028-02-23", "2028-02-29"), on(DatePreset.LAST_7_DAYS, "2028-02-29"));
        assertEquals(range("2028-02-01", "2028-03-01"), on(DatePreset.LAST_30_DAYS, "2028-03-01"));
        assertEquals(range("2028-01-01", "2028-03-31"), on(DatePreset.THIS_QUARTER, "2028-02-29"));
        assertEquals(range("2027-02-28", "2027-03-29"), on(DatePreset.LAST_30_DAYS, "2027-03-29"));
    }

    @Test
    void todayIsTheDayInTheUsersZoneNotInUtc() {
        // 23:30 UTC on 31 Dec is already 1 Jan in Berlin, and still 31 Dec in New York
        Instant lateUtc = Instant.parse("2026-12-31T23:30:00Z");
        assertEquals(range("2027-01-01", "2027-01-01"),
                DatePreset.TODAY.range(Clock.fixed(lateUtc, ZoneId.of("Europe/Berlin"))));
        assertEquals(range("2026-01-01", "2026-12-31"),
                DatePreset.THIS_YEAR.range(Clock.fixed(lateUtc, ZoneId.of("America/New_York"))));
    }

    @Test
    void datesThatAreNoPresetMatchNone() {
        LocalDate today = LocalDate.parse("2026-11-20");
        assertEquals(DatePreset.LAST_7_DAYS,
                DatePreset.matching(LocalDate.parse("2026-11-14"), LocalDate.parse("2026-11-20"), today));
        assertNull(DatePreset.matching(LocalDate.parse("2026-11-13"), LocalDate.parse("2026-11-20"), today));
    }
}
