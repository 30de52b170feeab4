package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.TestStores;

/**
 * The window open on a local store while another client of the same store cancels a visible
 * send: the row, the counts and the details pane show it by themselves, the selection stays.
 */
@ExtendWith(ApplicationExtension.class)
class LiveWindowFxTest {
    @TempDir
    static Path dir;

    private Backend window;
    private FxJobs jobs;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        String url = TestStores.url(dir);
        try (Backend filler = Backend.open(url, TestStores.CLOCK, false)) {
            filler.demo().generate(120, 42L, n -> { });
        }
        window = Backend.open(url, TestStores.CLOCK, false, true);
        jobs = new FxJobs(2);
        vm = UiFixture.showWindow(stage, jobs);
        vm.start(WindowSource.of(window.sends()), null, null);
        vm.followChanges(window.changes().orElseThrow());
    }

    @AfterEach
    void close() {
        jobs.close();
        window.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(30, condition);
    }

    @Test
    void aCancelByAnotherClientShowsInRowCountsAndDetailsAndTheSelectionStays(FxRobot robot) throws Exception {
        TableView<Send> table = robot.lookup("#sendTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().get(0) != null
                && vm.tracker().statusCountsProperty().get() != null);
        User admin = vm.tracker().currentUser();
        int row = -1;
        for (int i = 0; i < Math.min(20, table.getItems().size()); i++) {
            Send s = table.getItems().get(i);
            if (s != null && window.sends().preview(admin, s).outcome() == CancelOutcome.CANCELED) {
                row = i;
                break;
            }
        }
        assertTrue(row >= 0, "a cancelable send among the first rows");
        int index = row;
        Send target = table.getItems().get(index);
        robot.interact(() -> table.getSelectionModel().select(index));
        waitUntil(() -> vm.details().send() != null && vm.details().send().id().equals(target.id()));
        long canceledBefore = vm.tracker().statusCountsProperty().get().get(SendStatus.CANCELED);
        String indicator = robot.lookup("#liveIndicator").queryAs(Label.class).getText();
        assertFalse(indicator == null || indicator.isBlank(), "the live indicator says whether changes arrive");

        try (Backend other = Backend.open(TestStores.url(dir), TestStores.CLOCK, false)) {
            assertTrue(other.sends().cancel(other.sends().defaultUser(), target.id(), target.version(), "elsewhere")
                    .canceled());
        }

        waitUntil(() -> table.getItems().get(index).status() == SendStatus.CANCELED);
        waitUntil(() -> vm.tracker().statusCountsProperty().get().get(SendStatus.CANCELED) == canceledBefore + 1);
        waitUntil(() -> vm.details().send().status() == SendStatus.CANCELED
                && detailsShow(robot, SendStatus.CANCELED.displayName()));
        assertEquals(target.id(), table.getSelectionModel().getSelectedItem().id(), "the selection stays");
        assertEquals(index, table.getSelectionModel().getSelectedIndex());
    }

    private static boolean detailsShow(FxRobot robot, String text) {
        return robot.from(robot.lookup("#detailsPane").queryAs(Node.class)).lookup((Node n) ->
                n instanceof Label l && l.getText() != null && l.getText().contains(text)).tryQuery().isPresent();
    }
}
