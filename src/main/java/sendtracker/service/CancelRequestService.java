package sendtracker.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestRefusal;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.CancelRequestStep;
import sendtracker.domain.Send;
import sendtracker.domain.SupportRequest;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.store.CancelRequestStore;
import sendtracker.store.ConflictException;
import sendtracker.store.RequestCommit;
import sendtracker.store.SendNotFoundException;
import sendtracker.store.SendStore;

/**
 * The use cases of cancellation requests (docs/design.md, "Cancellation requests"): record one for
 * a send only Support can cancel, list them, mark one sent to Support, resolve it as canceled or
 * declined, withdraw it. Every user-level ending comes back as a {@link Result}, never an exception.
 */
public final class CancelRequestService {
    /** How a step ended. */
    public enum Outcome { DONE, REFUSED, NOT_FOUND, CONFLICT }

    /**
     * @param request the request as it is now (null when not found, or a new one refused without a pending one)
     * @param send    the send as it is now, requests included (null when not found)
     * @param refusal why it was refused, or null
     */
    public record Result(Outcome outcome, String message, CancelRequest request, Send send,
            CancelRequestRefusal refusal) {
        public boolean done() {
            return outcome == Outcome.DONE;
        }
    }

    private final SendStore store;
    private final CancelPolicy policy;
    private final Supplier<Instant> now;
    private final boolean readOnly;

    CancelRequestService(SendStore store, CancelPolicy policy, Supplier<Instant> now, boolean readOnly) {
        this.store = store;
        this.policy = policy;
        this.now = now;
        this.readOnly = readOnly;
    }

    /** The states a {@code requests --state} word names: open, sent, resolved (the closed ones) or all. */
    public static Optional<Set<CancelRequestState>> states(String word) {
        switch (word == null ? "" : word.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "open":
                return Optional.of(EnumSet.of(CancelRequestState.OPEN));
            case "sent":
                return Optional.of(EnumSet.of(CancelRequestState.SENT));
            case "pending":
                return Optional.of(EnumSet.of(CancelRequestState.OPEN, CancelRequestState.SENT));
            case "resolved":
                return Optional.of(EnumSet.of(CancelRequestState.CANCELED, CancelRequestState.DECLINED,
                        CancelRequestState.WITHDRAWN));
            case "all":
                return Optional.of(EnumSet.allOf(CancelRequestState.class));
            default:
                return Optional.empty();
        }
    }

    public Instant now() {
        return now.get();
    }

    /** The requests in {@code states} on sends the viewer can see, oldest first. */
    public List<CancelRequest> list(User viewer, Set<CancelRequestState> states) {
        return requests().map(r -> r.list(viewer, states)).orElse(List.of());
    }

    /** The pending requests (waiting for Support's answer) the viewer can see, oldest first: the queue. */
    public List<CancelRequest> queue(User viewer) {
        return list(viewer, EnumSet.of(CancelRequestState.OPEN, CancelRequestState.SENT));
    }

    public Optional<CancelRequest> find(User viewer, String requestId) {
        return requests().flatMap(r -> r.find(viewer, requestId));
    }

    /** Records a request for the send, with the ready support text, when only Support can cancel it. */
    public Result request(User actor, String sendId, String reason) {
        Optional<Send> send = store.find(actor, sendId);
        if (send.isEmpty()) {
            return notFound(Texts.get("send.notFound", sendId));
        }
        if (readOnly || requests().isEmpty()) {
            return readOnly(null, send.get());
        }
        Instant at = now();
        CancelDecision decision = policy.decide(send.get(), actor, at);
        String supportText = SupportRequest.of(send.get(), decision, at);
        try {
            RequestCommit commit = requests().get().request(actor, send.get().id(), reason, supportText, at, policy);
            return commit.committed()
                    ? done(commit, Texts.get("request.done.requested", commit.request().id(), commit.send().id()))
                    : refused(commit);
        } catch (SendNotFoundException e) {
            return notFound(e.getMessage());
        } catch (ConflictException e) {
            return new Result(Outcome.CONFLICT, e.getMessage(), null, e.current(), null);
        }
    }

    /** Someone on the team sent the request to Support, under Support's case number when there is one. */
    public Result markSent(User actor, String requestId, String caseNo) {
        return step(actor, requestId, CancelRequestStep.MARK_SENT, caseNo, null);
    }

    /** Support's answer: canceled (the send is canceled and credited) or declined, with their note. */
    public Result resolve(User actor, String requestId, boolean canceled, String caseNo, String note) {
        return step(actor, requestId, canceled ? CancelRequestStep.RESOLVE_CANCELED : CancelRequestStep.RESOLVE_DECLINED,
                caseNo, note);
    }

    public Result withdraw(User actor, String requestId, String note) {
        return step(actor, requestId, CancelRequestStep.WITHDRAW, null, note);
    }

    private Result step(User actor, String requestId, CancelRequestStep step, String caseNo, String note) {
        Optional<CancelRequest> seen = find(actor, requestId);
        if (seen.isEmpty()) {
            return notFound(Texts.get("request.notFound", requestId));
        }
        if (readOnly) {
            return readOnly(seen.get(), null);
        }
        try {
            RequestCommit commit = requests().get().step(actor, seen.get().id(), step, caseNo, note, now());
            if (!commit.committed()) {
                return refused(commit);
            }
            String id = commit.request().id();
            String message = step == CancelRequestStep.RESOLVE_CANCELED
                    ? Texts.get("request.done.canceled", id, commit.send().id())
                    : Texts.get("request.done." + step.to().name().toLowerCase(java.util.Locale.ROOT), id);
            return done(commit, message);
        } catch (SendNotFoundException e) {
            return notFound(e.getMessage());
        } catch (ConflictException e) {
            return new Result(Outcome.CONFLICT, e.getMessage(), seen.get(), e.current(), null);
        }
    }

    private Optional<CancelRequestStore> requests() {
        return store.cancelRequests();
    }

    private static Result done(RequestCommit commit, String message) {
        return new Result(Outcome.DONE, message, commit.request(), commit.send(), null);
    }

    private static Result refused(RequestCommit commit) {
        return new Result(Outcome.REFUSED, commit.refusal().message(), commit.request(), commit.send(),
                commit.refusal());
    }

    private static Result readOnly(CancelRequest request, Send send) {
        CancelRequestRefusal why = new CancelRequestRefusal(CancelRequestRefusal.Reason.READ_ONLY,
                Texts.get("request.refused.readOnly"), request == null ? null : request.id());
        return new Result(Outcome.REFUSED, why.message(), request, send, why);
    }

    private static Result notFound(String message) {
        return new Result(Outcome.NOT_FOUND, message, null, null, null);
    }
}
