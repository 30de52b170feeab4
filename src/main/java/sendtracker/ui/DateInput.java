package sendtracker.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a date field accepts: ISO (2026-11-01, as on the command line) and the locale's own
 * short and medium forms (11/1/26, Nov 1, 2026 in the US; 01/11/2026, 1 Nov 2026 in the UK).
 * Strict: 2026-02-30 is no date.
 */
public final class DateInput {
    private final List<DateTimeFormatter> accepted;

    public DateInput(Locale locale) {
        accepted = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                localized(FormatStyle.SHORT, locale), localized(FormatStyle.MEDIUM, locale),
                localized(FormatStyle.LONG, locale));
    }

    private static DateTimeFormatter localized(FormatStyle style, Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE,
                locale);
        // One year letter takes 26 as well as 2026 (26 is read as 2026 below); 'u' lets STRICT resolve without an era.
        pattern = pattern.replaceAll("y+", "u");
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
    }

    /** The date written in {@code text}, or empty when it is none of the accepted forms. */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : accepted) {
            try {
                LocalDate date = LocalDate.parse(t, f);
                return Optional.of(date.getYear() < 100 ? date.plusYears(2000) : date);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** How a chosen date is shown in the field: ISO, the same form the command line takes. */
    public String format(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
