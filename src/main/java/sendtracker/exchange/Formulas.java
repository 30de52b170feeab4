package sendtracker.exchange;

import java.util.regex.Pattern;

/**
 * Spreadsheet safety. A cell a spreadsheet would run as a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) is written with a leading apostrophe;
 * our own import takes one apostrophe off again. Text that already starts with apostrophes
 * followed by such a character gets one more, so the two steps undo each other for every text.
 */
public final class Formulas {
    /** A bare signed number as people type one ("-12,5", "+49 30 1234567"): a spreadsheet reads it, runs nothing. */
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9 .,]*");

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

    /**
     * A cell of an input file as the reject file copies it. The reject file exists to be fixed and
     * imported again (docs/design.md, "Import rules": it holds the original row), so each cell is
     * the input's own text, exactly, apostrophes included. Only a cell that a spreadsheet opening
     * the reject file would run as a formula (docs/design.md, "CSV", formula safety) gets the
     * leading apostrophe, and the import's {@link #restore} takes it off again: re-importing the
     * fixed reject file reads the same text as importing the original row did. A bare signed
     * number such as {@code -12,5} is no formula risk and stays as it was.
     */
    public static String forRejectsFile(String rawCell) {
        if (rawCell == null || rawCell.isEmpty() || !isTrigger(rawCell.charAt(0))
                || SIGNED_NUMBER.matcher(rawCell).matches()) {
            return rawCell;
        }
        return "'" + rawCell;
    }

    /** The original text of a cell written by {@link #neutralise}. */
    public static String restore(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        return startsLikeFormula(cell) ? cell.substring(1) : cell;
    }
}
