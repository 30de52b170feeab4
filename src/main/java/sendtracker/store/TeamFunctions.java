package sendtracker.store;

import java.sql.SQLException;
import java.sql.Statement;

import sendtracker.domain.Texts;

/**
 * The team store's write path for every login (docs/decisions/0012-logins-and-row-level-security.md):
 * {@code send_tracker_cancel} and {@code send_tracker_settle_credits}, SECURITY DEFINER functions
 * with a fixed search_path. They run as the tables' owner, so they name the caller by
 * {@code session_user} (inside them {@code current_user} is the owner) and check visibility and the
 * cancel policy ({@code cancel_rules}, {@link CancelRulesTable}) on the locked, stored row.
 */
final class TeamFunctions {
    static final String CANCEL = "send_tracker_cancel(varchar, bigint, varchar, bigint, varchar)";
    static final String SETTLE = "send_tracker_settle_credits(bigint, bigint)";
    private static final String SEES = "send_tracker_sees(bigint, varchar, bigint, bigint)";
    /**
     * The change feed's row for the send {@code %s} (ChangeFeed), written here as the owner: the
     * other logins only read {@code send_changes}, so a cancel or credit that goes through these
     * functions is fed and notified by them, in the caller's transaction, and not again in Java.
     */
    private static final String FEED_APPEND = " INSERT INTO send_changes (send_id, changed_at)"
            + " VALUES (%s, (extract(epoch FROM clock_timestamp()) * 1000)::bigint);";
    private static final String FEED_NOTIFY = " PERFORM pg_notify('" + ChangeFeed.CHANNEL + "', '');";

    private TeamFunctions() {
    }

    static void install(Statement st, String schema) throws SQLException {
        String path = "SET search_path = pg_catalog, " + TeamAccounts.quoted(schema);
        st.execute("CREATE OR REPLACE FUNCTION send_tracker_sees(me_id bigint, me_role varchar, sender bigint,"
                + " team bigint) RETURNS boolean LANGUAGE sql STABLE " + path + " AS $f$"
                // docs/design.md "Roles and visibility": Admin any, Sender own, Manager their teams' only;
                // never NULL (a send without a sender), which an IF NOT … would take as seen
                + " SELECT COALESCE(me_role = 'ADMIN' OR (me_role = 'SENDER' AND sender = me_id)"
                + " OR (me_role = 'MANAGER' AND EXISTS ("
                + "SELECT 1 FROM manager_teams m WHERE m.user_id = me_id AND m.team_id = team)), false) $f$");
        // The person calling: their login's row. The owner (or a superuser) without one of their own
        // acts for the person the app names, as it could write the tables directly anyway.
        String whoCalls = " SELECT * INTO me FROM users WHERE login = session_user;"
                + " IF NOT FOUND AND (session_user = current_user OR COALESCE((SELECT rolsuper FROM pg_roles"
                + " WHERE rolname = session_user), false)) THEN"
                + " SELECT * INTO me FROM users WHERE email_key = lower(btrim(p_owner_acts_as));"
                // a store with no Admin yet: the owner acts as the store's own administrator (JdbcSendStore.LOCAL_ADMIN)
                + " IF NOT FOUND THEN me.id := 0; me.role := 'ADMIN'; me.email := p_owner_acts_as; END IF; END IF;";
        st.execute("CREATE OR REPLACE FUNCTION send_tracker_cancel(p_send_id varchar, p_expected_version bigint,"
                + " p_reason varchar, p_now bigint, p_owner_acts_as varchar)"
                + " RETURNS TABLE (result_kind varchar, result_rule varchar) LANGUAGE plpgsql SECURITY DEFINER "
                + path + " AS $f$ DECLARE me users%ROWTYPE; s sends%ROWTYPE; r cancel_rules%ROWTYPE; n integer;"
                + " BEGIN" + whoCalls
                + " IF me.id IS NULL THEN RETURN QUERY SELECT 'NOT_FOUND'::varchar, NULL::varchar; RETURN; END IF;"
                + " SELECT * INTO s FROM sends WHERE id = p_send_id FOR UPDATE;"
                + " IF NOT FOUND OR NOT send_tracker_sees(me.id, me.role, s.sender_id, s.team_id) THEN"
                + " RETURN QUERY SELECT 'NOT_FOUND'::varchar, NULL::varchar; RETURN; END IF;"
                + " IF p_expected_version IS NOT NULL AND p_expected_version <> s.version THEN"
                + " RETURN QUERY SELECT 'CONFLICT'::varchar, NULL::varchar; RETURN; END IF;"
                + " SELECT * INTO r FROM cancel_rules c WHERE c.type = s.type AND c.status = s.status"
                + " AND c.address_confirmation = s.address_confirmation"
                + " AND c.address_confirmed = (s.address_confirmed_at IS NOT NULL);"
                + " IF NOT FOUND THEN RETURN QUERY SELECT 'DECIDED'::varchar, 'UNLISTED_STATE'::varchar; RETURN; END IF;"
                + " IF r.outcome <> 'CANCELED' THEN RETURN QUERY SELECT 'DECIDED'::varchar, r.rule; RETURN; END IF;"
                + " UPDATE sends SET status = 'CANCELED', status_changed_at = p_now, version = version + 1"
                + " WHERE id = s.id;"
                + " SELECT COALESCE(MAX(seq), -1) + 1 INTO n FROM send_history WHERE send_id = s.id;"
                + " INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note) VALUES (s.id, n,"
                + " 'CANCELED', p_now, me.email, NULLIF(btrim(p_reason, E' \\t\\r\\n'), ''));"
                + " INSERT INTO funding_credits (send_id, funding_source, amount, currency, requested_at,"
                + " requested_by) VALUES (s.id, s.funding_source, COALESCE(s.cost, 0), s.currency, p_now, me.email);"
                + FEED_APPEND.replace("%s", "s.id") + FEED_NOTIFY
                + " RETURN QUERY SELECT 'CANCELED'::varchar, r.rule; END $f$");
        st.execute("CREATE OR REPLACE FUNCTION send_tracker_settle_credits(p_due_before bigint, p_now bigint)"
                + " RETURNS SETOF varchar LANGUAGE plpgsql SECURITY DEFINER " + path + " AS $f$"
                + " DECLARE me users%ROWTYPE; k record; moved record; n integer; any_moved boolean := false;"
                + " trusted boolean := session_user = current_user OR COALESCE((SELECT rolsuper FROM pg_roles"
                + " WHERE rolname = session_user), false);"
                + " BEGIN SELECT * INTO me FROM users WHERE login = session_user;"
                + " FOR k IN SELECT id, send_id, amount, currency, funding_source FROM funding_credits"
                + " WHERE credited_at IS NULL AND requested_at <= LEAST(p_due_before, p_now) ORDER BY id FOR UPDATE LOOP"
                + " UPDATE funding_credits SET credited_at = p_now WHERE id = k.id;"
                + " UPDATE sends SET status = 'REFUNDED', status_changed_at = p_now, version = version + 1"
                + " WHERE id = k.send_id AND status = 'CANCELED' RETURNING sender_id, team_id INTO moved;"
                + " IF FOUND THEN"
                + " SELECT COALESCE(MAX(seq), -1) + 1 INTO n FROM send_history WHERE send_id = k.send_id;"
                + " INSERT INTO send_history (send_id, seq, status, occurred_at, actor, note) VALUES (k.send_id, n,"
                + " 'REFUNDED', p_now, NULL, format(" + literal(creditNoteFormat())
                + ", COALESCE(k.amount::text, '0'), COALESCE(k.currency, ''), COALESCE(k.funding_source, '-')));"
                + FEED_APPEND.replace("%s", "k.send_id") + " any_moved := true;"
                + " IF trusted OR (me.id IS NOT NULL AND send_tracker_sees(me.id, me.role, moved.sender_id,"
                + " moved.team_id)) THEN RETURN NEXT k.send_id; END IF;"
                + " END IF; END LOOP; IF any_moved THEN" + FEED_NOTIFY + " END IF; END $f$");
        // the cancellation requests' functions share the caller's identification (docs/decisions/0015)
        TeamRequestFunctions.install(st.getConnection(), st, whoCalls, path);
        for (String f : new String[] {SEES, CANCEL, SETTLE}) {
            st.execute("REVOKE ALL ON FUNCTION " + f + " FROM PUBLIC");
        }
    }

    /** The history note of a credit (messages.properties {@code credit.note}) as a format() pattern. */
    static String creditNoteFormat() {
        return Texts.get("credit.note", "\u0001", "\u0002", "\u0003").replace("%", "%%")
                .replace("\u0001", "%1$s").replace("\u0002", "%2$s").replace("\u0003", "%3$s");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
