package sendtracker.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A {@link Writer} that encodes UTF-8 straight into a byte buffer, char by char, for the CSV
 * export. The JDK's {@code OutputStreamWriter} takes its fast ASCII path only up to the first
 * non-ASCII character of each buffer and encodes the rest of it in its slow loop: with names such
 * as "Tomás" in most buffers, that was a sixth of the export's formatting thread (JFR of a
 * 200,000-send export). Writes exactly what {@code String.getBytes(UTF_8)} writes, a lone
 * surrogate included ({@code '?'}); a surrogate pair may be split across two calls.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf;
    private int len;
    /** A high surrogate that ended the last call, waiting for its low half. */
    private char pendingHigh;
    private char[] scratch = new char[256];

    Utf8Writer(OutputStream out, int bufferSize) {
        this.out = out;
        this.buf = new byte[Math.max(bufferSize, 16)];
    }

    @Override
    public void write(char[] c, int off, int n) throws IOException {
        int end = off + n;
        int i = off;
        if (pendingHigh != 0 && i < end) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c[i])) {
                codePoint(Character.toCodePoint(high, c[i++]));
            } else {
                put('?');
            }
        }
        while (i < end) {
            if (len + 4 > buf.length) {
                flushBuffer();
            }
            char ch = c[i++];
            if (ch < 0x80) {
                buf[len++] = (byte) ch;
            } else if (ch < 0x800) {
                buf[len++] = (byte) (0xC0 | ch >> 6);
                buf[len++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch)) {
                if (i == end) {
                    pendingHigh = ch;
                } else if (Character.isLowSurrogate(c[i])) {
                    codePoint(Character.toCodePoint(ch, c[i++]));
                } else {
                    buf[len++] = '?';
                }
            } else if (Character.isLowSurrogate(ch)) {
                buf[len++] = '?';
            } else {
                buf[len++] = (byte) (0xE0 | ch >> 12);
                buf[len++] = (byte) (0x80 | ch >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | ch & 0x3F);
            }
        }
    }

    @Override
    public void write(String s, int off, int n) throws IOException {
        // one scratch array for every call, not a new one per field
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        s.getChars(off, off + n, scratch, 0);
        write(scratch, 0, n);
    }

    private void put(char ascii) throws IOException {
        if (len + 1 > buf.length) {
            flushBuffer();
        }
        buf[len++] = (byte) ascii;
    }

    private void codePoint(int cp) throws IOException {
        if (len + 4 > buf.length) {
            flushBuffer();
        }
        buf[len++] = (byte) (0xF0 | cp >> 18);
        buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[len++] = (byte) (0x80 | cp & 0x3F);
    }

    private void flushBuffer() throws IOException {
        if (len > 0) {
            out.write(buf, 0, len);
            len = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
        flushBuffer();
        out.close();
    }
}
