package sendtracker.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Binds a statement's parameters in the order they appear, so no caller counts positions.
 * {@link CopyRows} binds the same way into the rows of a PostgreSQL COPY.
 */
class Parameters {
    /** Ids go into {@code IN (…)} lists this many at a time. */
    static final int IN_CHUNK = 500;

    private final PreparedStatement ps;
    private int next = 1;

    Parameters(PreparedStatement ps) {
        this.ps = ps;
    }

    static Parameters of(PreparedStatement ps) {
        return new Parameters(ps);
    }

    /** {@code n} comma-separated placeholders for an {@code IN (…)} list. */
    static String placeholders(int n) {
        StringBuilder sb = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.toString();
    }

    /**
     * A derived table {@code (VALUES (?), (?), …) name(id)} of {@code n} rows to join with: H2
     * checks an {@code IN (?, …)} list value by value on every row it reads, so a join with the
     * list is far cheaper for long lists (docs/decisions/0025-demo-sends-in-creation-order.md).
     */
    static String valuesTable(int n, String name) {
        StringBuilder sb = new StringBuilder(n * 5 + 24).append("(VALUES ");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "(?)" : ", (?)");
        }
        return sb.append(") ").append(name).append("(id)").toString();
    }

    Parameters text(String v) throws SQLException {
        ps.setString(next++, v);
        return this;
    }

    Parameters number(long v) throws SQLException {
        ps.setLong(next++, v);
        return this;
    }

    /** A BIGINT that may be null. */
    Parameters optionalNumber(Long v) throws SQLException {
        if (v == null) {
            ps.setNull(next++, Types.BIGINT);
        } else {
            ps.setLong(next++, v);
        }
        return this;
    }

    Parameters integer(int v) throws SQLException {
        ps.setInt(next++, v);
        return this;
    }

    Parameters decimal(BigDecimal v) throws SQLException {
        ps.setBigDecimal(next++, v);
        return this;
    }

    Parameters flag(boolean v) throws SQLException {
        ps.setBoolean(next++, v);
        return this;
    }

    /** An instant as the store keeps it: epoch milliseconds (BIGINT). */
    Parameters millis(Instant v) throws SQLException {
        return number(v.toEpochMilli());
    }

    /** An instant that may be null, as epoch milliseconds. */
    Parameters optionalMillis(Instant v) throws SQLException {
        return optionalNumber(v == null ? null : v.toEpochMilli());
    }

    /** The parameters a {@link SqlFilter} or a {@link SortKeyset} collected: numbers, amounts and texts. */
    Parameters all(List<?> values) throws SQLException {
        for (Object v : values) {
            if (v instanceof Long) {
                number((Long) v);
            } else if (v instanceof BigDecimal) {
                decimal((BigDecimal) v);
            } else {
                text((String) v);
            }
        }
        return this;
    }

    /** Adds the bound row to the batch; the next row binds from the first parameter again. */
    void addBatch() throws SQLException {
        ps.addBatch();
        next = 1;
    }
}
