package sendtracker.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;

/**
 * What the window asks of a set of sends: who may look, the pages and counts they see, one
 * send, and its cancel. {@link SendService} is the one implementation (over a live store, or
 * read-only over an offline review); tests wrap it to make one call misbehave. Every call may
 * touch the store, so the window never calls it on the FX thread, except {@link #preview},
 * which is the pure cancel policy.
 */
public interface SendSource {

    List<User> users();

    User defaultUser();

    SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit);

    Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter);

    /** What the filtered sends cost, per currency and per {@code by} (the spend total, the chart's spend). */
    Spend spend(User viewer, SendFilter filter, SpendGroup by);

    /** One send with its history, or empty when missing or not visible to the viewer. */
    Optional<Send> find(User viewer, String id);

    /** What Cancel would do for this send now: the text of the row menu's item and which dialog opens. */
    CancelDecision preview(User actor, Send send);

    /** Cancels if the policy allows it on the stored row; every user-level outcome comes back as a result. */
    CancelResult cancel(User actor, String sendId, Long expectedVersion, String reason);

    /** The ready text for Support about this send and the decision taken on it. */
    String supportRequest(Send send, CancelDecision decision);

    Instant now();

    /** The cancellation requests of these sends (docs/design.md, "Cancellation requests"); empty where not kept. */
    default Optional<CancelRequestService> cancelRequests() {
        return Optional.empty();
    }

    /** True for an offline review of an export: nothing can be changed. */
    boolean isReadOnly();
}
