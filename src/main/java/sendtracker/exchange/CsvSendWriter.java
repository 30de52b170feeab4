package sendtracker.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import sendtracker.domain.PostalAddress;
import sendtracker.domain.Send;

/**
 * Writes sends as CSV (docs/design.md, "CSV"): UTF-8 with a byte order mark, RFC 4180 quoting and CRLF line
 * ends, the header row, then one send a row. Formula-like cells are neutralised ({@link Formulas}).
 */
public final class CsvSendWriter implements SendWriter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvWriter csv;

    /** Starts the file: the byte order mark (when asked) and the header row. */
    public CsvSendWriter(OutputStream out, boolean byteOrderMark) throws IOException {
        this(out, byteOrderMark, true);
    }

    /** Starts the file, or (without the header) continues one that another writer started ({@link SendFileParts}). */
    CsvSendWriter(OutputStream out, boolean byteOrderMark, boolean header) throws IOException {
        if (byteOrderMark) {
            out.write(BOM);
        }
        csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(1 << 16)
                .build(new Utf8Writer(out, 1 << 16));
        if (header) {
            CsvWriter.CsvWriterRecord names = csv.writeRecord();
            for (CsvColumn c : CsvColumn.values()) {
                names.writeField(c.header());
            }
            endRecord(names);
        }
    }

    @Override
    public void write(Send s) throws IOException {
        PostalAddress a = s.address();
        CsvWriter.CsvWriterRecord r = csv.writeRecord();
        cell(r, s.id());
        cell(r, Timestamps.format(s.createdAt()));
        cell(r, s.typeDisplayName());
        cell(r, s.subtype());
        cell(r, s.status().displayName());
        cell(r, Timestamps.format(s.statusChangedAt()));
        cell(r, s.issue() == null ? null : s.issue().displayName());
        cell(r, s.senderName());
        cell(r, s.senderEmail());
        cell(r, s.team());
        cell(r, s.recipientName());
        cell(r, s.recipientEmail());
        cell(r, s.recipientCompany());
        cell(r, a.line1());
        cell(r, a.line2());
        cell(r, a.city());
        cell(r, a.region());
        cell(r, a.postalCode());
        cell(r, a.country());
        cell(r, s.campaign());
        cell(r, s.campaignState().displayName());
        cell(r, s.gift());
        cell(r, Integer.toString(s.quantity()));
        cell(r, cost(s.cost()));
        cell(r, s.currency());
        cell(r, s.fundingSource());
        cell(r, yesNo(s.addressConfirmation()));
        cell(r, Timestamps.format(s.addressConfirmedAt()));
        cell(r, s.carrier());
        cell(r, s.trackingNumber());
        cell(r, s.trackingUrl());
        cell(r, yesNo(s.testMode()));
        cell(r, s.sentVia());
        cell(r, s.recipientMessage());
        cell(r, s.latestCancelRequest() == null ? null : s.latestCancelRequest().state().name());
        endRecord(r);
    }

    static String cost(BigDecimal cost) {
        return cost == null ? null : cost.toPlainString();
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    private static void cell(CsvWriter.CsvWriterRecord r, String value) {
        r.writeField(Formulas.neutralise(value));
    }

    private static void endRecord(CsvWriter.CsvWriterRecord r) throws IOException {
        try {
            r.endRecord();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
