package sendtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counts of one read in the singular in the window's and the import's sentences. */
class CountWordsInTextsTest {
    @Test
    void theImportSummarySaysOneRow() {
        assertEquals("a.csv: 1 row read: 1 added, 0 updated, 0 unchanged (not newer), 0 rejected.",
                Texts.get("exchange.import.summary", "a.csv", 1L, 1L, 0L, 0L, 0L));
        assertEquals("a.csv: 12,000 rows read: 12,000 added, 0 updated, 0 unchanged (not newer), 0 rejected.",
                Texts.get("exchange.import.summary", "a.csv", 12_000L, 12_000L, 0L, 0L, 0L));
    }

    @Test
    void theSpendTooltipSaysOneSendCarries() {
        assertEquals("1 send carries no cost", Texts.get("ui.spend.tooltip.noCost", 1L));
        assertEquals("3 sends carry no cost", Texts.get("ui.spend.tooltip.noCost", 3L));
    }
}
