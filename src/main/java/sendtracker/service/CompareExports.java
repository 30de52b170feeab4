package sendtracker.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import sendtracker.domain.Texts;
import sendtracker.exchange.CsvColumn;
import sendtracker.exchange.DuplicateIds;
import sendtracker.exchange.ExportFields;
import sendtracker.exchange.ReadCancelledException;
import sendtracker.exchange.SendFileException;
import sendtracker.exchange.SendFileReader;
import sendtracker.exchange.SendRow;

/**
 * Compares two export files offline, no store needed (issue 16): both are read with the app's
 * own readers (CSV or JSON by content) and must be of the same format. The old file is held as
 * one packed string per send; the new one streams past it, so a 100,000-row pair fits easily.
 */
public final class CompareExports {
    /** A file that cannot be compared: not an export, formats that differ, a duplicate id. */
    public static final class CompareException extends RuntimeException {
        CompareException(String message) {
            super(message);
        }
    }

    private static final int STATUS = CsvColumn.STATUS.ordinal();
    private static final CsvColumn[] COLUMNS = CsvColumn.values();

    private CompareExports() {
    }

    public static ExportComparison compare(Path oldFile, Path newFile) {
        return compare(oldFile, newFile, () -> false);
    }

    /**
     * @throws CompareException       with one clear line when either file cannot be compared
     * @throws ReadCancelledException when {@code cancelled} turns true
     */
    public static ExportComparison compare(Path oldFile, Path newFile, BooleanSupplier cancelled) {
        SendFileReader oldReader = open(oldFile, cancelled);
        SendFileReader newReader = open(newFile, cancelled);
        if (oldReader.format() != newReader.format()) {
            throw new CompareException(Texts.get("compare.mixedFormats", name(oldFile), oldReader.format(),
                    name(newFile), newReader.format()));
        }
        Map<String, String> old = new LinkedHashMap<>();
        read(oldReader, cancelled, row -> old.put(row.send().id(), pack(ExportFields.of(row.send()))));
        List<String> added = new ArrayList<>();
        List<ExportComparison.FieldChange> statusChanges = new ArrayList<>();
        List<ExportComparison.FieldChange> otherChanges = new ArrayList<>();
        read(newReader, cancelled, row -> {
            String id = row.send().id();
            String before = old.remove(id);
            if (before == null) {
                added.add(id);
                return;
            }
            String[] from = unpack(before);
            String[] to = ExportFields.of(row.send());
            for (int i = 0; i < COLUMNS.length; i++) {
                if (!from[i].equals(to[i])) {
                    var change = new ExportComparison.FieldChange(id, COLUMNS[i].header(), from[i], to[i]);
                    (i == STATUS ? statusChanges : otherChanges).add(change);
                }
            }
        });
        List<ExportComparison.FieldChange> changed = new ArrayList<>(statusChanges);
        changed.addAll(otherChanges);
        return new ExportComparison(added, new ArrayList<>(old.keySet()), changed);
    }

    private static SendFileReader open(Path file, BooleanSupplier cancelled) {
        try {
            SendFileReader reader = SendFileReader.open(file);
            reader.check(SendFileReader.Progress.NONE, cancelled);
            return reader;
        } catch (SendFileException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * A file that fails at its very start (the header, the opening of the JSON) is no export at all;
     * one that fails further in began as an export and is cut off or damaged there, which is what
     * the user needs to hear rather than "not an export" (QA of session 3, item 10).
     */
    private static CompareException unreadable(Path file, SendFileException e) {
        if (e.line() <= 1 && e.column() <= 1) {
            return new CompareException(Texts.get("compare.notAnExport", e.getMessage()));
        }
        String at = e.column() > 0
                ? Texts.get("compare.at.lineColumn", String.valueOf(e.line()), String.valueOf(e.column()))
                : Texts.get("compare.at.line", String.valueOf(e.line()));
        return new CompareException(Texts.get("compare.cutOff", name(file), at, e.problem()));
    }

    /** Every row, in file order; a rejected row or a repeated id means the file is no export of ours. */
    private static void read(SendFileReader reader, BooleanSupplier cancelled, SendFileReader.RowHandler handler) {
        DuplicateIds seen = new DuplicateIds();
        boolean complete;
        try {
            complete = reader.read(raw -> {
                SendRow row = seen.check(raw);
                if (!row.isAccepted()) {
                    throw new CompareException(Texts.get("compare.badRow", name(reader.file()),
                            String.valueOf(row.line()), row.field() == null ? "" : row.field() + ": ", row.reason()));
                }
                handler.row(row);
            }, SendFileReader.Progress.NONE, cancelled);
        } catch (SendFileException e) {
            throw unreadable(reader.file(), e);
        }
        if (!complete) {
            throw new ReadCancelledException();
        }
    }

    /** The fields as one string, each as its length, a colon and the text: nothing inside can break it. */
    static String pack(String[] fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            b.append(f.length()).append(':').append(f);
        }
        return b.toString();
    }

    static String[] unpack(String packed) {
        String[] fields = new String[COLUMNS.length];
        int at = 0;
        for (int i = 0; i < fields.length; i++) {
            int colon = packed.indexOf(':', at);
            int length = Integer.parseInt(packed, at, colon, 10);
            fields[i] = packed.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
        }
        return fields;
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
