package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void moneyUsesAOneSignSymbolWhereThereIsOneAndTheCodeOtherwise() {
        assertEquals("$1,234.50", Formats.money(new BigDecimal("1234.5"), "USD"));
        assertEquals("€32.67", Formats.money(new BigDecimal("32.67"), "EUR"));
        assertEquals("£70.04", Formats.money(new BigDecimal("70.04"), "gbp"));
        assertEquals("12.00 CHF", Formats.money(new BigDecimal("12"), "CHF"));
        assertEquals("5.00 POINTS", Formats.money(new BigDecimal("5"), "POINTS"));
        assertEquals("", Formats.money(null, "USD"));
    }
}
