package sendtracker.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import sendtracker.domain.SendStatus;
import sendtracker.domain.StatusUpdate;

/**
 * One step of a send's Recent Updates, with how long the send stayed in that status
 * ({@code current} is true for the status it is still in: its time runs until now).
 */
public record TimelineEntry(SendStatus status, Instant at, String actor, String note, Duration timeInStatus,
        boolean current) {

    /** The history newest first, each entry with the time until the next one (or until now for the last). */
    public static List<TimelineEntry> of(List<StatusUpdate> history, Instant now) {
        List<StatusUpdate> ordered = new ArrayList<>(history);
        ordered.sort(Comparator.comparing(StatusUpdate::occurredAt));
        List<TimelineEntry> entries = new ArrayList<>(ordered.size());
        for (int i = ordered.size() - 1; i >= 0; i--) {
            StatusUpdate u = ordered.get(i);
            // an entry in the same status as the one before is a note (a cancellation request's step,
            // docs/design.md): the status's time runs until the status changes
            int next = i + 1;
            while (next < ordered.size() && ordered.get(next).status() == u.status()) {
                next++;
            }
            boolean last = next == ordered.size();
            Instant end = last ? now : ordered.get(next).occurredAt();
            Duration spent = Duration.between(u.occurredAt(), end);
            entries.add(new TimelineEntry(u.status(), u.occurredAt(), u.actor(), u.note(),
                    spent.isNegative() ? Duration.ZERO : spent, last));
        }
        return entries;
    }
}
