package sendtracker.ui;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import sendtracker.domain.Texts;
import sendtracker.service.CompareExports;
import sendtracker.service.ComparisonCsv;
import sendtracker.service.ExportComparison;

/**
 * File → Compare two exports… (issue 16): two files picked, the comparison run in the background
 * with no store needed, its rows (added, removed, each changed field, status changes first)
 * filtered by a text, and the filtered rows exported as CSV.
 */
public final class CompareViewModel {
    /** One row of the comparison, as the CSV writes it. */
    public record Row(String id, String change, String field, String from, String to) {
        boolean matches(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            for (String cell : List.of(id, change, field, from, to)) {
                if (cell.toLowerCase(Locale.ROOT).contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final DialogService dialogs;
    private final Jobs jobs;
    private final ObjectProperty<Path> oldFile = new SimpleObjectProperty<>(this, "oldFile");
    private final ObjectProperty<Path> newFile = new SimpleObjectProperty<>(this, "newFile");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    /** What the table says while it has no rows: nothing compared yet, a failure, or no differences. */
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText",
            Texts.get("ui.compare.notYet"));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            Texts.get("ui.compare.pick"));
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(rows, r -> true);

    public CompareViewModel(DialogService dialogs, Jobs jobs) {
        this.dialogs = dialogs;
        this.jobs = jobs;
        filter.addListener((obs, old, text) -> shown.setPredicate(text == null || text.isBlank() ? r -> true
                : r -> r.matches(text.strip())));
    }

    public void chooseOld() {
        dialogs.chooseExportToCompare(true).ifPresent(oldFile::set);
    }

    public void chooseNew() {
        dialogs.chooseExportToCompare(false).ifPresent(newFile::set);
    }

    /** Compares the two files in the background; a file that cannot be compared is said in the summary. */
    public void compare() {
        Path o = oldFile.get();
        Path n = newFile.get();
        if (o == null || n == null || running.get()) {
            return;
        }
        running.set(true);
        failed.set(false);
        emptyText.set(Texts.get("ui.compare.notYet"));
        summary.set(Texts.get("ui.compare.running"));
        jobs.submit(p -> CompareExports.compare(o, n, p::isCancelled), c -> {
            running.set(false);
            rows.setAll(rowsOf(c));
            emptyText.set(Texts.get("ui.compare.none"));
            summary.set(Texts.get("ui.compare.summary", c.added().size(), c.removed().size(), c.changedSends(),
                    c.changed().size()));
        }, failure -> {
            running.set(false);
            rows.clear();
            failed.set(true);
            emptyText.set(Texts.get("ui.compare.nothing"));
            summary.set(failure instanceof CompareExports.CompareException ? failure.getMessage()
                    : Texts.get("ui.compare.failed", String.valueOf(failure.getMessage())));
        });
    }

    static List<Row> rowsOf(ExportComparison c) {
        List<Row> list = new ArrayList<>();
        c.added().forEach(id -> list.add(new Row(id, "added", "", "", "")));
        c.removed().forEach(id -> list.add(new Row(id, "removed", "", "", "")));
        c.changed().forEach(ch -> list.add(new Row(ch.id(), "changed", ch.field(), ch.from(), ch.to())));
        return list;
    }

    /** The rows shown now (the filter applied) as a comparison again, for the CSV. */
    ExportComparison shownComparison() {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<ExportComparison.FieldChange> changed = new ArrayList<>();
        for (Row r : shown) {
            switch (r.change()) {
                case "added" -> added.add(r.id());
                case "removed" -> removed.add(r.id());
                default -> changed.add(new ExportComparison.FieldChange(r.id(), r.field(), r.from(), r.to()));
            }
        }
        return new ExportComparison(added, removed, changed);
    }

    /** Writes the shown rows to a CSV file the user picks. */
    public void export() {
        ExportComparison c = shownComparison();
        dialogs.chooseExportTarget("comparison.csv").ifPresent(target -> jobs.submit(p -> {
            try (OutputStream out = Files.newOutputStream(target)) {
                ComparisonCsv.write(c, out);
            }
            return target;
        }, written -> summary.set(Texts.get("ui.compare.exported", shown.size(), written)),
                failure -> dialogs.showError(Texts.get("ui.compare.title"),
                        Texts.get("ui.compare.failed", String.valueOf(failure.getMessage())))));
    }

    public ObjectProperty<Path> oldFileProperty() {
        return oldFile;
    }

    public ObjectProperty<Path> newFileProperty() {
        return newFile;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True after a comparison that could not be made: the summary then holds the error. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The rows the filter lets through. */
    public ObservableList<Row> shownRows() {
        return shown;
    }
}
