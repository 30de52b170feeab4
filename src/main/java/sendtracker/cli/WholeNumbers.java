package sendtracker.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reads whole numbers ({@code 1_000_000} is a million) and checks their
 * range, with messages that name the option ({@link ParameterErrors} puts the name in front).
 */
final class WholeNumbers {
    private WholeNumbers() {
    }

    static Integer parseInt(String text) {
        try {
            return Integer.parseInt(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw notAWholeNumber(text);
        }
    }

    static Long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw notAWholeNumber(text);
        }
    }

    /** The value itself, or a usage error when it is outside {@code min..max}. */
    static int between(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new UsageException(option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    private static TypeConversionException notAWholeNumber(String text) {
        return new TypeConversionException("must be a whole number, not '" + text + "'");
    }
}
