package sendtracker.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, bound like statement
 * parameters (so {@link SendColumns} describes a COPY row as it describes an INSERT): one value
 * after another, a tab between, {@code \N} for null, {@link #addBatch} ends the row. Written as
 * UTF-8 (the connection's client encoding) straight into a byte buffer; given a {@link CopyIn},
 * every full buffer goes to the server at once, so the server reads one part while the next is
 * written (docs/decisions/0024-team-import-reads-ahead.md).
 */
final class CopyRows extends Parameters {
    private static final int FLUSH_AT = 1 << 16;
    private static final byte[] NULL = {'\\', 'N'};

    /** Where full buffers go; null keeps every row in memory for {@link #bytes}. */
    private final CopyIn copy;
    private byte[] buf = new byte[FLUSH_AT + 1024];
    private int len;
    private boolean rowStarted;
    private boolean any;

    /** Rows kept in memory. */
    CopyRows() {
        this(null);
    }

    /** Rows sent to an open COPY as they fill the buffer. */
    CopyRows(CopyIn copy) {
        super((PreparedStatement) null);
        this.copy = copy;
    }

    private void room(int n) throws SQLException {
        if (len + n <= buf.length) {
            return;
        }
        if (copy != null && len > 0) {
            flush();
            if (n <= buf.length) {
                return;
            }
        }
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buf, 0, len);
        len = 0;
    }

    private CopyRows value(String v) throws SQLException {
        // at most 4 bytes a char (an escape is 2, a surrogate pair 4 for 2 chars), and the tab
        room(v == null ? 3 : 4 * v.length() + 1);
        if (rowStarted) {
            buf[len++] = '\t';
        }
        rowStarted = true;
        if (v == null) {
            buf[len++] = NULL[0];
            buf[len++] = NULL[1];
            return this;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch < 0x80) {
                switch (ch) {
                    case '\\': buf[len++] = '\\'; buf[len++] = '\\'; break;
                    case '\t': buf[len++] = '\\'; buf[len++] = 't'; break;
                    case '\n': buf[len++] = '\\'; buf[len++] = 'n'; break;
                    case '\r': buf[len++] = '\\'; buf[len++] = 'r'; break;
                    default: buf[len++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                buf[len++] = (byte) (0xC0 | ch >> 6);
                buf[len++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < v.length()
                    && Character.isLowSurrogate(v.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, v.charAt(++i));
                buf[len++] = (byte) (0xF0 | cp >> 18);
                buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                buf[len++] = '?'; // a lone surrogate, as String.getBytes(UTF_8) writes it
            } else {
                buf[len++] = (byte) (0xE0 | ch >> 12);
                buf[len++] = (byte) (0x80 | ch >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        return this;
    }

    @Override
    CopyRows text(String v) throws SQLException {
        return value(v);
    }

    @Override
    CopyRows number(long v) throws SQLException {
        return value(Long.toString(v));
    }

    @Override
    CopyRows optionalNumber(Long v) throws SQLException {
        return value(v == null ? null : v.toString());
    }

    @Override
    CopyRows integer(int v) throws SQLException {
        return value(Integer.toString(v));
    }

    @Override
    CopyRows decimal(BigDecimal v) throws SQLException {
        return value(v == null ? null : v.toPlainString());
    }

    @Override
    CopyRows flag(boolean v) throws SQLException {
        return value(v ? "t" : "f");
    }

    @Override
    void addBatch() throws SQLException {
        room(1);
        buf[len++] = '\n';
        rowStarted = false;
        any = true;
        if (copy != null && len >= FLUSH_AT) {
            flush();
        }
    }

    boolean isEmpty() {
        return !any;
    }

    /** The rows kept in memory, as the COPY reads them. */
    byte[] bytes() {
        return Arrays.copyOf(buf, len);
    }

    /** Sends what is left to the COPY and ends it; the rows the server took. */
    long finish() throws SQLException {
        if (len > 0) {
            flush();
        }
        return copy.endCopy();
    }
}
