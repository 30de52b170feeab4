package sendtracker.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import sendtracker.exchange.Formulas;

/**
 * A comparison of two exports as CSV, one row per change: {@code Send ID, Change, Field, From, To},
 * where Change is added, removed or changed. Formula-like cells are neutralised as in the export
 * (docs/design.md, "CSV"), since this file too is opened in spreadsheets.
 */
public final class ComparisonCsv {
    public static final String[] HEADER = {"Send ID", "Change", "Field", "From", "To"};

    private ComparisonCsv() {
    }

    /** Writes the rows to {@code out}, without closing it. */
    public static void write(ExportComparison comparison, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(new NotClosing(out), StandardCharsets.UTF_8);
        try {
            row(csv, HEADER);
            for (String id : comparison.added()) {
                row(csv, id, "added", "", "", "");
            }
            for (String id : comparison.removed()) {
                row(csv, id, "removed", "", "", "");
            }
            for (ExportComparison.FieldChange c : comparison.changed()) {
                row(csv, c.id(), "changed", c.field(), c.from(), c.to());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.close();
    }

    private static void row(CsvWriter csv, String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = Formulas.neutralise(cells[i]);
        }
        csv.writeRecord(safe);
    }

    /** FastCSV closes what it writes to; the caller's stream (stdout, say) stays open. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
