package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.service.CancelRequestService;
import sendtracker.service.SendService;

/**
 * The cancelRequestsFilter toggle filters the table like needs-attention (issue 17; docs/design.md,
 * "Cancellation requests"): on, the table and its count hold only the sends with a request waiting
 * for Support, the queue beside them; a pick in the queue selects that send's row.
 */
@ExtendWith(ApplicationExtension.class)
class CancelRequestsFilterFxTest {
    private SendService service;
    private FxJobs jobs;
    private MainViewModel vm;
    private final Set<String> pending = new TreeSet<>();
    private long all;

    @Start
    void start(Stage stage) {
        service = UiFixture.service();
        CancelRequestService requests = service.cancelRequests().orElseThrow();
        List<String> ids = new ArrayList<>();
        for (Send s : service.page(UiFixture.ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 500).rows()) {
            CancelRequestService.Result r = requests.request(UiFixture.ADMIN, s.id(), null);
            if (r.done()) {
                pending.add(s.id());
                ids.add(r.request().id());
            }
            if (ids.size() == 4) {
                break;
            }
        }
        // one more request that is no longer pending: its send stays out of the filter
        pending.remove(requests.find(UiFixture.ADMIN, ids.get(3)).orElseThrow().sendId());
        requests.withdraw(UiFixture.ADMIN, ids.get(3), null);
        all = service.count(UiFixture.ADMIN, SendFilter.ALL);
        jobs = new FxJobs(2);
        vm = UiFixture.showWindow(stage, jobs);
        vm.start(WindowSource.of(service), UiFixture.ADMIN.email(), null);
    }

    @AfterEach
    void close() {
        jobs.close();
        service.store().close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(30, condition);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Set<String> shownIds(TableView<Send> table) {
        Set<String> ids = new TreeSet<>();
        table.getItems().forEach(s -> ids.add(s == null ? "(not loaded)" : s.id()));
        return ids;
    }

    @Test
    void theToggleShowsOnlyTheSendsWithAPendingRequestAndTheQueuePicksTheirRows(FxRobot robot) throws Exception {
        TableView<Send> table = robot.lookup("#sendTable").queryTableView();
        ToggleButton toggle = robot.lookup("#cancelRequestsFilter").queryAs(ToggleButton.class);
        assertEquals(3, pending.size(), "the fixture has sends only Support can cancel");
        waitUntil(() -> ("Cancel requests (3)").equals(toggle.getText()) && table.getItems().size() == all);

        robot.interact(toggle::fire);
        waitUntil(() -> "3 sends".equals(text(robot, "#resultCount")) && table.getItems().size() == 3
                && !shownIds(table).contains("(not loaded)"));
        assertEquals(pending, shownIds(table), "only the sends whose request waits for Support");
        assertTrue(vm.tracker().filterProperty().get().pendingRequestOnly());
        waitUntil(() -> vm.tracker().statusCountsProperty().get().values().stream()
                .mapToLong(Long::longValue).sum() == 3);

        ListView<CancelRequest> queue = robot.lookup("#cancelRequestsList").queryListView();
        javafx.scene.Node queuePane = robot.lookup("#cancelRequestsQueue").query();
        waitUntil(() -> queuePane.isVisible() && queue.getItems().size() == 3);
        CancelRequest newest = queue.getItems().get(2);
        robot.interact(() -> queue.getSelectionModel().select(2));
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        assertEquals(newest.sendId(), table.getSelectionModel().getSelectedItem().id(), "the queue's pick is selected");
        assertEquals(1, table.getSelectionModel().getSelectedItems().size());

        robot.interact(toggle::fire);
        waitUntil(() -> table.getItems().size() == all && !queuePane.isVisible());
        assertTrue(!vm.tracker().filterProperty().get().pendingRequestOnly());
    }
}
