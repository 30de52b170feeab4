package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.TypeConversionException;

/** How the command line reads whole numbers and checks their range, messages written out. */
class WholeNumbersTest {

    @Test
    void intsMayHaveSpacesAroundAndUnderscoresBetweenDigits() {
        assertEquals(1_000_000, WholeNumbers.parseInt("1_000_000"));
        assertEquals(42, WholeNumbers.parseInt(" 42 "));
        assertEquals(-7, WholeNumbers.parseInt("-7"));
        assertEquals("must be a whole number, not 'lots'",
                assertThrows(TypeConversionException.class, () -> WholeNumbers.parseInt("lots")).getMessage());
        assertEquals("must be a whole number, not '1.5'",
                assertThrows(TypeConversionException.class, () -> WholeNumbers.parseInt("1.5")).getMessage());
    }

    @Test
    void longsAreReadAsWritten() {
        assertEquals(5_000_000_000L, WholeNumbers.parseLong(" 5000000000 "));
        assertEquals("must be a whole number, not '1_000'",
                assertThrows(TypeConversionException.class, () -> WholeNumbers.parseLong("1_000")).getMessage());
    }

    @Test
    void bothEndsOfTheRangeAreAllowed() {
        assertEquals(1, WholeNumbers.between("--sends", 1, 1, 10));
        assertEquals(10, WholeNumbers.between("--sends", 10, 1, 10));
        assertEquals("--sends must be between 1 and 10, not 0",
                assertThrows(UsageException.class, () -> WholeNumbers.between("--sends", 0, 1, 10)).getMessage());
        assertEquals("--sends must be between 1 and 10, not 11",
                assertThrows(UsageException.class, () -> WholeNumbers.between("--sends", 11, 1, 10)).getMessage());
    }
}
