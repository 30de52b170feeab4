package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.CancelRule;
import sendtracker.service.SendService;

class MainViewModelTest {
    private static SendService live;
    private static SendService exported;

    @BeforeAll
    static void stores() {
        live = UiFixture.service();
        exported = UiFixture.service();
    }

    @AfterAll
    static void close() {
        live.store().close();
        exported.store().close();
    }

    @Test
    void reviewingAFileShowsItReadOnlyAndGoingBackRestoresTheLiveStore() {
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.reviewFile = Path.of("/tmp/team-export.csv");
        boolean[] closed = {false};
        ReviewOpener opener = (file, progress) -> new WindowSource(
                new SendService(exported.store(), exported.store(), new CancelPolicy(), UiFixture.CLOCK, true),
                null, null, () -> closed[0] = true);
        MainViewModel vm = new MainViewModel(dialogs, Jobs.direct(), opener);
        vm.start(WindowSource.of(live), UiFixture.SAM.email(), null);
        assertEquals(UiFixture.SAM.email(), vm.tracker().currentUser().email());

        vm.chooseReview();

        assertTrue(vm.reviewingProperty().get());
        assertEquals("team-export.csv", vm.reviewFileProperty().get());
        assertEquals("Send Tracker — review of team-export.csv (read-only)", vm.windowTitle().get());
        assertTrue(vm.tracker().sends().isReadOnly());
        vm.cancelFlow().start(vm.tracker().rows().get(0));
        assertEquals(CancelRule.OFFLINE_REVIEW, dialogs.support.get(0).decision().rule());

        vm.closeReview();

        assertFalse(vm.reviewingProperty().get());
        assertFalse(vm.tracker().sends().isReadOnly());
        assertEquals(UiFixture.SAM.email(), vm.tracker().currentUser().email(), "back as the user from before");
        assertTrue(closed[0], "the review's private store is released");
    }

    @Test
    void rowsAReviewCouldNotReadAreReported() {
        RecordingDialogs dialogs = new RecordingDialogs();
        ReviewOpener opener = (file, progress) -> new WindowSource(
                new SendService(exported.store(), exported.store(), new CancelPolicy(), UiFixture.CLOCK, true),
                null, "2 rows could not be read; see mixed.csv.rejects.csv.", () -> { });
        MainViewModel vm = new MainViewModel(dialogs, Jobs.direct(), opener);
        vm.start(WindowSource.of(live), null, Path.of("mixed.csv"));

        assertTrue(vm.reviewingProperty().get());
        assertTrue(vm.noticeProperty().get().contains("2 rows could not be read"), vm.noticeProperty().get());
    }

    @Test
    void aFileThatCannotBeOpenedIsExplained() {
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel vm = new MainViewModel(dialogs, Jobs.direct(), (file, progress) -> {
            throw new IllegalArgumentException("line 3: unbalanced quote");
        });
        vm.start(WindowSource.of(live), null, Path.of("broken.csv"));

        assertFalse(vm.reviewingProperty().get());
        assertTrue(dialogs.errors.get(0).contains("line 3: unbalanced quote"));
        assertTrue(dialogs.errors.get(0).contains("broken.csv"));
        assertFalse(vm.tracker().sends().isReadOnly(), "the live store shows instead");
    }

    @Test
    void openingShowsProgressAndAStoppedOpenIsNoError() {
        RecordingDialogs dialogs = new RecordingDialogs();
        List<Double> progress = new ArrayList<>();
        MainViewModel vm = new MainViewModel(dialogs, Jobs.direct(), (file, p) -> {
            p.update(250, 1000);
            throw new java.util.concurrent.CancellationException();
        });
        vm.openProgressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        vm.start(WindowSource.of(live), null, Path.of("big.csv"));

        assertTrue(progress.contains(0.25));
        assertFalse(vm.openingProperty().get());
        assertTrue(dialogs.errors.isEmpty());
        assertTrue(vm.noticeProperty().get().contains("big.csv"));
        assertFalse(vm.tracker().sends().isReadOnly(), "the live store shows");
    }

    @Test
    void aFailedOpenWithoutALiveStoreSaysWhyInsteadOfLoadingForever() {
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel vm = new MainViewModel(dialogs, Jobs.direct(), (file, progress) -> {
            throw new IllegalArgumentException("trunc.json, line 109: the file ends in the middle of a send");
        });
        vm.start(null, null, Path.of("/tmp/trunc.json"));

        assertFalse(vm.openingProperty().get());
        assertFalse(vm.tracker().loadingProperty().get(), "not stuck on Loading…");
        String problem = vm.tracker().problemProperty().get();
        assertTrue(problem != null && problem.contains("line 109") && problem.contains("No store is open"), problem);
        String error = dialogs.errors.get(0);
        assertEquals(1, error.split("trunc\\.json", -1).length - 1, "the file is named once: " + error);
    }
}
