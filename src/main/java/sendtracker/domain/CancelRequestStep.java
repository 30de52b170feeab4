package sendtracker.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every step of a cancellation request as data, the one place that says what may follow what
 * and who may take it (docs/decisions/0015-cancellation-requests.md): the window, the command
 * line, the local store and the team store's database functions all read this table. A new
 * request may follow no request at all or a closed one; every other step starts from a pending
 * state.
 */
public enum CancelRequestStep {
    /** Record a request: anyone who can see the send (a sender sees only their own). */
    REQUEST(EnumSet.of(CancelRequestState.CANCELED, CancelRequestState.DECLINED, CancelRequestState.WITHDRAWN),
            CancelRequestState.OPEN, false),
    /** Someone on the team says the request went to Support (with a case number when there is one). */
    MARK_SENT(EnumSet.of(CancelRequestState.OPEN), CancelRequestState.SENT, true),
    /** Support canceled the send: it becomes Canceled and is credited back like any cancel. */
    RESOLVE_CANCELED(EnumSet.of(CancelRequestState.OPEN, CancelRequestState.SENT), CancelRequestState.CANCELED, true),
    /** Support said no (their answer in the note); the send may be requested again. */
    RESOLVE_DECLINED(EnumSet.of(CancelRequestState.OPEN, CancelRequestState.SENT), CancelRequestState.DECLINED, true),
    /** The requester (or anyone who can see the send) takes it back while it waits. */
    WITHDRAW(EnumSet.of(CancelRequestState.OPEN, CancelRequestState.SENT), CancelRequestState.WITHDRAWN, false);

    private final Set<CancelRequestState> from;
    private final CancelRequestState to;
    private final boolean managersOnly;

    CancelRequestStep(Set<CancelRequestState> from, CancelRequestState to, boolean managersOnly) {
        this.from = from;
        this.to = to;
        this.managersOnly = managersOnly;
    }

    /** The states the step may start from (for REQUEST: the state of the send's latest request, if any). */
    public Set<CancelRequestState> from() {
        return EnumSet.copyOf(from);
    }

    public CancelRequestState to() {
        return to;
    }

    /** True when only managers and admins take this step (who also must see the send). */
    public boolean managersOnly() {
        return managersOnly;
    }

    /** True when {@code actor}'s role allows the step; visibility of the send is checked apart. */
    public boolean allows(User actor) {
        return !managersOnly || actor.role() != Role.SENDER;
    }

    /** The step that ends a request in {@code state} (CANCELED, DECLINED, WITHDRAWN) or sends it. */
    public static CancelRequestStep to(CancelRequestState state) {
        for (CancelRequestStep s : values()) {
            if (s != REQUEST && s.to == state) {
                return s;
            }
        }
        throw new IllegalArgumentException("no step ends in " + state);
    }
}
