package sendtracker.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.store.SendStore;

/**
 * An export in creation order cut in two at a day: the first half of the file and the second,
 * each a filter of its own, disjoint, together exactly the export's filter
 * (docs/decisions/0037-exports-in-two-halves.md). The cut is the middle day of the sends' creation
 * span, in UTC days as the date filter counts them ({@link SendFilter#from()}); a day's sends stay
 * together, so each half keeps the order within it and the halves follow each other.
 */
record ExportHalves(SendFilter first, SendFilter second) {

    /**
     * The halves of this export, or empty when it is not worth cutting or cannot be cut: another
     * sort than by creation, fewer than {@code fromSends} sends in the store, or a single day.
     */
    static Optional<ExportHalves> of(SendStore store, SendFilter filter, SendSort sort, long fromSends) {
        if (sort.field() != SendSort.Field.CREATED_AT || store.sendCount() < fromSends) {
            return Optional.empty();
        }
        return store.creationSpan().flatMap(span -> {
            LocalDate firstDay = later(span.first().atZone(ZoneOffset.UTC).toLocalDate(), filter.from());
            LocalDate lastDay = earlier(span.last().atZone(ZoneOffset.UTC).toLocalDate(), filter.to());
            if (!firstDay.isBefore(lastDay)) {
                return Optional.empty();
            }
            LocalDate cut = firstDay.plusDays(ChronoUnit.DAYS.between(firstDay, lastDay) / 2);
            SendFilter older = filter.withDates(filter.from(), cut);
            SendFilter newer = filter.withDates(cut.plusDays(1), filter.to());
            return Optional.of(sort.ascending() ? new ExportHalves(older, newer) : new ExportHalves(newer, older));
        });
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
