package sendtracker.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import sendtracker.domain.CampaignState;
import sendtracker.domain.PostalAddress;
import sendtracker.domain.Send;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;

/**
 * The columns of {@code sends}, described once: each field of a send with the columns it is
 * stored in, the expressions that read it back, and how it moves between a {@link Send} and SQL.
 * The SELECT list, the INSERT, the UPDATE and the row mapping are all made from this table.
 * A send keeps its sender, team and campaign as ids in {@code sends} and reads them back as
 * names through the joins of {@link #from}: aliases s = sends, u = users, t = teams, c = campaigns.
 */
final class SendColumns {

    /** The store's ids of a send's sender, team and campaign (each null when the send names none). */
    record References(Long senderId, Long teamId, Long campaignId) {
    }

    @FunctionalInterface
    private interface Binder {
        void bind(Parameters p, Send s, References refs) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader {
        /** Reads the field from the row, its first expression at {@code at}. */
        void read(ResultSet rs, int at, Send.Builder b) throws SQLException;
    }

    @FunctionalInterface
    private interface NamedReader {
        /** Reads the field from a row of {@link #SELECT_BY_ID}, names by id from {@code names}. */
        void read(ResultSet rs, int at, Send.Builder b, Connection c, SendNames names) throws SQLException;
    }

    /**
     * One field: its columns in {@code sends}, the expressions selecting it, how to bind and read
     * it; and the same for a read without the joins, whose names come from {@link SendNames}.
     */
    private record Field(List<String> stored, List<String> selected, Binder binder, Reader reader,
            List<String> selectedById, NamedReader readerById) {
        /** A field read the same way with or without the joins. */
        Field(List<String> stored, List<String> selected, Binder binder, Reader reader) {
            this(stored, selected, binder, reader, selected, (rs, at, b, c, names) -> reader.read(rs, at, b));
        }
    }

    /** Every field but the id (the key) and the version (counted by the store), in column order. */
    private static final List<Field> FIELDS = List.of(
            own("created_at", (p, s, r) -> p.millis(s.createdAt()),
                    (rs, at, b) -> b.createdAt(Instant.ofEpochMilli(rs.getLong(at)))),
            own("type", (p, s, r) -> p.text(s.type().name()),
                    (rs, at, b) -> b.type(SendType.valueOf(rs.getString(at)))),
            own("type_name", (p, s, r) -> p.text(s.type() == SendType.OTHER ? s.typeName() : null),
                    (rs, at, b) -> b.typeName(rs.getString(at))),
            own("subtype", (p, s, r) -> p.text(s.subtype()), (rs, at, b) -> b.subtype(rs.getString(at))),
            own("status", (p, s, r) -> p.text(s.status().name()),
                    (rs, at, b) -> b.status(SendStatus.valueOf(rs.getString(at)))),
            own("status_changed_at", (p, s, r) -> p.millis(s.statusChangedAt()),
                    (rs, at, b) -> b.statusChangedAt(Instant.ofEpochMilli(rs.getLong(at)))),
            own("issue", (p, s, r) -> p.text(s.issue() == null ? null : s.issue().name()), (rs, at, b) -> {
                String issue = rs.getString(at);
                b.issue(issue == null ? null : SendIssue.valueOf(issue));
            }),
            new Field(List.of("sender_id"), List.of("u.name", "u.email"),
                    (p, s, r) -> p.optionalNumber(r.senderId()),
                    (rs, at, b) -> b.senderName(rs.getString(at)).senderEmail(rs.getString(at + 1)),
                    List.of("s.sender_id"), (rs, at, b, c, names) -> {
                        SendNames.Sender sender = names.sender(c, id(rs, at));
                        b.senderName(sender.name()).senderEmail(sender.email());
                    }),
            new Field(List.of("team_id"), List.of("t.name"), (p, s, r) -> p.optionalNumber(r.teamId()),
                    (rs, at, b) -> b.team(rs.getString(at)),
                    List.of("s.team_id"), (rs, at, b, c, names) -> b.team(names.team(c, id(rs, at)))),
            own("recipient_name", (p, s, r) -> p.text(s.recipientName()),
                    (rs, at, b) -> b.recipientName(rs.getString(at))),
            own("recipient_email", (p, s, r) -> p.text(s.recipientEmail()),
                    (rs, at, b) -> b.recipientEmail(rs.getString(at))),
            own("recipient_company", (p, s, r) -> p.text(s.recipientCompany()),
                    (rs, at, b) -> b.recipientCompany(rs.getString(at))),
            address(),
            own("recipient_message", (p, s, r) -> p.text(s.recipientMessage()),
                    (rs, at, b) -> b.recipientMessage(rs.getString(at))),
            new Field(List.of("campaign_id"), List.of("c.name", "c.state"),
                    (p, s, r) -> p.optionalNumber(r.campaignId()),
                    (rs, at, b) -> campaign(b, rs.getString(at), rs.getString(at + 1)),
                    List.of("s.campaign_id"), (rs, at, b, c, names) -> {
                        SendNames.Campaign campaign = names.campaign(c, id(rs, at));
                        campaign(b, campaign.name(), campaign.state());
                    }),
            own("gift_name", (p, s, r) -> p.text(s.gift()), (rs, at, b) -> b.gift(rs.getString(at))),
            own("quantity", (p, s, r) -> p.integer(s.quantity()), (rs, at, b) -> b.quantity(rs.getInt(at))),
            own("cost", (p, s, r) -> p.decimal(s.cost()), (rs, at, b) -> b.cost(rs.getBigDecimal(at))),
            own("currency", (p, s, r) -> p.text(s.currency()), (rs, at, b) -> b.currency(rs.getString(at))),
            own("funding_source", (p, s, r) -> p.text(s.fundingSource()),
                    (rs, at, b) -> b.fundingSource(rs.getString(at))),
            own("address_confirmation", (p, s, r) -> p.flag(s.addressConfirmation()),
                    (rs, at, b) -> b.addressConfirmation(rs.getBoolean(at))),
            own("address_confirmed_at", (p, s, r) -> p.optionalMillis(s.addressConfirmedAt()), (rs, at, b) -> {
                long confirmed = rs.getLong(at);
                b.addressConfirmedAt(rs.wasNull() ? null : Instant.ofEpochMilli(confirmed));
            }),
            own("carrier", (p, s, r) -> p.text(s.carrier()), (rs, at, b) -> b.carrier(rs.getString(at))),
            own("tracking_number", (p, s, r) -> p.text(s.trackingNumber()),
                    (rs, at, b) -> b.trackingNumber(rs.getString(at))),
            own("tracking_url", (p, s, r) -> p.text(s.trackingUrl()), (rs, at, b) -> b.trackingUrl(rs.getString(at))),
            own("test_mode", (p, s, r) -> p.flag(s.testMode()), (rs, at, b) -> b.testMode(rs.getBoolean(at))),
            own("sent_via", (p, s, r) -> p.text(s.sentVia()), (rs, at, b) -> b.sentVia(rs.getString(at))));

    /** The select list of a whole send: id, every field, version. */
    static final String SELECT = "s.id, " + FIELDS.stream().flatMap(f -> f.selected().stream())
            .collect(Collectors.joining(", ")) + ", s.version";

    /**
     * The select list of a whole send without the joins: as {@link #SELECT}, but the sender's,
     * team's and campaign's ids in place of their names, for {@link #readBuilderById}.
     */
    static final String SELECT_BY_ID = "s.id, " + FIELDS.stream().flatMap(f -> f.selectedById().stream())
            .collect(Collectors.joining(", ")) + ", s.version";

    /** Adds a send: version 0. */
    static final String INSERT = "INSERT INTO sends (id, " + String.join(", ", stored()) + ", version) VALUES (?, "
            + Parameters.placeholders(stored().size()) + ", 0)";

    /** Replaces a stored send's fields by id and counts its version up. */
    static final String UPDATE = "UPDATE sends SET " + stored().stream().map(c -> c + " = ?")
            .collect(Collectors.joining(", ")) + ", version = version + 1 WHERE id = ?";

    private SendColumns() {
    }

    /** The columns {@link #bindInsert} fills, in its order: the id, then every stored field. */
    static List<String> insertColumns() {
        List<String> out = new ArrayList<>();
        out.add("id");
        out.addAll(stored());
        return out;
    }

    /** FROM {@code sends s} with the joins asked for: users u (sender), teams t, campaigns c. */
    static String from(boolean users, boolean teams, boolean campaigns) {
        StringBuilder sb = new StringBuilder(" FROM sends s");
        if (users) {
            sb.append(" LEFT JOIN users u ON u.id = s.sender_id");
        }
        if (teams) {
            sb.append(" LEFT JOIN teams t ON t.id = s.team_id");
        }
        if (campaigns) {
            sb.append(" LEFT JOIN campaigns c ON c.id = s.campaign_id");
        }
        return sb.toString();
    }

    /** FROM with every join {@link #SELECT} reads. */
    static String fromAll() {
        return from(true, true, true);
    }

    /** The send in the current row of a result selected with {@link #SELECT}, with the given history. */
    static Send read(ResultSet rs, List<StatusUpdate> history) throws SQLException {
        int at = 1;
        Send.Builder b = Send.builder().id(rs.getString(at++));
        for (Field f : FIELDS) {
            f.reader().read(rs, at, b);
            at += f.selected().size();
        }
        return b.version(rs.getLong(at)).history(history).build();
    }

    /**
     * The send in the current row of a result selected with {@link #SELECT_BY_ID}, not built yet and
     * without history: the send {@link #read} gives, its names from {@code names} (asked on {@code c}
     * when missing); the caller adds the history and requests and builds it.
     */
    static Send.Builder readBuilderById(ResultSet rs, Connection c, SendNames names) throws SQLException {
        int at = 1;
        Send.Builder b = Send.builder().id(rs.getString(at++));
        for (Field f : FIELDS) {
            f.readerById().read(rs, at, b, c, names);
            at += f.selectedById().size();
        }
        return b.version(rs.getLong(at));
    }

    private static Long id(ResultSet rs, int at) throws SQLException {
        long id = rs.getLong(at);
        return rs.wasNull() ? null : id;
    }

    private static void campaign(Send.Builder b, String name, String state) {
        b.campaign(name).campaignState(state == null ? CampaignState.ACTIVE : CampaignState.valueOf(state));
    }

    /** Binds a send to {@link #INSERT}. */
    static void bindInsert(Parameters p, Send s, References refs) throws SQLException {
        p.text(s.id());
        bindFields(p, s, refs);
    }

    /** Binds a send to {@link #UPDATE}. */
    static void bindUpdate(Parameters p, Send s, References refs) throws SQLException {
        bindFields(p, s, refs);
        p.text(s.id());
    }

    private static void bindFields(Parameters p, Send s, References refs) throws SQLException {
        for (Field f : FIELDS) {
            f.binder().bind(p, s, refs);
        }
    }

    private static List<String> stored() {
        List<String> out = new ArrayList<>();
        for (Field f : FIELDS) {
            out.addAll(f.stored());
        }
        return out;
    }

    /** A field kept in one column of {@code sends} itself, read back as it is. */
    private static Field own(String column, Binder binder, Reader reader) {
        return new Field(List.of(column), List.of("s." + column), binder, reader);
    }

    private static Field address() {
        List<String> columns = List.of("address_line1", "address_line2", "city", "region", "postal_code", "country");
        return new Field(columns, columns.stream().map(c -> "s." + c).toList(), (p, s, r) -> {
            PostalAddress a = s.address();
            p.text(a.line1()).text(a.line2()).text(a.city()).text(a.region()).text(a.postalCode()).text(a.country());
        }, (rs, at, b) -> b.address(new PostalAddress(rs.getString(at), rs.getString(at + 1), rs.getString(at + 2),
                rs.getString(at + 3), rs.getString(at + 4), rs.getString(at + 5))));
    }
}
