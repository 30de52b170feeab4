package sendtracker.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;

/**
 * Cancels a send on its locked, stored row and requests a credit to its funding source; later
 * posts the credits that are due, which makes their sends Refunded.
 */
final class CancelsAndCredits {
    private final Connections connections;
    private final Consumer<Collection<String>> changed;

    /** {@code changed} hears the ids of the sends each committed cancel or settlement changed. */
    CancelsAndCredits(Connections connections, Consumer<Collection<String>> changed) {
        this.connections = connections;
        this.changed = changed;
    }

    CancelCommit cancel(String sendId, Long expectedVersion, User actor, String reason, Instant now,
            CancelPolicy policy) {
        if (TeamCancels.isTeamStore(connections)) {
            return cancelOnTeamStore(sendId, expectedVersion, actor, reason, now);
        }
        Send after;
        CancelDecision decision;
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                // Lock the row first: a second cancel of the same send waits here, then sees it closed.
                Optional<Send> stored = lockedSend(c, connections.dialect(), sendId);
                if (stored.isEmpty() || !Visibility.canSee(actor, stored.get())) {
                    c.rollback();
                    throw new SendNotFoundException(sendId, "No send " + sendId + " that you can see.");
                }
                Send send = stored.get();
                String id = send.id();
                if (expectedVersion != null && expectedVersion != send.version()) {
                    c.rollback();
                    throw new ConflictException("Send " + id + " changed since you opened it: it is now "
                            + send.status().displayName() + ".", send);
                }
                decision = policy.decide(send, actor, now);
                if (decision.outcome() != CancelOutcome.CANCELED) {
                    c.rollback();
                    return new CancelCommit(decision, send, false);
                }
                cancelAndCredit(c, send, actor, reason, now);
                after = SendReads.load(c, id).orElseThrow();
                ChangeFeed.append(c, connections.dialect(), List.of(id));
                connections.commitDurably(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (connections.dialect().isLockTimeout(e)) {
                throw new ConflictException("Send " + sendId + " is being changed by someone else right now.", null);
            }
            throw connections.failure("cancel send " + sendId, e);
        }
        changed.accept(List.of(after.id()));
        return new CancelCommit(decision, after, true);
    }

    /** On a team store the database's cancel function decides and writes, for every login (admin too). */
    private CancelCommit cancelOnTeamStore(String sendId, Long expectedVersion, User actor, String reason,
            Instant now) {
        CancelCommit commit;
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                // send_tracker_cancel feeds and notifies the change itself (TeamFunctions): no ChangeFeed.append here
                commit = TeamCancels.cancel(c, sendId, expectedVersion, actor, reason, now);
                connections.commitDurably(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (connections.dialect().isLockTimeout(e)) {
                throw new ConflictException("Send " + sendId + " is being changed by someone else right now.", null);
            }
            throw connections.failure("cancel send " + sendId, e);
        }
        if (commit.committed()) {
            changed.accept(List.of(commit.send().id()));
        }
        return commit;
    }

    /**
     * Locks the send's row for this transaction, then reads the send; empty when there is none. The
     * id may be typed in any letter case ({@link SendIds}); the send found carries the stored one.
     */
    /**
     * The committed part of every cancel, on the locked row {@code send} in {@code c}'s transaction:
     * status Canceled, the history entry with who and why, and the credit to the funding source.
     * A cancel by Support on a cancellation request takes the same path (CancelRequests).
     */
    static void cancelAndCredit(Connection c, Send send, User actor, String note, Instant now) throws SQLException {
        markCanceled(c, send, now);
        SendHistory.append(c, send.id(), SendStatus.CANCELED, now, actor.email(), note);
        requestCredit(c, send, actor, now);
    }

    static Optional<Send> lockedSend(Connection c, SqlDialect dialect, String typedId) throws SQLException {
        if (typedId == null) {
            return Optional.empty();
        }
        String typed = typedId.trim();
        Optional<Send> send = lockAndRead(c, dialect, typed);
        if (send.isEmpty()) {
            Optional<String> stored = SendIds.inOtherCase(c, typed);
            send = stored.isEmpty() ? send : lockAndRead(c, dialect, stored.get());
        }
        return send;
    }

    private static Optional<Send> lockAndRead(Connection c, SqlDialect dialect, String sendId) throws SQLException {
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement(
                dialect.lockingRows("SELECT version FROM sends WHERE id = ?"))) {
            Parameters.of(ps).text(sendId);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        return exists ? SendReads.load(c, sendId) : Optional.empty();
    }

    private static void markCanceled(Connection c, Send send, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sends SET status = ?, status_changed_at = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?")) {
            Parameters.of(ps).text(SendStatus.CANCELED.name()).millis(now).text(send.id()).number(send.version());
            if (ps.executeUpdate() != 1) {
                c.rollback();
                throw new ConflictException("Send " + send.id() + " changed while it was being canceled.", send);
            }
        }
    }

    private static void requestCredit(Connection c, Send send, User actor, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO funding_credits (send_id, funding_source,"
                + " amount, currency, requested_at, requested_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            Parameters.of(ps).text(send.id()).text(send.fundingSource())
                    .decimal(send.cost() == null ? BigDecimal.ZERO : send.cost()).text(send.currency()).millis(now)
                    .text(actor.email());
            ps.executeUpdate();
        }
    }

    /** A requested credit not yet posted. */
    private record DueCredit(long id, String sendId, BigDecimal amount, String currency, String fundingSource) {
    }

    int settleCredits(Instant now, Duration age) {
        List<String> settled = new ArrayList<>();
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                if (TeamCancels.isTeamStore(connections)) {
                    settled.addAll(TeamCancels.settle(c, now, age));
                }
                for (DueCredit credit : TeamCancels.isTeamStore(connections) ? List.<DueCredit>of()
                        : dueCredits(c, now.minus(age))) {
                    if (settle(c, credit, now)) {
                        settled.add(credit.sendId());
                    }
                }
                if (!TeamCancels.isTeamStore(connections)) {
                    // on a team store send_tracker_settle_credits fed and notified every send it moved (TeamFunctions)
                    ChangeFeed.append(c, connections.dialect(), settled);
                }
                connections.commitDurably(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw connections.failure("credit the funding sources", e);
        }
        changed.accept(settled);
        return settled.size();
    }

    private static List<DueCredit> dueCredits(Connection c, Instant requestedBy) throws SQLException {
        List<DueCredit> due = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, send_id, amount, currency, funding_source"
                + " FROM funding_credits WHERE credited_at IS NULL AND requested_at <= ? ORDER BY id")) {
            Parameters.of(ps).millis(requestedBy);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(new DueCredit(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return due;
    }

    /** Posts the credit; true when its send was still Canceled and is now Refunded. */
    private static boolean settle(Connection c, DueCredit credit, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE funding_credits SET credited_at = ? WHERE id = ?")) {
            Parameters.of(ps).millis(now).number(credit.id());
            ps.executeUpdate();
        }
        int moved;
        try (PreparedStatement ps = c.prepareStatement("UPDATE sends SET status = 'REFUNDED',"
                + " status_changed_at = ?, version = version + 1 WHERE id = ? AND status = 'CANCELED'")) {
            Parameters.of(ps).millis(now).text(credit.sendId());
            moved = ps.executeUpdate();
        }
        if (moved != 1) {
            return false;
        }
        String amount = credit.amount() == null ? "0" : credit.amount().toPlainString();
        String note = Texts.get("credit.note", amount, credit.currency() == null ? "" : credit.currency(),
                credit.fundingSource() == null ? "-" : credit.fundingSource());
        SendHistory.append(c, credit.sendId(), SendStatus.REFUNDED, now, null, note);
        return true;
    }
}
