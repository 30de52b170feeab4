package sendtracker.store.index;

import java.time.Instant;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.SendStatus;

/**
 * The needs-attention rule of {@link AttentionReason} at one instant, compiled into per-status
 * cut-offs the scan checks with two array reads (docs/decisions/0007-rules-as-data.md). Per
 * status there is a cut-off for every send and one for sends that carry an issue: a send needs
 * attention when its status changed at or before the cut-off that applies to it. A reason
 * without a time limit makes its cut-off "always"; a status no reason watches, "never".
 */
final class AttentionCutoffs {
    private static final SendStatus[] STATUSES = SendStatus.values();

    private final boolean[] watched = new boolean[STATUSES.length];
    private final long[] changedNotAfter = new long[STATUSES.length];
    private final boolean[] issueWatched = new boolean[STATUSES.length];
    private final long[] issueChangedNotAfter = new long[STATUSES.length];

    private AttentionCutoffs(Instant now) {
        for (AttentionReason r : AttentionReason.values()) {
            Instant before = r.overdueBefore(now);
            long notAfter = before == null ? Long.MAX_VALUE : lastMilliBefore(before);
            for (SendStatus s : STATUSES) {
                if (r.status() == null || r.status() == s) {
                    if (r.isAboutIssue()) {
                        raise(issueWatched, issueChangedNotAfter, s.ordinal(), notAfter);
                    } else {
                        raise(watched, changedNotAfter, s.ordinal(), notAfter);
                    }
                }
            }
        }
    }

    static AttentionCutoffs at(Instant now) {
        return new AttentionCutoffs(now);
    }

    /** Several reasons on one status: the send needs attention if any applies, so the latest cut-off wins. */
    private static void raise(boolean[] isWatched, long[] notAfter, int status, long cutoff) {
        notAfter[status] = isWatched[status] ? Math.max(notAfter[status], cutoff) : cutoff;
        isWatched[status] = true;
    }

    /** The last whole millisecond strictly before {@code bound}: the index keeps times in whole millis. */
    private static long lastMilliBefore(Instant bound) {
        long ms = bound.toEpochMilli(); // floors
        return bound.getNano() % 1_000_000 == 0 ? ms - 1 : ms;
    }

    /** Whether a send of this status ordinal, changed at these millis, needs attention. */
    boolean needsAttention(int status, long changedAt, boolean hasIssue) {
        return (watched[status] && changedAt <= changedNotAfter[status])
                || (hasIssue && issueWatched[status] && changedAt <= issueChangedNotAfter[status]);
    }
}
