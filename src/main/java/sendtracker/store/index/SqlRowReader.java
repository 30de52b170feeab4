package sendtracker.store.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.store.RowBatches;
import sendtracker.store.SearchField;
import sendtracker.store.StoreException;

/**
 * Reads every send's indexed columns in short keyset batches of the schema (V1), on H2 in
 * storage order, since walking the id index would fetch each row from elsewhere in the file
 * (the index sorts by id itself). Users, teams and campaigns are few: they are read first and
 * joined here by id, which keeps the big query a plain sequential scan of the sends table. The
 * searched texts are read from the columns their {@link SearchField} names (aliases s = sends,
 * u = users, c = campaigns, as in the store's query).
 */
final class SqlRowReader {
    private static final int BATCH = 20_000;

    private final DataSource dataSource;

    SqlRowReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The columns of one SELECT, each once: a column asked for twice shares its position. */
    private static final class SelectList {
        private final List<String> columns = new ArrayList<>();

        /** The 1-based position of the column in the SELECT. */
        int add(String column) {
            int i = columns.indexOf(column);
            if (i < 0) {
                columns.add(column);
                i = columns.size() - 1;
            }
            return i + 1;
        }

        int[] addAll(List<SearchField> fields) {
            int[] positions = new int[fields.size()];
            for (int k = 0; k < positions.length; k++) {
                positions[k] = add(fields.get(k).column());
            }
            return positions;
        }

        int size() {
            return columns.size();
        }

        String sql() {
            return String.join(", ", columns);
        }
    }

    private static List<String> texts(ResultSet rs, int[] positions) throws SQLException {
        String[] values = new String[positions.length];
        for (int k = 0; k < positions.length; k++) {
            values[k] = rs.getString(positions[k]);
        }
        return IndexedSend.listOf(values);
    }

    void read(Consumer<IndexedSend> sink) {
        try (Connection c = dataSource.getConnection()) {
            RowBatches batches = RowBatches.of(c);
            Map<Long, Sender> users = readUsers(c);
            Map<Long, String> teams = new HashMap<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT id, name FROM teams")) {
                while (rs.next()) {
                    teams.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<Long, Campaign> campaigns = readCampaigns(c);
            Sender noSender = new Sender(null, null, null, IndexedSend.listOf(new String[Sender.SEARCHED.size()]));
            Campaign noCampaign = new Campaign(null, CampaignState.ACTIVE,
                    IndexedSend.listOf(new String[Campaign.SEARCHED.size()]));
            SelectList select = new SelectList();
            int id = select.add("s.id");
            int createdAt = select.add("s.created_at");
            int changedAt = select.add("s.status_changed_at");
            int status = select.add("s.status");
            int type = select.add("s.type");
            int issueAt = select.add("s.issue");
            int testMode = select.add("s.test_mode");
            int cost = select.add("s.cost");
            int currency = select.add("s.currency");
            int senderId = select.add("s.sender_id");
            int teamId = select.add("s.team_id");
            int campaignId = select.add("s.campaign_id");
            int recipientName = select.add("s.recipient_name");
            int tracking = select.add("s.tracking_number");
            int[] searched = select.addAll(IndexedSend.SEARCHED);
            RowHandler row = rs -> {
                long senderKey = rs.getLong(senderId);
                Sender user = rs.wasNull() ? noSender : users.getOrDefault(senderKey, noSender);
                long teamKey = rs.getLong(teamId);
                String team = rs.wasNull() ? null : teams.get(teamKey);
                long campaignKey = rs.getLong(campaignId);
                Campaign campaign = rs.wasNull() ? noCampaign : campaigns.getOrDefault(campaignKey, noCampaign);
                String issue = rs.getString(issueAt);
                String[] texts = new String[searched.length];
                for (int k = 0; k < texts.length; k++) {
                    texts[k] = rs.getString(searched[k]);
                }
                sink.accept(new IndexedSend(rs.getString(id), rs.getLong(createdAt), rs.getLong(changedAt),
                        SendStatus.valueOf(rs.getString(status)), SendType.valueOf(rs.getString(type)),
                        issue == null ? null : SendIssue.valueOf(issue), rs.getBoolean(testMode),
                        rs.getBigDecimal(cost), rs.getString(currency), user.inTeam(team), campaign, rs.getString(recipientName),
                        rs.getString(tracking), texts));
            };
            readInBatches(c, select, batches, row);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the sends for the search index: " + e.getMessage(), e);
        }
    }

    /** One result row into the sink. */
    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private static Map<Long, Sender> readUsers(Connection c) throws SQLException {
        SelectList select = new SelectList();
        int id = select.add("u.id");
        int name = select.add("u.name");
        int email = select.add("u.email");
        int[] searched = select.addAll(Sender.SEARCHED);
        Map<Long, Sender> users = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + select.sql() + " FROM users u")) {
            while (rs.next()) {
                // the team is the send's: set per row
                users.put(rs.getLong(id), new Sender(rs.getString(name), rs.getString(email), null,
                        texts(rs, searched)));
            }
        }
        return users;
    }

    private static Map<Long, Campaign> readCampaigns(Connection c) throws SQLException {
        SelectList select = new SelectList();
        int id = select.add("c.id");
        int name = select.add("c.name");
        int state = select.add("c.state");
        int[] searched = select.addAll(Campaign.SEARCHED);
        Map<Long, Campaign> campaigns = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + select.sql() + " FROM campaigns c")) {
            while (rs.next()) {
                campaigns.put(rs.getLong(id), new Campaign(rs.getString(name),
                        CampaignState.parse(rs.getString(state)).orElse(CampaignState.ACTIVE), texts(rs, searched)));
            }
        }
        return campaigns;
    }

    /**
     * Short queries of {@value #BATCH} rows each, in the order of the store's batch key: on H2 its
     * row key, i.e. storage order. One long lazy query over a million rows can lose its snapshot
     * when H2 compacts the file meanwhile ("Chunk … not found"); short ones cannot, and each is a
     * sequential read of the table (docs/decisions/0002-short-keyset-reads-on-mvstore.md). On
     * PostgreSQL the key is the primary key, and no read holds a snapshot for long
     * (docs/decisions/0011-team-store-on-postgresql.md).
     */
    private static void readInBatches(Connection c, SelectList select, RowBatches batches, RowHandler row)
            throws SQLException {
        int rowKey = select.size() + 1;
        String key = batches.keyColumn();
        String sql = "SELECT " + select.sql() + ", " + key + " FROM sends s WHERE " + key + " > ? ORDER BY " + key
                + " FETCH FIRST " + BATCH + " ROWS ONLY";
        Object after = batches.start();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            while (true) {
                ps.setObject(1, after);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                        after = rs.getObject(rowKey);
                        n++;
                    }
                }
                if (n < BATCH) {
                    return;
                }
            }
        }
    }
}
