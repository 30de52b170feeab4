package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateInputTest {
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @Test
    void isoIsAcceptedInEveryLocale() {
        assertEquals(Optional.of(NOV_1), new DateInput(Locale.US).parse("2026-11-01"));
        assertEquals(Optional.of(NOV_1), new DateInput(Locale.UK).parse(" 2026-11-01 "));
        assertEquals(Optional.of(NOV_1), new DateInput(Locale.GERMANY).parse("2026-11-01"));
    }

    @Test
    void theLocalesOwnFormsAreAccepted() {
        assertEquals(Optional.of(NOV_1), new DateInput(Locale.US).parse("11/1/26"));
        assertEquals(Optional.of(NOV_1), new DateInput(Locale.US).parse("11/1/2026"));
        assertEquals(Optional.of(NOV_1), new DateInput(Locale.US).parse("Nov 1, 2026"));
        assertEquals(Optional.of(NOV_1), new DateInput(Locale.UK).parse("01/11/2026"));
        assertEquals(Optional.of(NOV_1), new DateInput(Locale.UK).parse("1 Nov 2026"));
        assertEquals(Optional.of(NOV_1), new DateInput(Locale.GERMANY).parse("01.11.26"));
    }

    @Test
    void whatIsNoDateIsRefused() {
        DateInput us = new DateInput(Locale.US);
        assertTrue(us.parse("2026-02-30").isEmpty(), "no February 30");
        assertTrue(us.parse("2026-13-01").isEmpty());
        assertTrue(us.parse("yesterday").isEmpty());
        assertTrue(us.parse("").isEmpty());
        assertTrue(us.parse("13/1/26").isEmpty(), "US month first");
    }

    @Test
    void aChosenDateShowsAsIso() {
        assertEquals("2026-11-01", new DateInput(Locale.UK).format(NOV_1));
        assertEquals("", new DateInput(Locale.UK).format(null));
    }
}
