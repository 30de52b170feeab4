package sendtracker.domain;

import java.time.Instant;
import java.util.Objects;

/** One entry of a send's "Recent Updates": the status it moved to, when, who did it, and why. */
public record StatusUpdate(SendStatus status, Instant occurredAt, String actor, String note) {
    public StatusUpdate {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
