package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;

/** Every CSV case of issue 3's "Bad input" list: a clear message with the line, and nothing lost. */
class CsvBadInputTest {
    private static final String HEADER = "Send ID,Created At,Type,Status,Cost";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private SendFileException malformed(Path f) {
        return assertThrows(SendFileException.class, () -> TestSends.readAll(f));
    }

    @Test
    void emptyFileIsAFileErrorAtLineOne() throws Exception {
        SendFileException e = malformed(file("empty.csv", ""));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("empty.csv, line 1: the file is empty"), e.getMessage());
    }

    @Test
    void headerOnlyReadsNoRowsWithAWarning() throws Exception {
        Path f = file("header.csv", HEADER + "\r\n");
        SendFileReader reader = SendFileReader.open(f);
        SendFileReader.FileCheck check = reader.check(SendFileReader.Progress.NONE, () -> false);
        assertEquals(0, check.rows());
        assertTrue(check.warnings().get(0).contains("no sends"), check.warnings().toString());
        assertTrue(TestSends.readAll(f).isEmpty());
    }

    @Test
    void withAndWithoutByteOrderMarkAndWithCrlfOrLfTheRowsAreTheSame() throws Exception {
        String body = HEADER + "\n" + "A,2026-11-21T14:03:00Z,eGift,Sent,1.00\n" + "B,2026-11-21T14:03:00Z,Amazon,Shipped,2\n";
        List<SendRow> lf = TestSends.readAll(file("lf.csv", body));
        List<SendRow> crlf = TestSends.readAll(file("crlf.csv", "\uFEFF" + body.replace("\n", "\r\n")));
        assertEquals(2, lf.size());
        assertEquals(TestSends.accepted(lf), TestSends.accepted(crlf));
        assertEquals(List.of(2L, 3L), crlf.stream().map(SendRow::line).toList());
        assertEquals("A", crlf.get(0).send().id()); // the BOM is not part of the first header
    }

    @Test
    void quotedCommasQuotesAndNewlinesAreOneCellAndLineNumbersFollowPhysicalLines() throws Exception {
        String text = "Send ID,Created At,Type,Status,Recipient Name,Recipient Message\r\n"
                + "A,2026-11-21T14:03:00Z,eGift,Sent,\"Chen, Bo \"\"B\"\"\",\"one\r\ntwo\nthree\"\r\n"
                + "B,2026-11-21T14:03:00Z,eGift,Nope,x,y\r\n";
        List<SendRow> rows = TestSends.readAll(file("quoted.csv", text));
        assertEquals("Chen, Bo \"B\"", rows.get(0).send().recipientName());
        assertEquals("one\r\ntwo\nthree", rows.get(0).send().recipientMessage());
        assertEquals(5, rows.get(1).line());
        assertEquals("Status", rows.get(1).field());
    }

    @Test
    void aOneMegabyteCellIsReadAndRejectedForItsLengthNotForTheFile() throws Exception {
        String big = "x".repeat(1024 * 1024);
        String text = "Send ID,Created At,Type,Status,Recipient Message\n"
                + "A,2026-11-21T14:03:00Z,eGift,Sent,\"" + big + "\"\n"
                + "B,2026-11-21T14:03:00Z,eGift,Sent,short\n";
        List<SendRow> rows = TestSends.readAll(file("big.csv", text));
        assertEquals(2, rows.size());
        assertFalse(rows.get(0).isAccepted());
        assertEquals("Recipient Message", rows.get(0).field());
        assertTrue(rows.get(0).reason().contains("1048576 characters, at most 10000") 
                || rows.get(0).reason().contains("1,048,576 characters, at most 10,000"), rows.get(0).reason());
        assertEquals(big, rows.get(0).original().get(4)); // kept whole for the reject file
        assertTrue(rows.get(1).isAccepted());
    }

    @Test
    void invalidUtf8IsAFileErrorNamingItsLine() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((HEADER + "\nA,2026-11-21T14:03:00Z,eGift,Sent,1\nB,2026-11-21T14:03:00Z,eGift,Sent,").getBytes(StandardCharsets.UTF_8));
        b.write(0xC3); // a lead byte without its continuation
        b.writeBytes("x\n".getBytes(StandardCharsets.UTF_8));
        SendFileException e = malformed(file("latin.csv", b.toByteArray()));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void unbalancedQuoteIsAFileErrorNamingTheLineWhereTheRecordStarts() throws Exception {
        String text = HEADER + "\nA,2026-11-21T14:03:00Z,eGift,Sent,1\nB,2026-11-21T14:03:00Z,\"eGift,Sent,1\nC,2026-11-21T14:03:00Z,eGift,Sent,1\n";
        SendFileException e = malformed(file("quote.csv", text));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("quote.csv, line 3"), e.getMessage());
    }

    @Test
    void missingRequiredColumnIsAFileErrorListingThem() throws Exception {
        SendFileException e = malformed(file("cols.csv", "Send ID,Type,Cost\nA,eGift,1\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("Created At, Status"), e.getMessage());
    }

    @Test
    void unknownExtraColumnsGiveOneWarningAndHeadersMatchCaseInsensitivelyInAnyOrder() throws Exception {
        Path f = file("extra.csv", "status,FAVOURITE COLOUR,send id,TYPE,created at,Shoe Size\n"
                + "Processing,blue,A,Inventoried Sends,2026-11-21T14:03:00Z,42\n");
        SendFileReader reader = SendFileReader.open(f);
        SendFileReader.FileCheck check = reader.check(SendFileReader.Progress.NONE, () -> false);
        assertEquals(1, check.warnings().size());
        assertTrue(check.warnings().get(0).contains("FAVOURITE COLOUR, Shoe Size"), check.warnings().toString());
        List<SendRow> rows = TestSends.readAll(f);
        assertEquals(SendStatus.ORDER_RECEIVED, rows.get(0).send().status());
        assertEquals(SendType.INVENTORIED, rows.get(0).send().type());
    }

    @Test
    void unknownStatusIsRejectedButUnknownTypeIsKeptAsOtherWithItsName() throws Exception {
        List<SendRow> rows = TestSends.readAll(file("types.csv", HEADER + "\n"
                + "A,2026-11-21T14:03:00Z,eGift,Lost in space,1\n"
                + "B,2026-11-21T14:03:00Z,Sendoso Choice,Sent,1\n"
                + "C,2026-11-21T14:03:00Z,,Sent,1\n"));
        assertEquals("Status", rows.get(0).field());
        assertTrue(rows.get(0).reason().contains("\"Lost in space\" is not a known status"), rows.get(0).reason());
        assertEquals(SendType.OTHER, rows.get(1).send().type());
        assertEquals("Sendoso Choice", rows.get(1).send().typeDisplayName());
        assertEquals("Type", rows.get(2).field());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void badTimestampIsRejectedWithTheFieldAndTheText() throws Exception {
        List<SendRow> rows = TestSends.readAll(file("time.csv", HEADER + "\n"
                + "A,21/11/2026 14:03,eGift,Sent,1\n"
                + "B,2026-02-30T10:00:00Z,eGift,Sent,1\n"
                + "C,2026-11-21 14:03:00,eGift,Sent,1\n"));
        assertEquals("Created At", rows.get(0).field());
        assertTrue(rows.get(0).reason().contains("21/11/2026 14:03"), rows.get(0).reason());
        assertFalse(rows.get(1).isAccepted());
        assertTrue(rows.get(2).isAccepted()); // no zone: read as UTC
    }

    @Test
    void negativeOrNonNumericCostIsRejected() throws Exception {
        List<SendRow> rows = TestSends.readAll(file("cost.csv", HEADER + "\n"
                + "A,2026-11-21T14:03:00Z,eGift,Sent,-5\n"
                + "B,2026-11-21T14:03:00Z,eGift,Sent,ten dollars\n"
                + "C,2026-11-21T14:03:00Z,eGift,Sent,'-5\n"
                + "D,2026-11-21T14:03:00Z,eGift,Sent,1.005\n"
                + "E,2026-11-21T14:03:00Z,eGift,Sent,\n"));
        for (int i = 0; i < 4; i++) {
            assertEquals("Cost", rows.get(i).field(), rows.get(i).reason());
        }
        assertTrue(rows.get(0).reason().contains("negative"));
        assertTrue(rows.get(1).reason().contains("\"ten dollars\" is not a number"));
        assertTrue(rows.get(2).reason().contains("negative"));
        assertNull(rows.get(4).send().cost());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejectedNotGuessed() throws Exception {
        List<SendRow> rows = TestSends.readAll(file("count.csv", HEADER + "\nA,2026-11-21T14:03:00Z,eGift,Sent\n"));
        assertFalse(rows.get(0).isAccepted());
        assertTrue(rows.get(0).reason().contains("4 fields but the header has 5"), rows.get(0).reason());
    }

    @Test
    void severalProblemsInOneRowAreAllNamed() throws Exception {
        List<SendRow> rows = TestSends.readAll(file("many.csv", HEADER + "\n,yesterday,eGift,Sent,-1\n"));
        assertEquals("Send ID", rows.get(0).field());
        assertTrue(rows.get(0).reason().contains("Created At:") && rows.get(0).reason().contains("Cost:"),
                rows.get(0).reason());
    }

    @Test
    void aBinaryFileNamedCsvIsRefusedBeforeReading() throws Exception {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00};
        SendFileException e = assertThrows(SendFileException.class, () -> SendFormat.detect(file("sheet.csv", zip)));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("sheet.csv, line 1: this is not a text file"), e.getMessage());
    }

    @Test
    void controlCharactersPastTheSniffedStartAreStillRefusedByLine() throws Exception {
        StringBuilder text = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 400; i++) {
            text.append("R").append(i).append(",2026-11-21T14:03:00Z,eGift,Sent,1\n");
        }
        text.append("X,\u0001\u0002,eGift,Sent,1\n");
        SendFileException e = malformed(file("late.csv", text.toString()));
        assertEquals(402, e.line());
    }

    @Test
    void aDuplicateSendIdIsRejectedNamingTheFirstLine() throws Exception {
        List<SendRow> rows = TestSends.readAll(file("dup.csv", HEADER + "\n"
                + "A,2026-11-21T14:03:00Z,eGift,Nope,1\n"
                + "A,2026-11-21T14:03:00Z,eGift,Sent,1\n"
                + "B,2026-11-21T14:03:00Z,eGift,Sent,1\n"
                + "A,2026-11-21T14:03:00Z,eGift,Sent,2\n"));
        DuplicateIds ids = new DuplicateIds();
        List<SendRow> checked = rows.stream().map(ids::check).toList();
        assertFalse(checked.get(0).isAccepted()); // bad status: does not claim the id
        assertTrue(checked.get(1).isAccepted());
        assertTrue(checked.get(2).isAccepted());
        assertFalse(checked.get(3).isAccepted());
        assertEquals(5, checked.get(3).line());
        assertTrue(checked.get(3).reason().contains("\"A\" already appeared on line 3"), checked.get(3).reason());
    }
}
