package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.exchange.SendFormat;

class ExportViewModelTest extends FixtureStoreTest {
    @TempDir
    Path dir;

    private record Call(SendFilter filter, Path file, SendFormat format) {
    }

    @Test
    void exportsWhatTheTableShowsInTheFormatTheFileNameSays() throws Exception {
        List<Call> calls = new ArrayList<>();
        ExportRunner runner = (viewer, filter, sort, file, format, p) -> {
            calls.add(new Call(filter, file, format));
            p.update(5, 10);
            Files.writeString(file, "[]");
            return 10;
        };
        TrackerViewModel tracker = new TrackerViewModel(Jobs.direct());
        tracker.open(WindowSource.of(service, runner), null, s -> { });
        tracker.statusesProperty().set(Set.of(SendStatus.DELIVERED));
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.exportTarget = dir.resolve("delivered.json");
        List<Double> progress = new ArrayList<>();
        ExportViewModel export = new ExportViewModel(tracker, dialogs, Jobs.direct());
        export.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));

        export.export();

        assertEquals(1, calls.size());
        assertEquals(SendFormat.JSON, calls.get(0).format());
        assertEquals(Set.of(SendStatus.DELIVERED), calls.get(0).filter().statuses());
        assertTrue(progress.contains(0.5));
        assertFalse(export.runningProperty().get());
        assertTrue(export.noticeProperty().get().contains("10 sends"), export.noticeProperty().get());
    }

    @Test
    void aFailedExportSaysWhyAndNoChoiceMeansNoExport() {
        int[] runs = {0};
        ExportRunner failing = (v, f, s, file, fmt, p) -> {
            runs[0]++;
            throw new java.io.IOException("No space left on device");
        };
        TrackerViewModel tracker = new TrackerViewModel(Jobs.direct());
        tracker.open(WindowSource.of(service, failing), null, s -> { });
        RecordingDialogs dialogs = new RecordingDialogs();
        ExportViewModel export = new ExportViewModel(tracker, dialogs, Jobs.direct());

        export.export();
        assertEquals(0, runs[0], "no file chosen: nothing runs");

        dialogs.exportTarget = dir.resolve("all.csv");
        export.export();
        assertEquals(1, runs[0]);
        assertTrue(dialogs.errors.get(0).contains("No space left on device"));
    }

    @Test
    void withoutAnExporterTheActionIsUnavailable() {
        TrackerViewModel tracker = new TrackerViewModel(Jobs.direct());
        ExportViewModel export = new ExportViewModel(tracker, new RecordingDialogs(), Jobs.direct());
        tracker.open(WindowSource.of(service), null, s -> { });
        assertFalse(export.availableProperty().get());
    }

    @Test
    void theSuggestedFileNameSaysWhichTeamAndDay() {
        TrackerViewModel tracker = new TrackerViewModel(Jobs.direct());
        tracker.open(WindowSource.of(service, (viewer, filter, sort, file, format, p) -> 0), null, s -> { });
        tracker.teamProperty().set("Sales");
        RecordingDialogs dialogs = new RecordingDialogs();
        new ExportViewModel(tracker, dialogs, Jobs.direct()).export();
        String today = java.time.LocalDate.ofInstant(service.now(), java.time.ZoneId.systemDefault()).toString();
        assertEquals(List.of("sends-sales-" + today + ".csv"), dialogs.suggestedNames);
    }
}
