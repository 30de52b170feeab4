package sendtracker.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import sendtracker.domain.Texts;

/**
 * Reads sends from a CSV file (docs/design.md, "CSV") with FastCSV, streamed: a byte order mark or none, CRLF
 * or LF, columns found by header name in any order. A row with a wrong value becomes a rejected
 * row; a file that is not CSV (wrong encoding, binary, unbalanced quote, missing required column)
 * fails the check pass with its line.
 */
public final class CsvSendReader implements SendFileReader {
    /** FastCSV's largest field, in characters: beyond it a file is not CSV we can use. */
    private static final int MAX_FIELD_CHARS = 16 * 1024 * 1024;
    private static final int PROGRESS_EVERY = 1024;
    private static final Pattern PARSER_LINE = Pattern.compile("line (\\d+)");
    private static final String[] NAMES = Arrays.stream(CsvColumn.values()).map(CsvColumn::header)
            .toArray(String[]::new);

    private final Path file;
    private List<String> header = List.of();

    CsvSendReader(Path file) {
        this.file = file;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public SendFormat format() {
        return SendFormat.CSV;
    }

    @Override
    public List<String> originalColumns() {
        return header;
    }

    /** Passes over every record; the visitor returns false to stop. */
    private interface RecordVisitor {
        boolean visit(CsvRecord record, int[] columns, long bytes);
    }

    private List<String> pass(RecordVisitor visitor) {
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
             CsvReader<CsvRecord> csv = CsvReader.builder()
                     .allowUnclosedQuote(false)
                     .skipEmptyLines(true)
                     .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                     .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                     .maxBufferSize(MAX_FIELD_CHARS)
                     .build(CsvRecordHandler.of(), new StrictUtf8Reader(file, in))) {
            int[] columns = null;
            List<String> warnings = new ArrayList<>();
            for (CsvRecord record : csv) {
                if (columns == null) {
                    columns = mapHeader(record, warnings);
                    continue;
                }
                if (!visitor.visit(record, columns, in.count())) {
                    break;
                }
            }
            if (columns == null) {
                throw new SendFileException(file, 1, 0, Texts.get("exchange.file.empty"));
            }
            return warnings;
        } catch (CsvParseException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SendFileException found) {
                    throw found; // our decoder's own finding, wrapped by the parser
                }
            }
            throw new SendFileException(file, parserLine(e), 0, Texts.get("exchange.file.notCsv", e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw translate(e.getCause());
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private SendFileException translate(IOException e) {
        return new SendFileException(file, 0, 0, Texts.get("exchange.file.unreadable", e.getMessage()), e);
    }

    private static long parserLine(CsvParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = PARSER_LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return 0;
    }

    /** Column index for each {@link CsvColumn} (or -1); required columns missing fail the file. */
    private int[] mapHeader(CsvRecord record, List<String> warnings) {
        int[] columns = new int[CsvColumn.values().length];
        Arrays.fill(columns, -1);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).trim();
            CsvColumn c = CsvColumn.byHeader(name);
            if (c == null) {
                unknown.add(name.isEmpty() ? Texts.get("exchange.file.blankColumn", i + 1) : name);
            } else if (columns[c.ordinal()] >= 0) {
                throw new SendFileException(file, record.getStartingLineNumber(), 0,
                        Texts.get("exchange.file.duplicateColumn", c.header(), columns[c.ordinal()] + 1, i + 1));
            } else {
                columns[c.ordinal()] = i;
            }
        }
        List<String> missing = new ArrayList<>();
        for (CsvColumn c : CsvColumn.values()) {
            if (c.required() && columns[c.ordinal()] < 0) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new SendFileException(file, record.getStartingLineNumber(), 0,
                    Texts.get("exchange.file.missingColumns", String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            warnings.add(Texts.get("exchange.file.unknownColumns", String.join(", ", unknown)));
        }
        header = List.copyOf(record.getFields());
        return columns;
    }

    @Override
    public FileCheck check(Progress progress, BooleanSupplier cancelled) {
        long[] rows = {0};
        List<String> warnings = pass((record, columns, bytes) -> {
            if (++rows[0] % PROGRESS_EVERY == 0) {
                progress.update(rows[0], bytes);
                if (cancelled.getAsBoolean()) {
                    throw new ReadCancelledException();
                }
            }
            return true;
        });
        progress.update(rows[0], SendFileReader.sizeOf(file));
        if (rows[0] == 0) {
            warnings.add(Texts.get("exchange.file.noRows"));
        }
        return new FileCheck(rows[0], warnings);
    }

    @Override
    public boolean read(RowHandler handler, Progress progress, BooleanSupplier cancelled) {
        FieldReader fields = new FieldReader();
        SendAssembler assembler = new SendAssembler(NAMES, fields);
        String[] values = new String[CsvColumn.values().length];
        long[] rows = {0};
        boolean[] stopped = {false};
        pass((record, columns, bytes) -> {
            if (cancelled.getAsBoolean()) {
                stopped[0] = true;
                return false;
            }
            handler.row(row(record, columns, values, fields, assembler));
            if (++rows[0] % PROGRESS_EVERY == 0) {
                progress.update(rows[0], bytes);
            }
            return true;
        });
        if (!stopped[0]) {
            progress.update(rows[0], SendFileReader.sizeOf(file));
        }
        return !stopped[0];
    }

    private SendRow row(CsvRecord record, int[] columns, String[] values, FieldReader fields,
            SendAssembler assembler) {
        long line = record.getStartingLineNumber();
        // the cells as the file has them: the reject file copies them (Formulas.forRejectsFile)
        java.util.function.Supplier<List<String>> original = record::getFields;
        if (record.getFieldCount() != header.size()) {
            return SendRow.rejected(line, null,
                    Texts.get("exchange.row.fieldCount", record.getFieldCount(), header.size()), original);
        }
        for (int c = 0; c < values.length; c++) {
            int at = columns[c];
            values[c] = at < 0 ? null : Formulas.restore(record.getField(at));
        }
        fields.reset();
        var send = assembler.assemble(values, null);
        return send == null ? SendRow.rejected(line, fields.field(), fields.reason(), original)
                : SendRow.accepted(line, send, original);
    }
}
