package sendtracker.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

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

/**
 * The team store's write path for cancellation requests (docs/decisions/0015-cancellation-requests.md,
 * after 0012): {@code send_tracker_request} and {@code send_tracker_request_step}, SECURITY DEFINER
 * functions like the cancel's ({@link TeamFunctions}). They name the caller by {@code session_user},
 * check visibility on the locked send row, the cancel policy ({@code cancel_rules}) for a new
 * request, and who may take which step from which state in {@code cancel_request_steps}, the
 * Java {@link CancelRequestStep} table written out at each install. They write the request, the
 * send's history, the credit of a cancel by Support, and the change feed.
 */
final class TeamRequestFunctions {
    static final String REQUEST = "send_tracker_request(varchar, varchar, varchar, varchar, bigint, varchar)";
    static final String STEP = "send_tracker_request_step(varchar, varchar, varchar, varchar, varchar, bigint, varchar)";
    /** Stands for the new request's id in the history note the client passes (the id is made inside). */
    private static final String ID_MARK = "\u0001";
    private static final String FEED = " INSERT INTO send_changes (send_id, changed_at)"
            + " VALUES (s.id, (extract(epoch FROM clock_timestamp()) * 1000)::bigint);"
            + " PERFORM pg_notify('" + ChangeFeed.CHANNEL + "', '');";
    private static final String HISTORY_SEQ = " SELECT COALESCE(MAX(seq), -1) + 1 INTO n FROM send_history"
            + " WHERE send_id = s.id;";

    private TeamRequestFunctions() {
    }

    static void install(Connection c, Statement st, String whoCalls, String path) throws SQLException {
        st.execute("CREATE TABLE IF NOT EXISTS cancel_request_steps (step VARCHAR(20) NOT NULL,"
                + " from_state VARCHAR(16) NOT NULL, to_state VARCHAR(16) NOT NULL, managers_only BOOLEAN NOT NULL,"
                + " PRIMARY KEY (step, from_state))");
        st.execute("DELETE FROM cancel_request_steps");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cancel_request_steps VALUES (?, ?, ?, ?)")) {
            for (CancelRequestStep step : CancelRequestStep.values()) {
                for (CancelRequestState from : step.from()) {
                    ps.setString(1, step.name());
                    ps.setString(2, from.name());
                    ps.setString(3, step.to().name());
                    ps.setBoolean(4, step.managersOnly());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        String closed = SendStatus.CLOSED.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        String notFound = " RETURN QUERY SELECT 'NOT_FOUND'::varchar, NULL::varchar; RETURN;";
        st.execute("CREATE OR REPLACE FUNCTION send_tracker_request(p_send_id varchar, p_reason varchar,"
                + " p_support_text varchar, p_history_note varchar, p_now bigint, p_owner_acts_as varchar)"
                + " RETURNS TABLE (result_kind varchar, result_detail varchar) LANGUAGE plpgsql SECURITY DEFINER "
                + path + " AS $f$ DECLARE me users%ROWTYPE; s sends%ROWTYPE; r cancel_rules%ROWTYPE;"
                + " latest cancel_requests%ROWTYPE; n integer; top bigint; new_id varchar; BEGIN" + whoCalls
                + " IF me.id IS NULL THEN" + notFound + " END IF;"
                + " SELECT * INTO s FROM sends WHERE id = p_send_id FOR UPDATE;"
                + " IF NOT FOUND OR NOT send_tracker_sees(me.id, me.role, s.sender_id, s.team_id) THEN" + notFound
                + " END IF;"
                + " SELECT * INTO r FROM cancel_rules c WHERE c.type = s.type AND c.status = s.status"
                + " AND c.address_confirmation = s.address_confirmation"
                + " AND c.address_confirmed = (s.address_confirmed_at IS NOT NULL);"
                + " IF FOUND AND r.outcome = 'CANCELED' THEN"
                + " RETURN QUERY SELECT 'SELF_CANCEL'::varchar, r.rule; RETURN; END IF;"
                + " IF FOUND AND r.outcome <> 'CONTACT_SUPPORT' THEN"
                + " RETURN QUERY SELECT 'NOTHING_TO_CANCEL'::varchar, r.rule; RETURN; END IF;"
                + " SELECT * INTO latest FROM cancel_requests q WHERE q.send_id = s.id"
                + " ORDER BY q.requested_at DESC, q.id DESC LIMIT 1;"
                + " IF FOUND AND NOT EXISTS (SELECT 1 FROM cancel_request_steps k WHERE k.step = 'REQUEST'"
                + " AND k.from_state = latest.state) THEN"
                + " RETURN QUERY SELECT 'ALREADY_REQUESTED'::varchar, latest.id; RETURN; END IF;"
                + " PERFORM pg_advisory_xact_lock(hashtext('send_tracker_request_ids'));"
                + " SELECT COALESCE(MAX(substr(q.id, 5)::bigint), 0) INTO top FROM cancel_requests q"
                + " WHERE q.id ~ '^REQ-[0-9]{1,18}$';"
                + " new_id := 'REQ-' || CASE WHEN length((top + 1)::text) >= 6 THEN (top + 1)::text"
                + " ELSE lpad((top + 1)::text, 6, '0') END;"
                + " INSERT INTO cancel_requests (id, send_id, state, requested_by, requested_at, reason, support_text)"
                + " VALUES (new_id, s.id, 'OPEN', me.email, p_now, NULLIF(btrim(p_reason, E' \\t\\r\\n'), ''),"
                + " p_support_text);" + HISTORY_SEQ
                + " INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note) VALUES (s.id, n,"
                + " s.status, p_now, me.email, replace(p_history_note, chr(1), new_id));" + FEED
                + " RETURN QUERY SELECT 'DONE'::varchar, new_id; END $f$");
        st.execute("CREATE OR REPLACE FUNCTION send_tracker_request_step(p_request_id varchar, p_step varchar,"
                + " p_case varchar, p_note varchar, p_history_note varchar, p_now bigint, p_owner_acts_as varchar)"
                + " RETURNS TABLE (result_kind varchar, result_detail varchar) LANGUAGE plpgsql SECURITY DEFINER "
                + path + " AS $f$ DECLARE me users%ROWTYPE; s sends%ROWTYPE; q cancel_requests%ROWTYPE;"
                + " k cancel_request_steps%ROWTYPE; n integer; BEGIN" + whoCalls
                + " IF me.id IS NULL THEN" + notFound + " END IF;"
                + " SELECT * INTO q FROM cancel_requests WHERE upper(id) = upper(btrim(p_request_id));"
                + " IF NOT FOUND THEN" + notFound + " END IF;"
                + " SELECT * INTO s FROM sends WHERE id = q.send_id FOR UPDATE;"
                + " IF NOT FOUND OR NOT send_tracker_sees(me.id, me.role, s.sender_id, s.team_id) THEN" + notFound
                + " END IF;"
                + " SELECT * INTO q FROM cancel_requests WHERE id = q.id FOR UPDATE;"
                + " SELECT * INTO k FROM cancel_request_steps WHERE step = p_step AND step <> 'REQUEST' LIMIT 1;"
                + " IF NOT FOUND OR (k.managers_only AND me.role = 'SENDER') THEN"
                + " RETURN QUERY SELECT 'NOT_PERMITTED'::varchar, q.id; RETURN; END IF;"
                + " SELECT * INTO k FROM cancel_request_steps WHERE step = p_step AND from_state = q.state;"
                + " IF NOT FOUND THEN RETURN QUERY SELECT 'NOT_PENDING'::varchar, q.id; RETURN; END IF;"
                + " UPDATE cancel_requests SET state = k.to_state,"
                + " case_no = COALESCE(NULLIF(btrim(p_case), ''), case_no),"
                + " note = COALESCE(NULLIF(btrim(p_note), ''), note),"
                + " sent_by = CASE WHEN k.to_state = 'SENT' THEN me.email ELSE sent_by END,"
                + " sent_at = CASE WHEN k.to_state = 'SENT' THEN p_now ELSE sent_at END,"
                + " resolved_by = CASE WHEN k.to_state = 'SENT' THEN resolved_by ELSE me.email END,"
                + " resolved_at = CASE WHEN k.to_state = 'SENT' THEN resolved_at ELSE p_now END WHERE id = q.id;"
                + HISTORY_SEQ
                + " IF k.to_state = 'CANCELED' AND s.status NOT IN (" + closed + ") THEN"
                // a cancel by Support is credited as any cancel (send_tracker_cancel)
                + " UPDATE sends SET status = 'CANCELED', status_changed_at = p_now, version = version + 1"
                + " WHERE id = s.id;"
                + " INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note) VALUES (s.id, n,"
                + " 'CANCELED', p_now, me.email, p_history_note);"
                + " INSERT INTO funding_credits (send_id, funding_source, amount, currency, requested_at,"
                + " requested_by) VALUES (s.id, s.funding_source, COALESCE(s.cost, 0), s.currency, p_now, me.email);"
                + " ELSE INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note) VALUES (s.id, n,"
                + " s.status, p_now, me.email, p_history_note); END IF;" + FEED
                + " RETURN QUERY SELECT 'DONE'::varchar, q.id; END $f$");
        st.execute("REVOKE ALL ON FUNCTION " + REQUEST + " FROM PUBLIC");
        st.execute("REVOKE ALL ON FUNCTION " + STEP + " FROM PUBLIC");
    }

    /** A new request through {@code send_tracker_request}, in {@code c}'s transaction. */
    static RequestCommit request(Connection c, User actor, String sendId, String reason, String supportText,
            Instant now, CancelPolicy policy) throws SQLException {
        String typed = sendId == null ? "" : sendId.trim();
        String stored = SendIds.inOtherCase(c, typed).orElse(typed);
        String note = CancelRequestRules.historyNote(CancelRequestStep.REQUEST, ID_MARK, reason);
        String[] answer;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT result_kind, result_detail FROM send_tracker_request(?, ?, ?, ?, ?, ?)")) {
            Parameters.of(ps).text(stored).text(reason).text(supportText).text(note).millis(now).text(actor.email());
            answer = answer(ps);
        }
        if ("NOT_FOUND".equals(answer[0])) {
            throw new SendNotFoundException(sendId, Texts.get("send.notFound", sendId));
        }
        Send send = SendReads.load(c, stored).orElseThrow();
        if ("DONE".equals(answer[0])) {
            return new RequestCommit(CancelRequestRows.byId(c, answer[1]).orElseThrow(), send, null);
        }
        // the database refused: the same rules say why, in the user's words
        CancelRequest latest = send.latestCancelRequest();
        CancelRequestRefusal refusal = CancelRequestRules.refuseRequest(send, policy.decide(send, actor, now), latest);
        if (refusal == null) {
            refusal = new CancelRequestRefusal(CancelRequestRefusal.Reason.NOTHING_TO_CANCEL,
                    Texts.get("request.changed", send.id()), null);
        }
        return new RequestCommit(latest, send, refusal);
    }

    /** A step through {@code send_tracker_request_step}, in {@code c}'s transaction. */
    static RequestCommit step(Connection c, User actor, String requestId, CancelRequestStep step, String caseNo,
            String note, Instant now) throws SQLException {
        Optional<CancelRequest> seen = CancelRequestRows.byId(c, requestId);
        if (seen.isEmpty()) {
            throw new SendNotFoundException(requestId, Texts.get("request.notFound", requestId));
        }
        String text = step == CancelRequestStep.MARK_SENT ? caseNo : note;
        String historyNote = CancelRequestRules.historyNote(step, seen.get().id(), text);
        String[] answer;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT result_kind, result_detail FROM send_tracker_request_step(?, ?, ?, ?, ?, ?, ?)")) {
            Parameters.of(ps).text(seen.get().id()).text(step.name()).text(caseNo).text(note).text(historyNote)
                    .millis(now).text(actor.email());
            answer = answer(ps);
        }
        if ("NOT_FOUND".equals(answer[0])) {
            throw new SendNotFoundException(requestId, Texts.get("request.notFound", requestId));
        }
        CancelRequest request = CancelRequestRows.byId(c, seen.get().id()).orElseThrow();
        Send send = SendReads.load(c, request.sendId()).orElseThrow();
        if ("DONE".equals(answer[0])) {
            return new RequestCommit(request, send, null);
        }
        CancelRequestRefusal refusal = CancelRequestRules.refuseStep(step, request, actor);
        if (refusal == null) {
            refusal = new CancelRequestRefusal(CancelRequestRefusal.Reason.NOT_PERMITTED,
                    Texts.get("request.refused.notPermitted", request.id()), request.id());
        }
        return new RequestCommit(request, send, refusal);
    }

    private static String[] answer(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }
}
