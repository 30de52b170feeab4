package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * A non-digit in the hour, minute, second or milliseconds of the canonical form is not a timestamp.
 * It used to be read as -1 of that unit ({@code 2026-11-21T1a:03:00Z} became 2026-11-20T23:03:00Z).
 */
class MalformedTimeOfDayTest {

    @Test
    void aLetterInTheTimeOfDayIsRejected() {
        for (String bad : new String[] {
            "2026-11-21T1a:03:00Z", "2026-11-21Ta4:03:00Z", "2026-11-21T14:0a:03Z", "2026-11-21T14:a3:00Z",
            "2026-11-21T14:03:0aZ", "2026-11-21T14:03:a0Z", "2026-11-21T-1:03:00Z", "2026-11-21T14:-1:00Z",
            "2026-11-21T14:03:-1Z", "2026-11-21T14:03:00.2a0Z", "2026-11-21T14:03:00.-10Z"}) {
            assertNull(Timestamps.parse(bad), bad);
        }
    }

    @Test
    void fractionsOfOtherLengthsThanThreeDigitsAreReadExactly() {
        // not the canonical form, so the fast path must leave them to the general parser
        assertEquals(Instant.parse("2026-11-21T14:03:00.500Z"), Timestamps.parse("2026-11-21T14:03:00.5Z"));
        assertEquals(Instant.parse("2026-11-21T14:03:00.250Z"), Timestamps.parse("2026-11-21T14:03:00.25Z"));
        assertEquals(Instant.parse("2026-11-21T14:03:00.123456Z"), Timestamps.parse("2026-11-21T14:03:00.123456Z"));
    }

    @Test
    void theSmallestAndLargestTimeOfDayAreStillRead() {
        assertEquals(Instant.parse("2026-11-21T00:00:00Z"), Timestamps.parse("2026-11-21T00:00:00Z"));
        assertEquals(Instant.parse("2026-11-21T23:59:59.999Z"), Timestamps.parse("2026-11-21T23:59:59.999Z"));
        assertEquals(Instant.ofEpochSecond(1_795_269_780L), Timestamps.parse("2026-11-21T14:03:00Z"));
    }
}
