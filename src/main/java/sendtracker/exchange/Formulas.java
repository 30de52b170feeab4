package sendtracker.exchange;

/**
 * Spreadsheet safety. A cell a spreadsheet would run as a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) is written with a leading apostrophe;
 * our own import takes one apostrophe off again. Text that already starts with apostrophes
 * followed by such a character gets one more, so the two steps undo each other for every text.
 */
public final class Formulas {
    private Formulas() {
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** True when, after any leading apostrophes, the text starts with a formula character. */
    private static boolean startsLikeFormula(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && s.charAt(i) == '\'') {
            i++;
        }
        return i < n && isTrigger(s.charAt(i));
    }

    /** The cell text to write for {@code value} (null stays null). */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        if ((isTrigger(c) || c == '\'') && startsLikeFormula(value)) {
            return "'" + value;
        }
        return value;
    }

    /** The original text of a cell written by {@link #neutralise}. */
    public static String restore(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        return startsLikeFormula(cell) ? cell.substring(1) : cell;
    }
}
