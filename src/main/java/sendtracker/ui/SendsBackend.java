package sendtracker.ui;

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
import sendtracker.domain.User;

/**
 * What the window asks of the service layer. The real one is {@link ServiceBackend} over
 * SendService (live store or an offline review); view-model tests use a small double.
 * Every call may touch the store: never call it on the FX thread (except {@link #preview},
 * which is the pure cancel policy).
 */
public interface SendsBackend extends AutoCloseable {

    /** Something the user should know about how this source was opened (e.g. rows a review skipped), or null. */
    default String openingNote() {
        return null;
    }

    List<User> users();

    User defaultUser();

    SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit);

    Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter);

    /** One send with its history, or empty when missing or not visible to the viewer. */
    Optional<Send> find(User viewer, String id);

    /** The outcome a cancel is expected to have, for the row menu's text. Pure: safe on the FX thread. */
    CancelDecision preview(User actor, Send send);

    CancelReply cancel(User actor, String sendId, Long expectedVersion, String reason);

    String supportRequest(Send send, CancelDecision decision);

    Instant now();

    /** True for an offline review of an export: nothing can be changed. */
    boolean isReadOnly();

    /** Writes what this source holds to a file (the same viewer and filters as the table); null when it cannot. */
    default ExportRunner exporter() {
        return null;
    }

    /** Frees what this source holds of its own (an offline review's private store); the live store stays open. */
    @Override
    default void close() {
    }
}
