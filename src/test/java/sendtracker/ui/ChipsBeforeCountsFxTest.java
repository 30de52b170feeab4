package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;
import sendtracker.service.Backend;

/** The first rows come before the counts and the spend: their room is held, so the table does not move when they come. */
@ExtendWith(ApplicationExtension.class)
class ChipsBeforeCountsFxTest {
    private Backend backend;
    private FxJobs jobs;
    private MainViewModel vm;
    private final CountDownLatch countsMayAnswer = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        backend = Backend.open("jdbc:h2:mem:chips-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", UiFixture.CLOCK, false);
        backend.demo().generate(400, 7L, n -> { });
        jobs = new FxJobs(2);
        vm = UiFixture.showWindow(stage, jobs);
        DelegatingSource slow = new DelegatingSource(backend.sends()) {
            @Override
            public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter) {
                await();
                return super.countByStatus(viewer, filter);
            }

            @Override
            public Spend spend(User viewer, SendFilter filter, SpendGroup by) {
                await();
                return super.spend(viewer, filter, by);
            }
        };
        vm.start(WindowSource.of(slow), null, null);
    }

    private void await() {
        try {
            countsMayAnswer.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void close() {
        countsMayAnswer.countDown();
        jobs.close();
        backend.close();
    }

    @Test
    void aChipPerStatusHoldsTheRoomUntilTheCountsComeAndTheTableNeverMovesDown(FxRobot robot) throws TimeoutException {
        waitUntil(() -> "400 sends".equals(robot.lookup("#resultCount").queryAs(Label.class).getText()));
        assertTrue(vm.tracker().statusCountsProperty().get().isEmpty(), "the counts are held back");
        Map<String, String> before = chips(robot);
        assertEquals(SendStatus.values().length, before.size(), before.toString());
        assertTrue(before.values().stream().allMatch("\u2026"::equals), before.toString());
        double tableTop = sceneTop(robot.lookup("#sendTable").query());
        double firstChipLeft = sceneLeft(robot.lookup("#statusChips .status-chip").query());
        assertFalse(robot.lookup("#spendTotal").query().isVisible(), "no spend figure before it is known");

        countsMayAnswer.countDown();
        waitUntil(() -> !vm.tracker().statusCountsProperty().get().isEmpty()
                && !vm.spend().textProperty().get().isEmpty());
        Map<SendStatus, Long> counts = vm.tracker().statusCountsProperty().get();
        Map<String, String> after = chips(robot);
        Map<String, String> expected = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(e -> e.getKey().displayName(), e -> Formats.count(e.getValue())));
        assertEquals(expected, after);
        assertTrue(sceneTop(robot.lookup("#sendTable").query()) <= tableTop + 0.5,
                "the table stays or moves up, never down, when the counts come");
        assertEquals(firstChipLeft, sceneLeft(robot.lookup("#statusChips .status-chip").query()), 0.5,
                "the spend figure had its room: the chips do not move right");
        assertTrue(robot.lookup("#spendTotal").query().isVisible());
    }

    private static Map<String, String> chips(FxRobot robot) {
        Map<String, String> chips = new java.util.LinkedHashMap<>();
        for (Node n : robot.lookup("#statusChips .status-chip").queryAll()) {
            List<Node> labels = ((HBox) n).getChildren();
            chips.put(((Label) labels.get(0)).getText(), ((Label) labels.get(1)).getText());
        }
        return chips;
    }

    private static double sceneTop(Node n) {
        return n.localToScene(n.getBoundsInLocal()).getMinY();
    }

    private static double sceneLeft(Node n) {
        return n.localToScene(n.getBoundsInLocal()).getMinX();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(15, condition);
    }
}
