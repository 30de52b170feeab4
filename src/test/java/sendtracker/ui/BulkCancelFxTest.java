package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.service.SendService;

/** The bulk cancel driven through its ids (docs/design.md §6) in the real window, as the admin. */
@ExtendWith(ApplicationExtension.class)
class BulkCancelFxTest {
    private SendService service;
    private FxJobs jobs;

    @Start
    void start(Stage stage) {
        service = UiFixture.service();
        jobs = new FxJobs(2);
        MainViewModel vm = UiFixture.showWindow(stage, jobs);
        vm.start(WindowSource.of(service), null, null);
    }

    @AfterEach
    void close() {
        jobs.close();
        service.store().close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(15, condition);
    }

    private static int indexOf(TableView<Send> table, String id) {
        List<Send> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null && items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void selectedRowsAreListedWithTheirOutcomeAndConfirmCancelsTheAllowedOne(FxRobot robot) throws Exception {
        TableView<Send> table = robot.lookup("#sendTable").queryTableView();
        waitUntil(() -> indexOf(table, UiFixture.CANCELABLE) >= 0 && indexOf(table, UiFixture.SHIPPED) >= 0);
        Button bulk = robot.lookup("#bulkCancelButton").queryButton();
        assertTrue(bulk.isDisabled(), "no selection, no bulk cancel");
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(indexOf(table, UiFixture.CANCELABLE));
            table.getSelectionModel().select(indexOf(table, UiFixture.SHIPPED));
        });
        assertFalse(bulk.isDisabled());
        robot.clickOn("#bulkCancelButton");
        waitUntil(() -> robot.lookup("#bulkCancelDialog").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#bulkCancelList").queryListView();
        assertEquals(2, list.getItems().size());
        assertTrue(list.getItems().stream().anyMatch(l -> l.toString().startsWith(UiFixture.CANCELABLE
                + " · will cancel")), list.getItems().toString());
        assertTrue(list.getItems().stream().anyMatch(l -> l.toString().startsWith(UiFixture.SHIPPED
                + " · not cancelable")), list.getItems().toString());
        robot.clickOn("#bulkCancelReason").write("wrong list");
        robot.clickOn("#confirmBulkCancelButton");
        waitUntil(() -> robot.lookup("#bulkCancelSummary").tryQuery().isPresent());
        assertTrue(robot.lookup("#bulkCancelSupportRequest").tryQuery().isPresent(), "the shipped one is Support's");
        var admin = service.defaultUser();
        assertEquals(SendStatus.CANCELED, service.find(admin, UiFixture.CANCELABLE).orElseThrow().status());
        assertEquals(SendStatus.SHIPPED, service.find(admin, UiFixture.SHIPPED).orElseThrow().status());
    }
}
