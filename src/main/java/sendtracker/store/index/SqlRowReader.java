package sendtracker.store.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.store.StoreException;

/**
 * Reads every send's indexed columns in one streaming query of the schema (V1), in storage
 * order: no ORDER BY, since walking the id index would fetch each row from elsewhere in the file
 * (the index sorts by id itself). Users, teams and campaigns are few: they are read first and
 * joined here by id, which keeps the big query a plain sequential scan of the sends table.
 */
final class SqlRowReader {
    private static final String COLUMNS = "id, created_at, status_changed_at, status, type, issue, test_mode,"
            + " cost, sender_id, team_id, recipient_name, recipient_email, recipient_company, campaign_id,"
            + " tracking_number";
    private static final int BATCH = 20_000;

    private record Person(String name, String email) {
    }

    private record Campaign(String name, CampaignState state) {
    }

    private final DataSource dataSource;

    SqlRowReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void read(Consumer<SendIndex.Row> sink) {
        try (Connection c = dataSource.getConnection()) {
            boolean h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
            Map<Long, Person> users = new HashMap<>();
            Map<Long, String> teams = new HashMap<>();
            Map<Long, Campaign> campaigns = new HashMap<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT id, name, email FROM users")) {
                    while (rs.next()) {
                        users.put(rs.getLong(1), new Person(rs.getString(2), rs.getString(3)));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT id, name FROM teams")) {
                    while (rs.next()) {
                        teams.put(rs.getLong(1), rs.getString(2));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT id, name, state FROM campaigns")) {
                    while (rs.next()) {
                        campaigns.put(rs.getLong(1), new Campaign(rs.getString(2),
                                CampaignState.parse(rs.getString(3)).orElse(CampaignState.ACTIVE)));
                    }
                }
            }
            Person noSender = new Person(null, null);
            Campaign noCampaign = new Campaign(null, CampaignState.ACTIVE);
            Consumer<ResultSet> row = rs -> {
                try {
                    long senderId = rs.getLong(9);
                    Person sender = rs.wasNull() ? noSender : users.getOrDefault(senderId, noSender);
                    long teamId = rs.getLong(10);
                    String team = rs.wasNull() ? null : teams.get(teamId);
                    long campaignId = rs.getLong(14);
                    Campaign campaign = rs.wasNull() ? noCampaign : campaigns.getOrDefault(campaignId, noCampaign);
                    String issue = rs.getString(6);
                    sink.accept(new SendIndex.Row(rs.getString(1), rs.getLong(2), rs.getLong(3),
                            SendStatus.valueOf(rs.getString(4)), SendType.valueOf(rs.getString(5)),
                            issue == null ? null : SendIssue.valueOf(issue), rs.getBoolean(7),
                            rs.getBigDecimal(8), sender.name(), sender.email(), team, rs.getString(11),
                            rs.getString(12), rs.getString(13), campaign.name(), campaign.state(),
                            rs.getString(15)));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            if (h2) {
                readH2InBatches(c, row);
            } else {
                readStreaming(c, row);
            }
        } catch (SQLException | IllegalStateException e) {
            Throwable cause = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
            throw new StoreException("Cannot read the sends for the search index: " + cause.getMessage(), cause);
        }
    }

    /**
     * H2: short queries of {@value #BATCH} rows each in storage order (by its row key). One long
     * lazy query over a million rows can lose its snapshot when H2 compacts the file meanwhile
     * ("Chunk … not found"); short ones cannot, and each is a sequential read of the table.
     */
    private static void readH2InBatches(Connection c, Consumer<ResultSet> row) throws SQLException {
        String sql = "SELECT " + COLUMNS + ", _ROWID_ FROM sends WHERE _ROWID_ > ? ORDER BY _ROWID_"
                + " FETCH FIRST " + BATCH + " ROWS ONLY";
        long after = Long.MIN_VALUE;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            while (true) {
                ps.setLong(1, after);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                        after = rs.getLong(16);
                        n++;
                    }
                }
                if (n < BATCH) {
                    return;
                }
            }
        }
    }

    /** Other databases: one query, streamed with a fetch size. */
    private static void readStreaming(Connection c, Consumer<ResultSet> row) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sends")) {
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } finally {
            c.commit();
            c.setAutoCommit(autoCommit);
        }
    }
}
