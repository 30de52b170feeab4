package sendtracker.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.SupportRequest;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.store.ConflictException;
import sendtracker.store.SendNotFoundException;
import sendtracker.store.SendQuery;
import sendtracker.store.SendStore;

/** The tracker's use cases on one store: browse, look up, and cancel sends. */
public final class SendService implements SendSource {
    /** How long a requested credit takes to post to the funding source (then the send is Refunded). */
    public static final Duration CREDIT_POSTING_DELAY = Duration.ofDays(1);

    private final SendStore store;
    private final SendQuery reads;
    private final CancelPolicy policy;
    private final Clock clock;
    private final boolean readOnly;
    private final CancelRequestService cancelRequests;

    /**
     * @param reads    the read path for pages and counts (the store itself, or a faster index over it)
     * @param readOnly true for an offline review of an exported file: nothing can be changed
     */
    public SendService(SendStore store, SendQuery reads, CancelPolicy policy, Clock clock, boolean readOnly) {
        this.store = store;
        this.reads = reads;
        this.policy = policy;
        this.clock = clock;
        this.readOnly = readOnly;
        this.cancelRequests = new CancelRequestService(store, policy, this::now, readOnly);
    }

    /** Cancellation requests to Support on this store (read-only in an offline review). */
    @Override
    public Optional<CancelRequestService> cancelRequests() {
        return Optional.of(cancelRequests);
    }

    public SendStore store() {
        return store;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Now in whole seconds, the precision of every timestamp the tracker records (DESIGN §2's
     * {@code 2026-11-21T14:03:00Z}; docs/design.md, "Cancellation requests"): a cancel, a request
     * and its steps, a credit posting all take their time here, so exports, {@code compare} and
     * {@code requests --format json} print the same instant. The SQL and the in-memory index get
     * this same value for every cut-off, so they agree.
     */
    @Override
    public Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** How many sends the store holds, whoever may see them. */
    public long totalSends() {
        return store.sendCount();
    }

    @Override
    public List<User> users() {
        return store.users();
    }

    /** Every team's name, alphabetical (to tell a mistyped team from one without sends). */
    public List<String> teamNames() {
        return store.teamNames();
    }

    @Override
    public User defaultUser() {
        return store.defaultUser();
    }

    public Optional<User> user(String email) {
        return store.user(email);
    }

    @Override
    public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit) {
        return reads.page(viewer, filter, sort, offset, limit, now());
    }

    public long count(User viewer, SendFilter filter) {
        return reads.count(viewer, filter, now());
    }

    @Override
    public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter) {
        return reads.countByStatus(viewer, filter, now());
    }

    @Override
    public Spend spend(User viewer, SendFilter filter, SpendGroup by) {
        return reads.spend(viewer, filter, by, now());
    }

    @Override
    public Optional<Send> find(User viewer, String id) {
        return store.find(viewer, id);
    }

    /** What Cancel would do for this send now: the text of the row menu's item and which dialog opens. */
    @Override
    public CancelDecision preview(User actor, Send send) {
        if (readOnly) {
            return CancelDecision.of(CancelRule.OFFLINE_REVIEW, send);
        }
        return policy.decide(send, actor, now());
    }

    @Override
    public String supportRequest(Send send, CancelDecision decision) {
        return SupportRequest.of(send, decision, now());
    }

    /**
     * Cancels a send if the policy allows it on the stored row. Never throws for a user-level
     * outcome: not found, refused, conflict and technical failures all come back as a result.
     */
    @Override
    public CancelResult cancel(User actor, String sendId, Long expectedVersion, String reason) {
        Instant now = now();
        if (readOnly) {
            Optional<Send> send = store.find(actor, sendId);
            if (send.isEmpty()) {
                return notFound(sendId);
            }
            return refused(send.get(), CancelDecision.of(CancelRule.OFFLINE_REVIEW, send.get()), false);
        }
        try {
            var commit = store.cancel(sendId, expectedVersion, actor, reason, now, policy);
            if (commit.committed()) {
                return new CancelResult(sendId, commit.decision().outcome(), commit.decision().rule(),
                        Texts.get("cancel.done", sendId), commit.send(), false, false, null, null);
            }
            return refused(commit.send(), commit.decision(), false);
        } catch (SendNotFoundException e) {
            return notFound(sendId);
        } catch (ConflictException e) {
            Send current = e.current() != null ? e.current() : store.find(actor, sendId).orElse(null);
            if (current == null) {
                return notFound(sendId);
            }
            // Nothing was canceled, so the answer is never CANCELED: the attempt failed for a technical
            // reason (docs/design.md), and the decision on the row as it is now says whether a retry helps.
            CancelDecision failed = new CancelDecision(CancelRule.TECHNICAL_FAILURE.outcome(),
                    CancelRule.TECHNICAL_FAILURE,
                    Texts.get("cancel.conflict", sendId, current.status().displayName()));
            return new CancelResult(sendId, failed.outcome(), failed.rule(), failed.message(), current, true, false,
                    supportRequest(current, failed), policy.decide(current, actor, now));
        } catch (RuntimeException e) {
            // A self-cancel that fails for a technical reason is Support's to finish, never a stack trace.
            Send current = safeFind(actor, sendId);
            CancelDecision failed = current != null ? CancelDecision.of(CancelRule.TECHNICAL_FAILURE, current)
                    : new CancelDecision(CancelRule.TECHNICAL_FAILURE.outcome(), CancelRule.TECHNICAL_FAILURE,
                            Texts.get(CancelRule.TECHNICAL_FAILURE.textKey(), sendId, "", "", ""));
            return new CancelResult(sendId, failed.outcome(), failed.rule(), failed.message(), current, false, false,
                    current == null ? failed.message() : supportRequest(current, failed), null);
        }
    }

    /** Posts the funding-source credits that are due; canceled sends whose credit posted become Refunded. */
    public int settleCredits() {
        return readOnly ? 0 : store.settleCredits(now(), CREDIT_POSTING_DELAY);
    }

    private Send safeFind(User actor, String sendId) {
        try {
            return store.find(actor, sendId).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private CancelResult refused(Send send, CancelDecision decision, boolean conflict) {
        return new CancelResult(send.id(), decision.outcome(), decision.rule(), decision.message(), send, conflict,
                false, supportRequest(send, decision), null);
    }

    private static CancelResult notFound(String sendId) {
        return new CancelResult(sendId, null, null, Texts.get("send.notFound", sendId), null, false, true, null, null);
    }
}
