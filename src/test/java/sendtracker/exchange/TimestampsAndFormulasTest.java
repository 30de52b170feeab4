package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The two small text rules of the file formats, each expectation written out: timestamps in UTC
 * with milliseconds only when not zero, and spreadsheet formulas neutralised and given back.
 */
class TimestampsAndFormulasTest {

    @Test
    void timestampsAreWrittenInUtcWithMillisecondsOnlyWhenNotZero() {
        assertEquals("2026-11-21T14:03:00Z", Timestamps.format(Instant.parse("2026-11-21T14:03:00Z")));
        assertEquals("2026-11-21T14:03:00.250Z", Timestamps.format(Instant.parse("2026-11-21T14:03:00.250Z")));
        assertEquals("2026-11-21T14:03:00.001Z", Timestamps.format(Instant.parse("2026-11-21T14:03:00.001999Z")),
                "truncated to the millisecond");
        assertEquals("2026-01-02T03:04:05.067Z", Timestamps.format(Instant.parse("2026-01-02T03:04:05.067Z")));
        assertEquals("1999-12-31T23:59:59.999Z", Timestamps.format(Instant.parse("1999-12-31T23:59:59.999Z")));
        assertEquals("1969-12-31T23:59:59Z", Timestamps.format(Instant.parse("1969-12-31T23:59:59Z")),
                "before the epoch");
        assertEquals("0001-02-03T10:20:30Z", Timestamps.format(Instant.parse("0001-02-03T10:20:30Z")));
        assertEquals("9999-12-31T23:59:59Z", Timestamps.format(Instant.parse("9999-12-31T23:59:59Z")));
        assertEquals("+10000-01-01T00:00:00Z", Timestamps.format(Instant.parse("+10000-01-01T00:00:00Z")));
        assertEquals("-0001-06-01T00:00:00.500Z", Timestamps.format(Instant.parse("-0001-06-01T00:00:00.500Z")));
        assertNull(Timestamps.format(null));
    }

    @Test
    void timestampsAreReadInEveryIsoForm() {
        Instant t = Instant.parse("2026-11-21T14:03:00Z");
        assertEquals(t, Timestamps.parse("2026-11-21T14:03:00Z"));
        assertEquals(t, Timestamps.parse("  2026-11-21T14:03:00Z "));
        assertEquals(Instant.parse("2026-11-21T14:03:00.250Z"), Timestamps.parse("2026-11-21T14:03:00.250Z"));
        assertEquals(Instant.parse("2026-02-28T23:59:59.999Z"), Timestamps.parse("2026-02-28T23:59:59.999Z"));
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"), Timestamps.parse("2024-02-29T00:00:00Z"), "leap day");
        assertEquals(t, Timestamps.parse("2026-11-21T15:03:00+01:00"));
        assertEquals(t, Timestamps.parse("2026-11-21 14:03:00Z"), "a blank instead of T");
        assertEquals(t, Timestamps.parse("2026-11-21T14:03:00"), "no offset: UTC");
        assertEquals(t, Timestamps.parse("2026-11-21T14:03"), "no seconds");
        assertEquals(Instant.parse("2026-11-21T14:03:00.250Z"), Timestamps.parse("2026-11-21T14:03:00.250"));
        assertEquals(Instant.parse("2026-11-21T00:00:00Z"), Timestamps.parse("2026-11-21"), "a date: midnight UTC");
        assertEquals(Instant.parse("2026-11-21T14:03:00.100Z"), Timestamps.parse("2026-11-21T14:03:00.1Z"));
    }

    @Test
    void whatIsNotATimestampReadsAsNull() {
        for (String bad : new String[] {null, "", "   ", "yesterday", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
            "2026-02-30T00:00:00Z", "2026-11-00T00:00:00Z", "2026-11-21T24:00:00Z", "2026-11-21T23:60:00Z",
            "2026-11-21T23:59:60Z", "2026-11-21T14:03:00,250Z", "2026-11-21T14:03:00.2a0Z", "2026-1a-21T14:03:00Z",
            "2026/11/21T14:03:00Z", "2026-11/21T14:03:00Z", "2026-11-21X14:03:00Z", "2026-11-21T14-03:00Z",
            "2026-11-21T14:03-00Z", "2026-11-21T14:03:00Y", "21/11/2026",
            "20a6-11-21T14:03:00Z", "2026-11-2aT14:03:00Z", "-026-11-21T14:03:00Z"}) {
            // A letter in the hour, minute or second: see MalformedTimeOfDayTest.
            assertNull(Timestamps.parse(bad), bad);
        }
    }

    @Test
    void formulasAreNeutralisedAndGivenBack() {
        assertEquals("'=SUM(A1)", Formulas.neutralise("=SUM(A1)"));
        assertEquals("'+1", Formulas.neutralise("+1"));
        assertEquals("'-1", Formulas.neutralise("-1"));
        assertEquals("'@cmd", Formulas.neutralise("@cmd"));
        assertEquals("'\tx", Formulas.neutralise("\tx"));
        assertEquals("'\rx", Formulas.neutralise("\rx"));
        assertEquals("''=x", Formulas.neutralise("'=x"), "an apostrophe before a formula gets one more");
        assertEquals("'quoted", Formulas.neutralise("'quoted"), "an apostrophe before plain text stays as it is");
        assertEquals("'", Formulas.neutralise("'"));
        assertEquals("''", Formulas.neutralise("''"));
        assertEquals("a=b", Formulas.neutralise("a=b"));
        assertEquals("", Formulas.neutralise(""));
        assertNull(Formulas.neutralise(null));

        assertEquals("=SUM(A1)", Formulas.restore("'=SUM(A1)"));
        assertEquals("'=x", Formulas.restore("''=x"));
        assertEquals("'quoted", Formulas.restore("'quoted"));
        assertEquals("'", Formulas.restore("'"));
        assertEquals("''", Formulas.restore("''"));
        assertEquals("x", Formulas.restore("x"));
        assertEquals("=x", Formulas.restore("=x"), "only our own apostrophe comes off");
        assertNull(Formulas.restore(null));
        for (String s : new String[] {"=1", "+", "-", "@", "\t", "\r", "'=1", "''+2", "'", "''", "plain", "'plain",
            "", "a-b"}) {
            assertEquals(s, Formulas.restore(Formulas.neutralise(s)), "round trip of [" + s + "]");
        }
    }
}
