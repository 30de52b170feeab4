package sendtracker.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps in files: ISO-8601 in UTC with seconds ({@code 2026-11-21T14:03:00Z}), and
 * milliseconds only when they are not zero ({@code …00.250Z}), the store's precision. Writing is
 * hand-rolled because export runs it three times a row; reading takes that form fast and, slower,
 * any ISO-8601 date-time with an offset, or without one (read as UTC), or a bare date (midnight UTC).
 */
public final class Timestamps {
    private Timestamps() {
    }

    /** The canonical text of an instant, truncated to milliseconds. */
    public static String format(Instant t) {
        if (t == null) {
            return null;
        }
        long seconds = t.getEpochSecond();
        int millis = t.getNano() / 1_000_000;
        long day = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(day);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(seconds, millis * 1_000_000L));
        }
        char[] c = new char[millis == 0 ? 20 : 24];
        put4(c, 0, year);
        c[4] = '-';
        put2(c, 5, date.getMonthValue());
        c[7] = '-';
        put2(c, 8, date.getDayOfMonth());
        c[10] = 'T';
        put2(c, 11, secondOfDay / 3600);
        c[13] = ':';
        put2(c, 14, secondOfDay / 60 % 60);
        c[16] = ':';
        put2(c, 17, secondOfDay % 60);
        if (millis != 0) {
            c[19] = '.';
            c[20] = (char) ('0' + millis / 100);
            c[21] = (char) ('0' + millis / 10 % 10);
            c[22] = (char) ('0' + millis % 10);
        }
        c[c.length - 1] = 'Z';
        return new String(c);
    }

    private static void put2(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static void put4(char[] c, int at, int v) {
        put2(c, at, v / 100);
        put2(c, at + 2, v % 100);
    }

    /** Parses a timestamp, or returns null when the text is not one (blank text included). */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        Instant fast = parseCanonical(s);
        if (fast != null) {
            return fast;
        }
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset: try the forms without one
        }
        try {
            return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} or {@code yyyy-MM-ddTHH:mm:ss.SSSZ}; null for anything else. */
    private static Instant parseCanonical(String s) {
        int n = s.length();
        if ((n != 20 && n != 24) || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int millis = 0;
        if (n == 24) {
            if (s.charAt(19) != '.') {
                return null;
            }
            millis = digits(s, 20, 3);
        }
        // digits() gives -1 for a non-digit, so every field needs its lower bound as well as its upper one.
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || millis < 0 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, millis * 1_000_000L);
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
