package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The CSV export's encoder writes what the JDK's UTF-8 writes, however its input is cut. */
class Utf8WriterTest {
    private static final char[] PICKS = {'a', 'Z', '0', ',', '"', '\r', '\n', '\t', 'é', 'ß', 'Ω', 'ж', '€',
        '中', '\uFFFD', '\uD83C', '\uDF81', '\uD800', '\uDFFF', '\u0080', '\u07FF', '\u0800'};

    private static String random(Random rnd, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(rnd.nextInt(4) == 0 ? PICKS[rnd.nextInt(PICKS.length)] : (char) ('a' + rnd.nextInt(26)));
        }
        return b.toString();
    }

    private static byte[] written(String s, Random rnd, int buffer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(out, buffer)) {
            char[] c = s.toCharArray();
            int at = 0;
            while (at < c.length) {
                int n = Math.min(c.length - at, 1 + rnd.nextInt(7));
                if (rnd.nextBoolean()) {
                    w.write(c, at, n);
                } else {
                    w.write(s, at, n);
                }
                at += n;
                if (rnd.nextInt(10) == 0) {
                    w.flush();
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void randomTextCutAnywhereEncodesAsTheJdkDoes() throws IOException {
        Random rnd = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            String s = random(rnd, rnd.nextInt(60));
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), written(s, rnd, 16 + rnd.nextInt(40)), s);
        }
    }

    @Test
    void surrogatesAtEveryEdge() throws IOException {
        Random rnd = new Random(1);
        for (String s : new String[] {"\uD83C\uDF81", "x\uD83C", "\uDF81x", "\uD83C\uD83C\uDF81", "\uD83C",
            "\uDF81", "a\uD83Cb", "\uD83C\uDF81\uD83C\uDF81é"}) {
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), written(s, rnd, 16), s);
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            try (Utf8Writer w = new Utf8Writer(whole, 16)) {
                w.write(s);
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), whole.toByteArray(), s);
        }
    }
}
