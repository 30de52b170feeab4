package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;

/** The gifting platform's v3 send objects load; every JSON case of issue 3's "Bad input" list fails clearly. */
class JsonReaderTest {
    /** Shaped like the public Sendoso v3 API's send objects, with its type and status names. */
    private static final String V3 = """
            {"data": [
              {"id": 981234, "type": "eGifts USA", "subtype": "Amazon eGift Card", "currency": "USD",
               "current_total_cost": 25.0, "status": "Used/Redeemed", "created_at": "2026-10-01T09:30:00.000Z",
               "touch": {"id": 77, "name": "Q4 Pipeline"},
               "recipient": {"name": "Dana Ruiz", "email": "dana@prospect.example", "company_name": "Prospect Inc"},
               "sender": {"id": 5, "name": "Sam Ortiz", "email": "sam@ourco.example", "team_id": 9, "team_name": "SDR West"},
               "sent_via": "Salesforce",
               "status_updates": [{"status": "Sent", "occurred_at": "2026-10-01T09:30:05Z"},
                                  {"status": "Used/Redeemed", "occurred_at": "2026-10-03T12:00:00Z"}]},
              {"id": "SND-2", "type": "Inventoried Sends", "currency": "USD", "current_total_cost": "48.10",
               "status": "Processing", "created_at": "2026-10-05T10:00:00Z",
               "touch": {"id": 78, "name": "Swag"}, "recipient": {"name": "Lee"},
               "sender": {"email": "sam@ourco.example", "team_name": "SDR West"},
               "address": {"line1": "5 Elm", "city": "Austin", "region": "TX", "postal_code": "78701", "country": "US"},
               "tracking_number": null, "address_confirmation": "Yes", "test_mode": false}
            ], "meta": {"page": 1, "next": null}}
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void v3SendObjectsLoadWithTheirTypeAndStatusNames() throws Exception {
        List<SendRow> rows = TestSends.readAll(file("v3.json", V3));
        assertEquals(2, rows.size());
        Send a = rows.get(0).send();
        assertEquals("981234", a.id());
        assertEquals(SendType.EGIFT, a.type());
        assertEquals(SendStatus.REDEEMED, a.status());
        assertEquals(new BigDecimal("25.0"), a.cost());
        assertEquals("Q4 Pipeline", a.campaign());
        assertEquals("SDR West", a.team());
        assertEquals("sam@ourco.example", a.senderEmail());
        assertEquals("Prospect Inc", a.recipientCompany());
        assertEquals(2, a.history().size());
        // no status_changed_at of its own: when the history last entered the current status
        assertEquals(Instant.parse("2026-10-03T12:00:00Z"), a.statusChangedAt());
        Send b = rows.get(1).send();
        assertEquals(SendType.INVENTORIED, b.type());
        assertEquals(SendStatus.ORDER_RECEIVED, b.status());
        assertEquals(new BigDecimal("48.10"), b.cost());
        assertEquals("Austin", b.address().city());
        assertTrue(b.addressConfirmation());
        assertEquals(10, rows.get(1).line());
        assertEquals(b.createdAt(), b.statusChangedAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sends", "items"})
    void otherWrapperNamesWorkToo(String wrapper) throws Exception {
        String text = "{\"" + wrapper + "\": [{\"id\":\"A\",\"type\":\"eGift\",\"status\":\"Sent\",\"created_at\":\"2026-10-05T10:00:00Z\"}]}";
        assertEquals("A", TestSends.readAll(file("w.json", text)).get(0).send().id());
    }

    @Test
    void badRowsAreRejectedWithTheirLineAndFieldPath() throws Exception {
        String text = "[\n"
                + "{\"id\":\"A\",\"type\":\"eGift\",\"status\":\"Teleported\",\"created_at\":\"2026-10-05T10:00:00Z\"},\n"
                + "{\"id\":\"B\",\"type\":\"eGift\",\"status\":\"Sent\",\"created_at\":\"2026-10-05T10:00:00Z\",\n"
                + "  \"status_updates\":[{\"status\":\"Sent\",\"occurred_at\":\"soon\"}]},\n"
                + "42,\n"
                + "{\"id\":\"D\",\"type\":\"eGift\",\"status\":\"Sent\",\"created_at\":\"2026-10-05T10:00:00Z\",\"current_total_cost\":-3}\n"
                + "]";
        List<SendRow> rows = TestSends.readAll(file("bad.json", text));
        assertEquals(4, rows.size());
        rows.forEach(r -> assertFalse(r.isAccepted()));
        assertEquals("status", rows.get(0).field());
        assertEquals(2, rows.get(0).line());
        assertEquals("status_updates[0].occurred_at", rows.get(1).field());
        assertEquals(5, rows.get(2).line());
        assertTrue(rows.get(2).reason().contains("not a send object"));
        assertEquals(List.of("42"), rows.get(2).original());
        assertEquals("current_total_cost", rows.get(3).field());
        assertTrue(rows.get(0).original().get(0).contains("\"Teleported\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"just text\"", "42", "{\"meta\": {\"page\": 1}}", "{\"sends\": {\"id\": 1}}"})
    void aJsonFileThatIsNotAListOfSendsIsAFileError(String text) throws Exception {
        Path f = file("x.json", text);
        SendFileReader asJson = SendFileReader.open(f, SendFormat.JSON);
        SendFileException e = assertThrows(SendFileException.class,
                () -> asJson.check(SendFileReader.Progress.NONE, () -> false));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("x.json, line 1, column "), e.getMessage());
        assertTrue(e.getMessage().contains("array of sends"), e.getMessage());
        // by content a bare value is not JSON at all: read as CSV it fails for its header instead
        SendFileException byContent = assertThrows(SendFileException.class, () -> TestSends.readAll(f));
        assertEquals(1, byContent.line());
    }

    @Test
    void aTruncatedFileIsAFileErrorAtTheEnd() throws Exception {
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < 50; i++) {
            b.append("{\"id\":\"S").append(i).append("\",\"type\":\"eGift\",\"status\":\"Sent\",\"created_at\":\"2026-10-05T10:00:00Z\"},\n");
        }
        b.append("{\"id\":\"LAST\",\"type\":\"eG");
        SendFileException e = assertThrows(SendFileException.class, () -> TestSends.readAll(file("cut.json", b.toString())));
        assertEquals(52, e.line());
        assertTrue(e.getMessage().contains("cut.json, line 52"), e.getMessage());
    }

    @Test
    void invalidJsonNamesLineAndColumn() throws Exception {
        SendFileException e = assertThrows(SendFileException.class,
                () -> TestSends.readAll(file("syntax.json", "[\n{\"id\": \"A\",,}\n]")));
        assertEquals(2, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void textAfterTheListIsAFileError() throws Exception {
        SendFileException e = assertThrows(SendFileException.class,
                () -> TestSends.readAll(file("tail.json", "[]\n[]")));
        assertEquals(2, e.line());
    }

    @Test
    void invalidUtf8InsideAStringIsFoundByTheCheckPass() throws Exception {
        byte[] head = "[\n{\"id\":\"A\",\"type\":\"eGift\",\"status\":\"Sent\",\"created_at\":\"2026-10-05T10:00:00Z\",\"carrier\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}\n]".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xE9; // Latin-1 é
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Path f = dir.resolve("latin.json");
        Files.write(f, all);
        SendFileReader reader = SendFileReader.open(f);
        SendFileException e = assertThrows(SendFileException.class,
                () -> reader.check(SendFileReader.Progress.NONE, () -> false));
        assertEquals(2, e.line());
    }
}
