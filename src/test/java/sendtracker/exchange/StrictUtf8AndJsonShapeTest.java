package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.PostalAddress;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;

/**
 * The strict UTF-8 decoding under both readers (byte order mark, control characters, the line of
 * a bad byte) and the JSON shape of one send, every field written out (docs/design.md, "JSON").
 */
class StrictUtf8AndJsonShapeTest {
    private static final Path FILE = Path.of("in.csv");

    private static String decode(byte[] bytes, int chunk) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (StrictUtf8Reader r = new StrictUtf8Reader(FILE, new ByteArrayInputStream(bytes))) {
            char[] buf = new char[chunk + 3];
            int n;
            while ((n = r.read(buf, 3, chunk)) != -1) {
                sb.append(buf, 3, n);
            }
            assertEquals(0, r.read(buf, 0, 0));
        }
        return sb.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLeadingBomIsDroppedEvenWhenItIsAllTheFirstReadGets() throws IOException {
        byte[] withBom = utf8("\uFEFFSend ID\nA\u00e9");
        assertEquals("Send ID\nA\u00e9", decode(withBom, 1), "one char at a time: the first read is the BOM alone");
        assertEquals("Send ID\nA\u00e9", decode(withBom, 64));
        assertEquals("x\uFEFF", decode(utf8("x\uFEFF"), 64), "only a leading one");
        assertEquals("", decode(utf8("\uFEFF"), 64));
        assertEquals("", decode(new byte[0], 64));
    }

    @Test
    void tabsReturnsFormFeedsAndEscapeAreTextOtherControlsAreBinary() throws IOException {
        assertEquals("a\tb\r\n\013\f\r\033", decode(utf8("a\tb\r\n\013\f\r\033"), 64));
        for (char c : new char[] {0x00, 0x01, 0x08, 0x0E, 0x1A, 0x1C, 0x1F}) {
            SendFileException e = assertThrows(SendFileException.class, () -> decode(utf8("ok\nok\n" + c), 64),
                    Integer.toHexString(c));
            assertEquals(3, e.line(), Integer.toHexString(c));
            assertEquals("this is not a text file (binary data found); import takes CSV or JSON exported as UTF-8"
                    + " text", e.problem());
        }
    }

    @Test
    void aBadByteIsReportedOnItsLine() {
        byte[] bad = {'a', '\n', 'b', '\n', 'c', (byte) 0xC3, '(', '\n'};
        for (int chunk : new int[] {1, 64}) {
            SendFileException e = assertThrows(SendFileException.class, () -> decode(bad, chunk));
            assertEquals(3, e.line(), "chunk " + chunk);
            assertEquals("the text is not valid UTF-8; save the file as UTF-8 (CSV UTF-8 in spreadsheets) and import"
                    + " it again", e.problem());
        }
    }

    @Test
    void closingTheReaderClosesTheFile() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(utf8("x")) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        new StrictUtf8Reader(FILE, in).close();
        assertTrue(closed.get());
    }

    @Test
    void oneSendAsJsonHasEveryFieldNullsIncluded() throws IOException {
        Send bare = Send.builder().id("SND-J1").createdAt(Instant.parse("2026-11-21T14:03:00Z")).type(SendType.EGIFT)
                .status(SendStatus.SENT).statusChangedAt(Instant.parse("2026-11-21T14:03:00.250Z"))
                .senderName("Ana").senderEmail("ana@example.com").recipientName("Bo").quantity(1)
                .addHistory(new StatusUpdate(SendStatus.SENT, Instant.parse("2026-11-21T14:03:00.250Z"), null, null))
                .build();
        assertEquals(new ObjectMapper().readTree("{\"id\":\"SND-J1\",\"created_at\":\"2026-11-21T14:03:00Z\","
                + "\"type\":\"eGift\",\"subtype\":null,\"status\":\"Sent\","
                + "\"status_changed_at\":\"2026-11-21T14:03:00.250Z\",\"issue\":null,"
                + "\"sender\":{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"team_name\":null},"
                + "\"recipient\":{\"name\":\"Bo\",\"email\":null,\"company_name\":null},\"address\":null,"
                + "\"recipient_message\":null,\"touch\":null,\"campaign_state\":\"Active\",\"gift_name\":null,"
                + "\"quantity\":1,\"current_total_cost\":null,\"currency\":null,\"funding_source\":null,"
                + "\"address_confirmation\":false,\"address_confirmed_at\":null,\"carrier\":null,"
                + "\"tracking_number\":null,\"tracking_url\":null,\"test_mode\":false,\"sent_via\":null,"
                + "\"status_updates\":[{\"status\":\"Sent\",\"occurred_at\":\"2026-11-21T14:03:00.250Z\","
                // issue 17 adds each send's cancellation requests (docs/design.md, "JSON")
                + "\"actor\":null,\"note\":null}],\"cancel_requests\":[]}"), new ObjectMapper().readTree(one(bare)));

        Send full = bare.toBuilder().type(SendType.DIRECT).status(SendStatus.SHIPPED).campaign("Winter")
                .cost(new BigDecimal("12.50")).currency("USD")
                .address(new PostalAddress("1 Main St", null, "Springfield", "IL", "62701", "US")).build();
        String json = one(full);
        assertTrue(json.endsWith("}\n"), "one object and a newline: " + json);
        var tree = new ObjectMapper().readTree(json);
        assertEquals(new ObjectMapper().readTree("{\"line1\":\"1 Main St\",\"line2\":null,\"city\":\"Springfield\","
                + "\"region\":\"IL\",\"postal_code\":\"62701\",\"country\":\"US\"}"), tree.get("address"));
        assertEquals(new ObjectMapper().readTree("{\"name\":\"Winter\"}"), tree.get("touch"));
        assertTrue(json.matches("(?s).*\"current_total_cost\"\\s*:\\s*12\\.50\\b.*"), "the cost as stored: " + json);
    }

    private static String one(Send s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonSendWriter.writeOne(out, s);
        return out.toString(StandardCharsets.UTF_8);
    }
}
