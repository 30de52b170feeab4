package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Compare two exports… without a screen: pick, compare, filter, export. */
class CompareViewModelTest {
    static final String HEADER = "Send ID,Created At,Type,Status,Status Changed At,Recipient Name\n";
    static final String OLD = HEADER
            + "SND-1,2026-11-01T08:00:00Z,Inventoried,Confirming Address,2026-11-01T08:00:00Z,Bo Chen\n"
            + "SND-2,2026-11-02T08:00:00Z,eGift,Sent,2026-11-02T08:00:00Z,Cy Diaz\n";
    static final String NEW = HEADER
            + "SND-1,2026-11-01T08:00:00Z,Inventoried,Canceled,2026-11-20T08:00:00Z,Bo Chen-Li\n"
            + "SND-3,2026-11-03T08:00:00Z,eGift,Sent,2026-11-03T08:00:00Z,Di Eng\n";

    @TempDir
    Path dir;

    @Test
    void comparesTheTwoChosenFilesFiltersAndExportsTheShownRows() throws IOException {
        Path old = Files.writeString(dir.resolve("old.csv"), OLD);
        Path next = Files.writeString(dir.resolve("new.csv"), NEW);
        Scripted dialogs = new Scripted(old, next);
        dialogs.target = dir.resolve("out.csv");
        CompareViewModel vm = new CompareViewModel(dialogs, Jobs.direct());
        vm.chooseOld();
        vm.chooseNew();
        vm.compare();
        assertEquals("Added 1 · removed 1 · changed 1 send (3 fields)", vm.summaryProperty().get());
        assertEquals(List.of(new CompareViewModel.Row("SND-3", "added", "", "", ""),
                new CompareViewModel.Row("SND-2", "removed", "", "", ""),
                new CompareViewModel.Row("SND-1", "changed", "Status", "Confirming Address", "Canceled"),
                new CompareViewModel.Row("SND-1", "changed", "Status Changed At", "2026-11-01T08:00:00Z",
                        "2026-11-20T08:00:00Z"),
                new CompareViewModel.Row("SND-1", "changed", "Recipient Name", "Bo Chen", "Bo Chen-Li")),
                List.copyOf(vm.shownRows()));

        vm.filterProperty().set("status");
        assertEquals(2, vm.shownRows().size());
        vm.export();
        assertEquals(List.of("Send ID,Change,Field,From,To",
                "SND-1,changed,Status,Confirming Address,Canceled",
                "SND-1,changed,Status Changed At,2026-11-01T08:00:00Z,2026-11-20T08:00:00Z"),
                Files.readAllLines(dialogs.target, StandardCharsets.UTF_8));
        assertTrue(vm.summaryProperty().get().startsWith("2 rows written to "), vm.summaryProperty().get());
    }

    @Test
    void aFileThatIsNotAnExportIsSaidInTheSummary() throws IOException {
        Path old = Files.writeString(dir.resolve("old.csv"), OLD);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Shopping list\nmilk\n");
        CompareViewModel vm = new CompareViewModel(new Scripted(old, notes), Jobs.direct());
        vm.chooseOld();
        vm.chooseNew();
        vm.compare();
        assertTrue(vm.summaryProperty().get().startsWith("This is not an export of sends: notes.txt"),
                vm.summaryProperty().get());
        assertTrue(vm.shownRows().isEmpty());
        assertTrue(vm.failedProperty().get(), "shown as an error");
        assertFalse(vm.emptyTextProperty().get().contains("No differences"), vm.emptyTextProperty().get());
    }

    @Test
    void beforeAnyCompareNothingIsSaidAboutDifferencesAndThePickersSayWhichExport() throws IOException {
        Path old = Files.writeString(dir.resolve("old.csv"), OLD);
        Path next = Files.writeString(dir.resolve("new.csv"), NEW);
        List<Boolean> asked = new java.util.ArrayList<>();
        Scripted dialogs = new Scripted(old, next) {
            @Override
            public Optional<Path> chooseExportToCompare(boolean earlier) {
                asked.add(earlier);
                return super.chooseExportToCompare(earlier);
            }
        };
        CompareViewModel vm = new CompareViewModel(dialogs, Jobs.direct());
        assertEquals("Nothing compared yet.", vm.emptyTextProperty().get());
        assertFalse(vm.failedProperty().get());
        vm.chooseOld();
        vm.chooseNew();
        assertEquals(List.of(true, false), asked, "the earlier export first, then the later one");
        vm.compare();
        assertEquals("No differences to show.", vm.emptyTextProperty().get());
    }

    /** Answers the file choosers in order; records errors. */
    static class Scripted implements DialogService {
        final Deque<Path> toOpen = new ArrayDeque<>();
        Path target;

        Scripted(Path... files) {
            toOpen.addAll(List.of(files));
        }

        @Override
        public <R> void show(WindowDialog<R> dialog, java.util.function.Consumer<R> onAnswer) {
        }

        @Override
        public void showInfo(String title, String text) {
        }

        @Override
        public void showError(String title, String text) {
            throw new AssertionError(text);
        }

        @Override
        public Optional<Path> chooseExportTarget(String suggestedName) {
            return Optional.ofNullable(target);
        }

        @Override
        public Optional<Path> chooseExportToOpen() {
            return Optional.ofNullable(toOpen.poll());
        }
    }
}
