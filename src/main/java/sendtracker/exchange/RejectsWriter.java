package sendtracker.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import sendtracker.domain.Texts;

/**
 * The reject file {@code <input>.rejects.csv}: each rejected row as it was (CSV cells exactly as the
 * input had them, or the JSON object's text; {@link Formulas#forRejectsFile}) plus its line and the
 * reason, so nothing is lost and a fixed file can be imported again (the two extra columns are then
 * ignored with a warning). Written to a temporary file
 * beside the input from the start (in the system's temporary folder when the input's folder cannot
 * be written), so a place that cannot take it fails before anything is stored; kept only when a
 * row was rejected. {@link #finish()} says where it ended up.
 */
public final class RejectsWriter implements AutoCloseable {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path target;
    private final Path temp;
    private final CsvWriter csv;
    private final Supplier<List<String>> columns;
    private long rows;

    public RejectsWriter(Path input, List<String> originalColumns) throws IOException {
        this(input, () -> originalColumns);
    }

    /**
     * With the columns asked for at the first rejected row: a storing pass that starts before the
     * check pass has ended knows them only once it has read the file's header.
     */
    public RejectsWriter(Path input, Supplier<List<String>> originalColumns) throws IOException {
        Path preferred = rejectsFileFor(input);
        Path tempFile;
        try {
            tempFile = Files.createTempFile(preferred.getParent(), "." + input.getFileName() + ".", ".rejects.part");
        } catch (IOException | SecurityException e) {
            // a folder we may not write (a read-only share, say): the temporary folder still keeps every row
            tempFile = Files.createTempFile("." + input.getFileName() + ".", ".rejects.part");
            preferred = tempFile.resolveSibling(preferred.getFileName());
        }
        target = preferred;
        temp = tempFile;
        columns = originalColumns;
        OutputStream out = Files.newOutputStream(temp);
        out.write(BOM);
        csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(out, StandardCharsets.UTF_8);
    }

    private void header() {
        CsvWriter.CsvWriterRecord header = csv.writeRecord();
        for (String c : columns.get()) {
            header.writeField(Formulas.forRejectsFile(c));
        }
        header.writeField(Texts.get("exchange.rejects.line")).writeField(Texts.get("exchange.rejects.reason"));
        header.endRecord();
    }

    /** Where the rejects of {@code input} go. */
    public static Path rejectsFileFor(Path input) {
        return input.toAbsolutePath().resolveSibling(input.getFileName() + ".rejects.csv");
    }

    public void write(SendRow row) throws IOException {
        try {
            if (rows == 0) {
                header();
            }
            CsvWriter.CsvWriterRecord r = csv.writeRecord();
            for (String cell : row.original()) {
                r.writeField(Formulas.forRejectsFile(cell));
            }
            r.writeField(String.valueOf(row.line()));
            r.writeField(Formulas.neutralise(row.field() == null ? row.reason() : row.field() + ": " + row.reason()));
            r.endRecord();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** Finishes the file: moved into place when it holds rows (the path returned), else removed (null). */
    public Path finish() throws IOException {
        csv.close();
        if (rows == 0) {
            Files.deleteIfExists(temp);
            return null;
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Gives up: the temporary file is removed (used when the file itself turned out malformed). */
    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException | UncheckedIOException e) {
            // closing what we are throwing away: nothing to tell
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a stray temporary file is harmless
        }
    }
}
