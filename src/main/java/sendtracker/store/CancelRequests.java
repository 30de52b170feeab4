package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestRefusal;
import sendtracker.domain.CancelRequestRules;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.CancelRequestStep;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;

/**
 * Cancellation requests on the JDBC store: the local store checks and writes them here, in one
 * transaction on the locked send row; a team store hands each write to its database functions
 * ({@link TeamRequestFunctions}), which check the same rules for the login.
 */
final class CancelRequests implements CancelRequestStore {
    /** A new request's id is one past the highest: two writers at once may pick the same one, so retry. */
    private static final int ID_ATTEMPTS = 3;

    private final Connections connections;
    private final Consumer<Collection<String>> changed;

    CancelRequests(Connections connections, Consumer<Collection<String>> changed) {
        this.connections = connections;
        this.changed = changed;
    }

    @Override
    public List<CancelRequest> list(User viewer, Set<CancelRequestState> states) {
        List<CancelRequest> out = new ArrayList<>();
        if (states.isEmpty()) {
            return out;
        }
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement("SELECT "
                + CancelRequestRows.COLUMNS + ", u.email, t.name FROM cancel_requests r JOIN sends s ON s.id = r.send_id"
                + " LEFT JOIN users u ON u.id = s.sender_id LEFT JOIN teams t ON t.id = s.team_id"
                + " WHERE r.state IN (" + Parameters.placeholders(states.size()) + ") ORDER BY r.requested_at, r.id")) {
            List<String> names = new ArrayList<>();
            states.forEach(st -> names.add(st.name()));
            Parameters.of(ps).all(names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (Visibility.canSee(viewer, rs.getString(14), rs.getString(15))) {
                        out.add(CancelRequestRows.read(rs, 1));
                    }
                }
            }
        } catch (SQLException e) {
            throw connections.failure("read the cancellation requests", e);
        }
        return out;
    }

    @Override
    public Optional<CancelRequest> find(User viewer, String requestId) {
        try (Connection c = connections.open()) {
            Optional<CancelRequest> r = CancelRequestRows.byId(c, requestId);
            if (r.isEmpty()) {
                return r;
            }
            Optional<Send> send = SendReads.load(c, r.get().sendId());
            return send.isPresent() && Visibility.canSee(viewer, send.get()) ? r : Optional.empty();
        } catch (SQLException e) {
            throw connections.failure("read request " + requestId, e);
        }
    }

    @Override
    public RequestCommit request(User actor, String sendId, String reason, String supportText, Instant now,
            CancelPolicy policy) {
        String why = blankToNull(reason);
        for (int attempt = 1;; attempt++) {
            try {
                RequestCommit commit = TeamCancels.isTeamStore(connections)
                        ? inTransaction(sendId, c -> TeamRequestFunctions.request(c, actor, sendId, why, supportText,
                                now, policy))
                        : inTransaction(sendId, c -> requestLocally(c, actor, sendId, why, supportText, now, policy));
                fire(commit);
                return commit;
            } catch (DuplicateIdException e) {
                if (attempt == ID_ATTEMPTS) {
                    throw new ConflictException(Texts.get("request.changed", sendId), null);
                }
            }
        }
    }

    private static RequestCommit requestLocally(Connection c, User actor, String sendId, String reason,
            String supportText, Instant now, CancelPolicy policy) throws SQLException {
        Send send = visibleLockedSend(c, actor, sendId, sendId);
        CancelRequest latest = send.latestCancelRequest();
        CancelRequestRefusal refusal = CancelRequestRules.refuseRequest(send, policy.decide(send, actor, now), latest);
        if (refusal != null) {
            c.rollback();
            return new RequestCommit(latest, send, refusal);
        }
        CancelRequest created = new CancelRequest(CancelRequestRows.nextId(c), send.id(), CancelRequestState.OPEN,
                actor.email(), now, reason, supportText, null, null, null, null, null, null);
        try {
            CancelRequestRows.insert(c, created);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new DuplicateIdException();
            }
            throw e;
        }
        SendHistory.append(c, send.id(), send.status(), now, actor.email(),
                CancelRequestRules.historyNote(CancelRequestStep.REQUEST, created.id(), reason));
        return new RequestCommit(created, null, null);
    }

    @Override
    public RequestCommit step(User actor, String requestId, CancelRequestStep step, String caseNo, String note,
            Instant now) {
        if (step == CancelRequestStep.REQUEST) {
            throw new IllegalArgumentException("a new request is request(), not a step");
        }
        RequestCommit commit = TeamCancels.isTeamStore(connections)
                ? inTransaction(requestId, c -> TeamRequestFunctions.step(c, actor, requestId, step, caseNo, note, now))
                : inTransaction(requestId, c -> stepLocally(c, actor, requestId, step, caseNo, note, now));
        fire(commit);
        return commit;
    }

    private static RequestCommit stepLocally(Connection c, User actor, String requestId, CancelRequestStep step,
            String caseNo, String note, Instant now) throws SQLException {
        CancelRequest seen = CancelRequestRows.byId(c, requestId).orElseThrow(() -> notFound(requestId));
        Send send = visibleLockedSend(c, actor, seen.sendId(), requestId);
        // read again under the send's lock: a step by someone else meanwhile decides
        CancelRequest request = CancelRequestRows.byId(c, seen.id()).orElseThrow(() -> notFound(requestId));
        CancelRequestRefusal refusal = CancelRequestRules.refuseStep(step, request, actor);
        if (refusal != null) {
            c.rollback();
            return new RequestCommit(request, send, refusal);
        }
        String text = step == CancelRequestStep.MARK_SENT ? blankToNull(caseNo) : blankToNull(note);
        CancelRequest next = request.with(step.to(), actor.email(), now, caseNo, note);
        if (!CancelRequestRows.update(c, next, request.state())) {
            throw new ConflictException(Texts.get("request.changed", request.id()), send);
        }
        String historyNote = CancelRequestRules.historyNote(step, request.id(), text);
        if (step == CancelRequestStep.RESOLVE_CANCELED && !SendStatus.CLOSED.contains(send.status())) {
            CancelsAndCredits.cancelAndCredit(c, send, actor, historyNote, now);
        } else {
            SendHistory.append(c, send.id(), send.status(), now, actor.email(), historyNote);
        }
        return new RequestCommit(next, null, null);
    }

    /** The send, locked for this transaction, when the actor can see it; else not found ({@code asked} names it). */
    private static Send visibleLockedSend(Connection c, User actor, String sendId, String asked) throws SQLException {
        Optional<Send> send = CancelsAndCredits.lockedSend(c, H2Dialect.INSTANCE, sendId);
        if (send.isEmpty() || !Visibility.canSee(actor, send.get())) {
            throw notFound(asked);
        }
        return send.get();
    }

    private static SendNotFoundException notFound(String asked) {
        return asked != null && asked.trim().toUpperCase(java.util.Locale.ROOT).startsWith("REQ-")
                ? new SendNotFoundException(asked, Texts.get("request.notFound", asked))
                : new SendNotFoundException(asked, Texts.get("send.notFound", asked));
    }

    /** The work of one write, on a connection whose transaction this class commits. */
    private interface Work {
        RequestCommit run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: a committed step is fed to the change feed with its
     * send (a team store's functions feed themselves) and forced to disk; the send is then read
     * again as it is now, requests included.
     */
    private RequestCommit inTransaction(String what, Work work) {
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                RequestCommit commit = work.run(c);
                if (!commit.committed()) {
                    c.rollback();
                    return commit;
                }
                String sendId = commit.request().sendId();
                if (!TeamCancels.isTeamStore(connections)) {
                    ChangeFeed.append(c, connections.dialect(), List.of(sendId));
                }
                Send after = SendReads.load(c, sendId).orElseThrow();
                connections.commitDurably(c);
                return new RequestCommit(CancelRequestRows.byId(c, commit.request().id()).orElse(commit.request()),
                        after, null);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (connections.dialect().isLockTimeout(e)) {
                throw new ConflictException(Texts.get("request.changed", what), null);
            }
            throw connections.failure("change the cancellation request of " + what, e);
        }
    }

    private void fire(RequestCommit commit) {
        if (commit.committed()) {
            changed.accept(List.of(commit.send().id()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Someone else took the same new id at the same moment. */
    static final class DuplicateIdException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateIdException() {
            super(null, null, false, false);
        }
    }
}
