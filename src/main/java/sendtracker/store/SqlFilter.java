package sendtracker.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.CampaignState;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;

/**
 * Turns a viewer, a filter and a sort into SQL in the store's dialect: the WHERE clause with its
 * parameters, the joins it needs, the ORDER BY.
 */
final class SqlFilter {
    final StringBuilder where = new StringBuilder();
    final List<Object> params = new ArrayList<>();
    boolean needsUsers;
    boolean needsTeams;
    boolean needsCampaigns;

    /**
     * The filter of {@code viewer}'s sends. A manager's is the one condition {@code s.team_id IN
     * (managed teams)}, read through the team index, so counts and sums need no parts any more
     * (docs/decisions/0034-manager-counts-in-two-parts.md).
     */
    static SqlFilter of(SqlDialect dialect, User viewer, SendFilter f, Instant now, boolean withStatuses) {
        SqlFilter q = new SqlFilter();
        q.visibility(viewer);
        if (withStatuses && !f.statuses().isEmpty()) {
            q.in("s.status", names(f.statuses()));
        }
        if (!f.types().isEmpty()) {
            q.in("s.type", names(f.types()));
        }
        String term = f.searchKey();
        if (term != null) {
            String like = dialect.containsPattern(term);
            q.needsUsers = true;
            q.needsCampaigns = true;
            q.and();
            q.where.append('(');
            int i = 0;
            for (SearchField field : SearchField.values()) {
                if (i++ > 0) {
                    q.where.append(" OR ");
                }
                q.where.append("LOWER(").append(field.column()).append(')').append(dialect.likeParameter());
                q.params.add(like);
            }
            q.where.append(')');
        }
        if (f.senderEmail() != null) {
            q.needsUsers = true;
            q.and().append("u.email_key = ?");
            q.params.add(f.senderEmail().toLowerCase(Locale.ROOT));
        }
        if (f.team() != null) {
            q.needsTeams = true;
            q.and().append("t.name_key = ?");
            q.params.add(f.team().toLowerCase(Locale.ROOT));
        }
        if (f.from() != null) {
            q.and().append("s.created_at >= ?");
            q.params.add(startOfDay(f.from()));
        }
        if (f.to() != null) {
            q.and().append("s.created_at < ?");
            q.params.add(startOfDay(f.to().plusDays(1)));
        }
        switch (f.testMode()) {
            case ONLY:
                q.and().append("s.test_mode = ").append(dialect.booleanLiteral(true));
                break;
            case EXCLUDE:
                q.and().append("s.test_mode = ").append(dialect.booleanLiteral(false));
                break;
            default:
                break;
        }
        if (f.attentionOnly()) {
            q.attention(now);
        }
        if (f.pendingRequestOnly()) {
            // A subquery rather than a join: one row per send however many requests it has, and on
            // the team store the requests' row-level security applies to it as to any read.
            q.and().append("EXISTS (SELECT 1 FROM cancel_requests cr WHERE cr.send_id = s.id AND cr.state IN (");
            int i = 0;
            for (CancelRequestState state : CancelRequestState.values()) {
                if (state.isPending()) {
                    q.where.append(i++ == 0 ? "?" : ", ?");
                    q.params.add(state.name());
                }
            }
            q.where.append("))");
        }
        if (!f.campaignStates().isEmpty()) {
            q.needsCampaigns = true;
            List<String> states = new ArrayList<>();
            for (CampaignState s : f.campaignStates()) {
                states.add(s.name());
            }
            q.in("COALESCE(c.state, 'ACTIVE')", states);
        }
        return q;
    }

    /** Needs attention, written from the rule's data in {@link AttentionReason}: any reason applies. */
    private void attention(Instant now) {
        and().append('(');
        int i = 0;
        for (AttentionReason r : AttentionReason.values()) {
            if (i++ > 0) {
                where.append(" OR ");
            }
            where.append('(');
            int parts = 0;
            if (r.status() != null) {
                where.append("s.status = ?");
                params.add(r.status().name());
                parts++;
            }
            if (r.limit() != null) {
                where.append(parts++ > 0 ? " AND " : "").append("s.status_changed_at < ?");
                params.add(r.overdueBefore(now).toEpochMilli());
            }
            if (r.isAboutIssue()) {
                where.append(parts++ > 0 ? " AND " : "").append("s.issue IS NOT NULL");
            }
            where.append(')');
        }
        where.append(')');
    }

    private static final String MANAGED_TEAMS = "SELECT mt.team_id FROM manager_teams mt WHERE mt.user_id = ?";

    /** docs/design.md "Roles and visibility" (domain/Visibility): Admin all, Manager their teams', Sender own. */
    private void visibility(User viewer) {
        switch (viewer.role()) {
            case ADMIN:
                return;
            case MANAGER:
                and().append("s.team_id IN (" + MANAGED_TEAMS + ")");
                params.add(viewer.id());
                return;
            default:
                and().append("s.sender_id = ?");
                params.add(viewer.id());
        }
    }

    /** FROM with only the joins the filter or the caller needs. */
    String from(boolean allJoins) {
        return SendColumns.from(allJoins || needsUsers, allJoins || needsTeams, allJoins || needsCampaigns);
    }

    /**
     * FROM with only the joins the filter and the sort's columns need: a bulk read takes the
     * names from {@link SendNames}, not from joins (docs/decisions/0032-bulk-reads-name-from-memory.md).
     */
    String from(SendSort sort) {
        boolean users = needsUsers;
        boolean campaigns = needsCampaigns;
        for (SendSort key : sort.keys()) {
            String column = sortColumn(key);
            users |= column.startsWith("u.");
            campaigns |= column.startsWith("c.");
        }
        return SendColumns.from(users, needsTeams, campaigns);
    }

    String whereClause() {
        return where.length() == 0 ? "" : " WHERE " + where;
    }

    /** The WHERE clause with one more condition ANDed to the filter's (the keyset of a batched read). */
    String whereClause(String more) {
        return where.length() == 0 ? " WHERE " + more : " WHERE " + where + " AND " + more;
    }

    private static final Set<String> NOT_NULL = Set.of("s.created_at", "s.status_changed_at", "s.type", "s.status",
            "s.id");

    /** The column a sort orders by. */
    static String sortColumn(SendSort sort) {
        switch (sort.field()) {
            case STATUS_CHANGED_AT: return "s.status_changed_at";
            case RECIPIENT: return "s.recipient_name";
            case SENDER: return "u.name";
            case TYPE: return "s.type";
            case CAMPAIGN: return "c.name";
            case STATUS: return "s.status";
            case COST: return "s.cost";
            case TRACKING: return "s.tracking_number";
            case ID: return "s.id";
            default: return "s.created_at";
        }
    }

    /** True when the sort column is never empty (NOT NULL in the schema), so its order needs no NULLS rule. */
    static boolean neverEmpty(String column) {
        return NOT_NULL.contains(column);
    }

    /**
     * The sort's field, then the tie-break of {@link SendSort#keys()} (newest created first, then
     * the greater id; docs/decisions/0020-sort-ties-newest-first-then-id.md).
     */
    static String orderBy(SqlDialect dialect, SendSort sort) {
        StringBuilder order = new StringBuilder(" ORDER BY ");
        int i = 0;
        for (SendSort key : sort.keys()) {
            String col = sortColumn(key);
            order.append(i++ == 0 ? "" : ", ");
            if (neverEmpty(col)) {
                // Saying nothing about nulls lets the database walk an index in this order as it is.
                order.append(col).append(key.ascending() ? " ASC" : " DESC");
            } else {
                // An empty value counts as the greatest.
                order.append(dialect.orderEmptyLast(col, key.ascending()));
            }
        }
        return order.toString();
    }

    private StringBuilder and() {
        if (where.length() > 0) {
            where.append(" AND ");
        }
        return where;
    }

    private void in(String column, Collection<String> values) {
        and().append(column).append(" IN (");
        int i = 0;
        for (String v : values) {
            where.append(i++ == 0 ? "?" : ", ?");
            params.add(v);
        }
        where.append(')');
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(e.name());
        }
        return out;
    }

    static long startOfDay(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

}
