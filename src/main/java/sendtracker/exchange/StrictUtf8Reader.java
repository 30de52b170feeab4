package sendtracker.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import sendtracker.domain.Texts;

/**
 * Decodes UTF-8 strictly: a byte sequence that is not UTF-8, or a control character that only
 * binary data holds (NUL and friends), stops the read with the line it is on, instead of the
 * silent replacement characters a plain InputStreamReader would put into the store. Drops a
 * leading byte order mark.
 */
final class StrictUtf8Reader extends Reader {
    private final Path file;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean flushed;
    private boolean start = true;
    private long line = 1;

    StrictUtf8Reader(Path file, InputStream in) {
        this.file = file;
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (flushed) {
                return -1;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                check(cbuf, off, out.position() - off);
                throw new SendFileException(file, line, 0, Texts.get("exchange.file.notUtf8"));
            }
            if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            }
        }
        int n = out.position() - off;
        if (start) {
            start = false;
            if (cbuf[off] == '\uFEFF') {
                System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                n--;
                if (n == 0) {
                    return read(cbuf, off, len);
                }
            }
        }
        check(cbuf, off, n);
        return n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts lines, and stops at characters no text file holds. */
    private void check(char[] c, int off, int n) {
        for (int i = off, end = off + n; i < end; i++) {
            char ch = c[i];
            if (ch < 0x20) {
                if (ch == '\n') {
                    line++;
                } else if (ch <= 0x08 || (ch >= 0x0E && ch != 0x1B)) {
                    throw new SendFileException(file, line, 0, Texts.get("exchange.file.binary"));
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
