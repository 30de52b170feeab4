package sendtracker.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.CancelRequestStep;
import sendtracker.domain.User;

/**
 * Where cancellation requests live (docs/design.md, "Cancellation requests"). Each write is one
 * transaction that locks the send's row, checks the step on the stored rows
 * ({@link sendtracker.domain.CancelRequestRules}), writes the request, the send's history entry and
 * the change feed; on a team store the database's own function does all of it for the login.
 */
public interface CancelRequestStore {

    /** The requests in {@code states} on sends the viewer can see, oldest request first. */
    List<CancelRequest> list(User viewer, Set<CancelRequestState> states);

    /** One request, typed in any letter case, when its send is visible to the viewer. */
    Optional<CancelRequest> find(User viewer, String requestId);

    /**
     * Records a new request for the send.
     *
     * @throws SendNotFoundException when the send is missing or not visible to the actor
     * @throws ConflictException     when the send is being changed by someone else right now
     */
    RequestCommit request(User actor, String sendId, String reason, String supportText, Instant now,
            CancelPolicy policy);

    /**
     * Takes {@code step} (not REQUEST) on the request: sent to Support (with {@code caseNo}),
     * resolved canceled or declined (with Support's answer in {@code note}), or withdrawn.
     *
     * @throws SendNotFoundException when the request is missing or its send is not visible
     * @throws ConflictException     when the send is being changed by someone else right now
     */
    RequestCommit step(User actor, String requestId, CancelRequestStep step, String caseNo, String note,
            Instant now);
}
