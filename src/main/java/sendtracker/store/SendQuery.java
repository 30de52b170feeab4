package sendtracker.store;

import java.time.Instant;
import java.util.Map;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;

/**
 * The read path the window and the command line query: one page and the total, plus counts per
 * status and the spend per currency. The store answers it in SQL; an in-memory index may answer it faster, with the same results.
 */
public interface SendQuery {

    SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit, Instant now);

    long count(User viewer, SendFilter filter, Instant now);

    /** Counts per status of the sends the filter selects, ignoring the filter's own statuses. */
    Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter, Instant now);

    /**
     * What the sends the filter selects (its statuses included) cost, per currency and per
     * {@code by} (status code, team or campaign name), never added across currencies.
     */
    Spend spend(User viewer, SendFilter filter, SpendGroup by, Instant now);
}
