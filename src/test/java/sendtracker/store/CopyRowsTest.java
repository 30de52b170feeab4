package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;

class CopyRowsTest {

    @Test
    void valuesAreEscapedAsCopyTextAndWrittenAsUtf8() throws Exception {
        CopyRows rows = new CopyRows();
        assertTrue(rows.isEmpty());
        rows.text("a\tb\nc\\d\re").text(null).number(-42).optionalNumber(null).integer(7)
                .decimal(new BigDecimal("12.50")).flag(true).flag(false);
        rows.addBatch();
        rows.text("Zoë · € · \uD83C\uDF81 · lone \uD800 end").decimal(null);
        rows.addBatch();
        assertFalse(rows.isEmpty());
        String expected = "a\\tb\\nc\\\\d\\re\t\\N\t-42\t\\N\t7\t12.50\tt\tf\n"
                + "Zoë · € · \uD83C\uDF81 · lone ? end\t\\N\n";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), rows.bytes());
    }

    @Test
    void givenACopyTheRowsGoToTheServerInPartsWhileTheyAreWritten() throws Exception {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        AtomicInteger parts = new AtomicInteger();
        AtomicInteger ends = new AtomicInteger();
        CopyIn copy = (CopyIn) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CopyIn.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "writeToCopy" -> {
                        sent.write((byte[]) args[0], (Integer) args[1], (Integer) args[2]);
                        parts.incrementAndGet();
                        yield null;
                    }
                    case "endCopy" -> {
                        ends.incrementAndGet();
                        yield 5000L;
                    }
                    case "isActive" -> ends.get() == 0;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        CopyRows streamed = new CopyRows(copy);
        CopyRows kept = new CopyRows();
        String big = "x".repeat(100_000); // one value larger than the buffer
        for (int i = 0; i < 5000; i++) {
            for (CopyRows rows : new CopyRows[] {streamed, kept}) {
                rows.text("SND-" + i).text(i == 2500 ? big : "Ünïcödé\t" + i).number(i);
                rows.addBatch();
            }
        }
        assertTrue(parts.get() > 1, "sent before the end: " + parts.get());
        assertEquals(5000L, streamed.finish());
        assertEquals(1, ends.get());
        assertArrayEquals(kept.bytes(), sent.toByteArray());
    }
}
