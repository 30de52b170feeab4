package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import sendtracker.domain.Send;

/**
 * The reject file holds each rejected cell as the input had it, and a fixed reject file imports
 * to the same sends as the fixed input would (issue 15).
 */
class RejectsFileTest {
    private static final String HEADER = "Send ID,Created At,Type,Status,Cost,Recipient Name,Address Line 2,Funding Source";

    @TempDir
    Path dir;

    /** Reads the input, writes its rejected rows as the import does, and returns the reject file. */
    private Path rejectsOf(Path input) throws Exception {
        SendFileReader reader = SendFileReader.open(input);
        reader.check(SendFileReader.Progress.NONE, () -> false);
        try (RejectsWriter rejects = new RejectsWriter(input, reader.originalColumns())) {
            reader.read(row -> {
                if (!row.isAccepted()) {
                    try {
                        rejects.write(row);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }, SendFileReader.Progress.NONE, () -> false);
            return rejects.finish();
        }
    }

    private static List<List<String>> cells(Path csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(
                Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", ""))) {
            for (CsvRecord r : reader) {
                rows.add(r.getFields());
            }
        }
        return rows;
    }

    @Test
    void aRejectedCellIsCopiedAsTheInputHadItAndOnlyARealFormulaGetsAnApostrophe() throws Exception {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, HEADER + "\n"
                + "A-1,2026-11-01T10:00:00Z,eGift,Sent,\"-12,5\",Ann,+49 30 1234567,'=kept as exported\n"
                + "A-2,2026-11-01T10:00:00Z,eGift,Warped,10.00,=HYPERLINK(\"http://x\"),-,@budget\n");
        List<List<String>> rows = cells(rejectsOf(input));
        assertEquals(List.of("Send ID", "Created At", "Type", "Status", "Cost", "Recipient Name", "Address Line 2",
                "Funding Source", "Line", "Reason"), rows.get(0));
        List<String> first = rows.get(1);
        assertEquals(List.of("A-1", "2026-11-01T10:00:00Z", "eGift", "Sent", "-12,5", "Ann", "+49 30 1234567",
                "'=kept as exported", "2"), first.subList(0, 9), "signed numbers and a neutralised cell stay exact");
        List<String> second = rows.get(2);
        assertEquals(List.of("A-2", "2026-11-01T10:00:00Z", "eGift", "Warped", "10.00", "'=HYPERLINK(\"http://x\")",
                "-", "'@budget", "3"), second.subList(0, 9), "a live formula is neutralised, a lone dash is not");
    }

    @Test
    void aFixedRejectFileImportsTheSameSendsAsTheFixedInput() throws Exception {
        String rows = "B-1,2026-11-01T10:00:00Z,eGift,Sent,\"-12,5\",Ann,+49 30 1234567,'=kept as exported\n"
                + "B-2,2026-11-01T10:00:00Z,eGift,Warped,10.00,=HYPERLINK(\"http://x\"),-,@budget\n"
                + "B-3,2026-11-01T10:00:00Z,eGift,Warped,1.00,'-dash,\"'+plus\",''=twice\n";
        Path input = Files.writeString(dir.resolve("in.csv"), HEADER + "\n" + rows);
        Path rejects = rejectsOf(input);

        Path fixedInput = Files.writeString(dir.resolve("fixed-input.csv"), fix(Files.readString(input)));
        Path fixedRejects = Files.writeString(dir.resolve("fixed-rejects.csv"), fix(Files.readString(rejects)));
        List<Send> expected = TestSends.accepted(TestSends.readAll(fixedInput));
        List<Send> again = TestSends.accepted(TestSends.readAll(fixedRejects));
        assertEquals(3, expected.size());
        assertEquals(expected, again);
        assertEquals("=HYPERLINK(\"http://x\")", again.get(1).recipientName());
        assertEquals("=kept as exported", again.get(0).fundingSource());
        assertEquals("'=twice", again.get(2).fundingSource());
        assertTrue(Files.readString(rejects).contains(",''=twice,"), "apostrophes the input had are kept");
    }

    /** What a person does to the rejected rows: a cost the tracker takes, a status it knows. */
    private static String fix(String csv) {
        return csv.replace(",\"-12,5\",", ",12.50,").replace(",Warped,", ",Sent,");
    }
}
