package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
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
import sendtracker.domain.SendStatus;
import sendtracker.exchange.CsvColumn;
import sendtracker.exchange.ExportFields;
import sendtracker.exchange.ReadCancelledException;
import sendtracker.exchange.SendFormat;
import sendtracker.exchange.TestSends;

class CompareExportsTest {
    @TempDir
    Path dir;

    @Test
    void theFieldsAreWhatTheCsvExportWritesColumnByColumn() throws IOException {
        Send plain = TestSends.plain("S-9").trackingNumber("1Z9").addressConfirmation(true).build();
        Path file = dir.resolve("one.csv");
        TestSends.write(file, SendFormat.CSV, List.of(plain));
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new StringReader(text))) {
            r.forEach(records::add);
        }
        assertEquals(CsvColumn.values().length, ExportFields.of(plain).length);
        assertArrayEquals(records.get(0).getFields().toArray(new String[0]),
                java.util.Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toArray(String[]::new));
        assertArrayEquals(records.get(1).getFields().toArray(new String[0]), ExportFields.of(plain));
    }

    @Test
    void trickyTextSurvivesThePackedRow() throws IOException {
        for (SendFormat format : SendFormat.values()) {
            Path old = dir.resolve("old." + format.extension());
            Path changed = dir.resolve("new." + format.extension());
            List<Send> sends = TestSends.tricky();
            TestSends.write(old, format, sends);
            List<Send> next = new ArrayList<>(sends);
            next.set(1, sends.get(1).toBuilder().recipientName("12:ab:\n:").cost(new BigDecimal("0.50"))
                    .status(SendStatus.DELIVERED).build());
            TestSends.write(changed, format, next);
            assertTrue(CompareExports.compare(old, old).isEmpty(), format.name());
            ExportComparison c = CompareExports.compare(old, changed);
            assertEquals(List.of(
                    new ExportComparison.FieldChange("S-2", "Status", "Shipped", "Delivered"),
                    new ExportComparison.FieldChange("S-2", "Recipient Name", "=HYPERLINK(\"http://x\")", "12:ab:\n:"),
                    new ExportComparison.FieldChange("S-2", "Cost", "0.05", "0.50")), c.changed(), format.name());
            assertEquals(1, c.changedSends());
        }
    }

    @Test
    void aStopEndsTheComparison() throws IOException {
        Path old = dir.resolve("old.csv");
        TestSends.write(old, SendFormat.CSV, TestSends.tricky());
        assertThrows(ReadCancelledException.class, () -> CompareExports.compare(old, old, () -> true));
    }
}
