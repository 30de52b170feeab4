package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Role;
import sendtracker.domain.SendFilter;
import sendtracker.domain.User;
import sendtracker.service.ImportService;
import sendtracker.service.SendService;

/** Import in the window without a toolkit: who may, where, which files, and a stop midway. */
class ImportViewModelTest {
    @TempDir
    Path folder;
    private SendService service;
    private RecordingDialogs dialogs;
    private MainViewModel vm;

    @BeforeEach
    void open() {
        service = UiFixture.service();
        dialogs = new RecordingDialogs();
        vm = new MainViewModel(dialogs, Jobs.direct(), null);
        vm.start(WindowSource.of(service), UiFixture.ADMIN.email(), null);
    }

    @AfterEach
    void close() {
        service.store().close();
    }

    private void connect(int batchSize, Runnable duringStore) {
        vm.imports().connect((files, actor, progress, stop) -> new ImportService(service.store(), batchSize)
                .importFiles(files, actor, (file, phase, rows, bytes, total) -> {
                    if (phase == ImportService.Phase.STORING && rows > 0) {
                        duringStore.run();
                    }
                    progress.update(file, phase, rows, bytes, total);
                }, stop), null);
    }

    private Path csv(String name, int rows) throws IOException {
        StringBuilder b = new StringBuilder("Send ID,Type,Status,Created At,Sender Email,Team,Cost,Currency\n");
        for (int i = 0; i < rows; i++) {
            b.append(String.format("SND-IMP-%04d,Inventoried,Delivered,2026-11-19T10:00:00Z,sam@acme.test,Sales,9.00,USD%n", i));
        }
        return Files.writeString(folder.resolve(name), b.toString());
    }

    private long stored() {
        return service.page(service.defaultUser(), SendFilter.ALL.withSearch("SND-IMP-"),
                sendtracker.domain.SendSort.NEWEST_FIRST, 0, 1).total();
    }

    @Test
    void aChosenFileIsImportedAndTheSummaryShown() throws IOException {
        connect(100, () -> { });
        dialogs.filesToImport.add(csv("a.csv", 3));
        long before = vm.tracker().totalProperty().get();

        vm.imports().choose();

        assertEquals(3, stored());
        ImportSummaryDialog shown = (ImportSummaryDialog) dialogs.shown.get(dialogs.shown.size() - 1);
        assertEquals(3, shown.summary().added());
        assertFalse(shown.summary().stopped());
        assertEquals(before + 3, vm.tracker().totalProperty().get(), "the table shows the new sends");
    }

    @Test
    void aStopMidwayKeepsWholeBatchesAndTheSummarySaysHowManyWereStored() throws IOException {
        // the reader reports (and looks for a stop) every 1,024 rows; the store takes 500 a transaction
        connect(500, () -> vm.imports().stop());
        vm.imports().importFiles(List.of(csv("big.csv", 3000)));

        ImportSummary summary = ((ImportSummaryDialog) dialogs.shown.get(dialogs.shown.size() - 1)).summary();
        assertTrue(summary.stopped());
        long stored = stored();
        assertEquals(stored, summary.stored(), "the summary counts what is in the store");
        assertTrue(stored > 0 && stored < 3000, "stopped midway: " + stored);
        String line = ImportSummary.line(summary.reports().get(0));
        assertTrue(line.contains(Formats.count(stored) + " rows of it are stored"), line);
        assertTrue(summary.headline().contains(Formats.count(stored) + " rows stored"), summary.headline());
        assertFalse(vm.imports().runningProperty().get());
    }

    @Test
    void filesThatAreNeitherCsvNorJsonAreNamedAndNotRead() throws IOException {
        connect(100, () -> { });
        Path pdf = Files.writeString(folder.resolve("brochure.pdf"), "%PDF");

        vm.imports().importFiles(List.of(pdf));

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("brochure.pdf") && dialogs.errors.get(0).contains(".json"),
                dialogs.errors.get(0));
        assertTrue(dialogs.shown.isEmpty(), "no summary: nothing was imported");
        assertTrue(ImportViewModel.importable(Path.of("EXPORT.JSON")));
        assertFalse(ImportViewModel.importable(Path.of("sends.csv.rejects.txt")));
    }

    @Test
    void onATeamStoreOnlyAnAdminMayImport() throws IOException {
        connect(100, () -> { });
        User manager = new User(7, "mia@acme.test", "Mia Manager", Role.MANAGER, "Sales", java.util.Set.of("Sales"));
        vm.imports().signedIn(manager);
        assertFalse(vm.imports().availableProperty().get());
        assertTrue(vm.imports().unavailableReasonProperty().get().contains("only an Admin"),
                vm.imports().unavailableReasonProperty().get());
        dialogs.filesToImport.add(csv("a.csv", 2));
        vm.imports().choose();
        assertEquals(0, stored());

        vm.imports().signedIn(new User(8, "ada@acme.test", "Ada Admin", Role.ADMIN, null, java.util.Set.of()));
        assertTrue(vm.imports().availableProperty().get());
        assertNull(vm.imports().unavailableReasonProperty().get());
    }

    @Test
    void anOfflineReviewCannotImport() throws IOException {
        connect(100, () -> { });
        List<Boolean> released = new ArrayList<>();
        MainViewModel reviewing = new MainViewModel(dialogs, Jobs.direct(), (file, progress) -> new WindowSource(
                new SendService(service.store(), service.store(), new CancelPolicy(), Clock.systemUTC(), true),
                null, null, () -> released.add(true)));
        reviewing.imports().connect((files, actor, progress, stop) -> {
            throw new AssertionError("no import in a review");
        }, null);
        reviewing.start(WindowSource.of(service), null, Path.of("export.csv"));

        assertTrue(reviewing.reviewingProperty().get());
        assertFalse(reviewing.imports().availableProperty().get());
        assertTrue(reviewing.imports().unavailableReasonProperty().get().contains("review"));
        reviewing.imports().importFiles(List.of(csv("a.csv", 1)));
        assertEquals(0, stored());
    }
}
