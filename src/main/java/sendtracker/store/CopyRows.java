package sendtracker.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, bound like statement
 * parameters (so {@link SendColumns} describes a COPY row as it describes an INSERT): one value
 * after another, a tab between, {@code \N} for null, {@link #addBatch} ends the row.
 */
final class CopyRows extends Parameters {
    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;

    CopyRows() {
        super((PreparedStatement) null);
    }

    private CopyRows value(String v) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (v == null) {
            text.append("\\N");
            return this;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\': text.append("\\\\"); break;
                case '\t': text.append("\\t"); break;
                case '\n': text.append("\\n"); break;
                case '\r': text.append("\\r"); break;
                default: text.append(ch);
            }
        }
        return this;
    }

    @Override
    CopyRows text(String v) {
        return value(v);
    }

    @Override
    CopyRows number(long v) {
        return value(Long.toString(v));
    }

    @Override
    CopyRows optionalNumber(Long v) {
        return value(v == null ? null : v.toString());
    }

    @Override
    CopyRows integer(int v) {
        return value(Integer.toString(v));
    }

    @Override
    CopyRows decimal(BigDecimal v) {
        return value(v == null ? null : v.toPlainString());
    }

    @Override
    CopyRows flag(boolean v) {
        return value(v ? "t" : "f");
    }

    @Override
    void addBatch() {
        text.append('\n');
        rowStarted = false;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** The rows so far, as the COPY reads them (the connection's client encoding is UTF-8). */
    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
