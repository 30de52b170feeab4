package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;

/**
 * The FILTERS options of docs/design.md turned into a filter, without a store: each option's
 * words and the filter written out by hand, and each wrong value's one-line message.
 */
class FilterOptionsToFilterTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        FilterOptions filters;
    }

    private static SendFilter filter(String... words) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(words);
        return probe.filters.toFilter();
    }

    private static String refused(String... words) {
        return assertThrows(UsageException.class, () -> filter(words)).getMessage();
    }

    @Test
    void noOptionsIsEverything() {
        assertEquals(SendFilter.ALL, filter());
    }

    @Test
    void everyOptionLandsInItsField() {
        SendFilter f = filter("--status", "Shipped", "--status", "ORDER_RECEIVED,Delivered", "--type", "Amazon",
                "--type", "egift,DIRECT", "--search", "Rita", "--sender", "sam@example.com", "--team", "Alpha",
                "--from", "2026-11-01", "--to", " 2026-11-21 ", "--test-mode", "exclude", "--attention");
        assertEquals(new SendFilter(Set.of(SendStatus.SHIPPED, SendStatus.ORDER_RECEIVED, SendStatus.DELIVERED),
                Set.of(SendType.AMAZON, SendType.EGIFT, SendType.DIRECT), "Rita", "sam@example.com", "Alpha",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 21), TestModeFilter.EXCLUDE, true, Set.of()), f);
    }

    @Test
    void oneDayIsAllowedAndTestModeOnlyAndInclude() {
        SendFilter oneDay = filter("--from", "2026-11-21", "--to", "2026-11-21", "--test-mode", "only");
        assertEquals(LocalDate.of(2026, 11, 21), oneDay.from());
        assertEquals(LocalDate.of(2026, 11, 21), oneDay.to());
        assertEquals(TestModeFilter.ONLY, oneDay.testMode());
        assertEquals(TestModeFilter.INCLUDE, filter("--test-mode", "include").testMode());
        assertEquals(false, filter("--team", "Beta").attentionOnly());
        assertEquals(LocalDate.of(2026, 1, 2), filter("--from", "2026-01-02").from());
        assertEquals(null, filter("--from", "2026-01-02").to());
        assertEquals(LocalDate.of(2026, 1, 2), filter("--to", "2026-01-02").to());
        assertEquals(null, filter("--to", "2026-01-02").from());
    }

    @Test
    void wrongValuesAreUsageErrorsSayingWhatWouldDo() {
        assertEquals("Unknown status 'Lost'. Use a code (ORDER_RECEIVED), a name (Order Received) or an alias"
                + " (Processing).", refused("--status", "Shipped,Lost"));
        assertEquals("Unknown type 'Parcel'. Use one of EGIFT, INVENTORIED, DIRECT, AMAZON, OTHER.",
                refused("--type", "Parcel"));
        assertEquals("--from must be a date like 2026-11-21, not 'yesterday'", refused("--from", "yesterday"));
        assertEquals("--to must be a date like 2026-11-21, not '21/11/2026'", refused("--to", "21/11/2026"));
        assertEquals("--from 2026-11-22 is after --to 2026-11-21",
                refused("--from", "2026-11-22", "--to", "2026-11-21"));
        assertEquals("--test-mode must be only, exclude or include, not 'some'", refused("--test-mode", "some"));
    }
}
