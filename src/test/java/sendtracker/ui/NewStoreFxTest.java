package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
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
import sendtracker.domain.User;
import sendtracker.service.Backend;

/** The window on a store this open created: it says so, offers demo data, and shows no chart before counts. */
@ExtendWith(ApplicationExtension.class)
class NewStoreFxTest {
    private Backend backend;
    private FxJobs jobs;
    private MainViewModel vm;
    private final CountDownLatch countsMayAnswer = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        backend = Backend.open("jdbc:h2:mem:new-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", UiFixture.CLOCK, false);
        jobs = new FxJobs(2);
        vm = UiFixture.showWindow(stage, jobs);
        // The counts wait until the test lets them: the chart must not show before they come.
        DelegatingSource slowCounts = new DelegatingSource(backend.sends()) {
            @Override
            public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter) {
                try {
                    countsMayAnswer.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.countByStatus(viewer, filter);
            }
        };
        vm.store().opened(new LiveStore("/tmp/brand-new", backend.isNewStore(), new LiveStore.Filler() {
            @Override
            public long loadDemo() {
                return backend.demo().generate(40, 7L, n -> { });
            }

            @Override
            public String importFile(Path file, User actor, Jobs.Progress progress) {
                throw new UnsupportedOperationException("not in this test");
            }
        }));
        vm.start(WindowSource.of(slowCounts), null, null);
    }

    @AfterEach
    void close() {
        countsMayAnswer.countDown();
        jobs.close();
        backend.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(15, condition);
    }

    @Test
    void aNewStoreIsAnnouncedAndFilledFromTheEmptyTable(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#loadDemoButton").tryQuery().map(NewStoreFxTest::shown).orElse(false));
        assertFalse(robot.lookup("#chartBox").query().isVisible(), "no chart before the counts arrive");
        assertTrue(vm.messages().stream().anyMatch(m -> m.contains("/tmp/brand-new") && m.contains("created")),
                vm.messages().toString());
        assertTrue(robot.lookup("#tablePlaceholder").queryAs(Label.class).getText().contains("import"));
        assertTrue(shown(robot.lookup("#emptyImportButton").query()));

        assertTrue(robot.lookup("#tablePlaceholder").queryAs(Label.class).getText().contains("/tmp/brand-new"));

        countsMayAnswer.countDown();
        waitUntil(() -> !vm.tracker().statusCountsProperty().get().isEmpty());
        assertFalse(robot.lookup("#chartBox").query().isVisible(), "no chart for no sends");

        robot.clickOn("#loadDemoButton");
        waitUntil(() -> "40 sends".equals(robot.lookup("#resultCount").queryAs(Label.class).getText())
                && robot.lookup("#chartBox").query().isVisible());
        assertFalse(robot.lookup("#loadDemoButton").tryQuery().map(NewStoreFxTest::shown).orElse(false));
    }

    /** Visible on screen: the node and every parent up to the scene. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
