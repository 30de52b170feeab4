package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.service.SendService;

/**
 * Issue 17's "Done when", in the real window: an eGift's support dialog → Request cancellation →
 * the table's marker and the queue show it → mark sent → resolve canceled → the send is Canceled
 * and its history names the request.
 */
@ExtendWith(ApplicationExtension.class)
class CancelRequestFlowFxTest {
    private SendService service;
    private FxJobs jobs;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        service = UiFixture.service();
        jobs = new FxJobs(2);
        vm = UiFixture.showWindow(stage, jobs);
        vm.start(WindowSource.of(service), null, null);
    }

    @AfterEach
    void close() {
        jobs.close();
        service.store().close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(30, condition);
    }

    private static void enter(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    /** Fires the button as a click would (the headless robot can miss a button under a busy machine). */
    private static void press(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
        Button button = robot.lookup(query).queryAs(Button.class);
        robot.interact(button::fire);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean detailsShow(FxRobot robot, String text) {
        return robot.from(robot.lookup("#detailsPane").queryAs(Node.class)).lookup((Node n) ->
                n instanceof Label l && l.getText() != null && l.getText().contains(text)).tryQuery().isPresent();
    }

    private CancelRequest stored() {
        return service.find(UiFixture.ADMIN, UiFixture.EGIFT).orElseThrow().latestCancelRequest();
    }

    @Test
    void anEGiftsRequestGoesToSupportAndEndsCanceledWithTheHistoryNamingIt(FxRobot robot) throws Exception {
        TableView<Send> table = robot.lookup("#sendTable").queryTableView();
        robot.interact(() -> vm.tracker().searchProperty().set(UiFixture.EGIFT));
        waitUntil(() -> "1 send".equals(text(robot, "#resultCount")) && table.getItems().get(0) != null);
        assertEquals("Cancel requests (0)", robot.lookup("#cancelRequestsFilter").queryAs(ToggleButton.class).getText());

        robot.clickOn(".row-menu-button");
        waitUntil(() -> robot.lookup("#requestCancelItem").tryQuery().isPresent());
        robot.clickOn("#cancelSendItem");
        waitUntil(() -> robot.lookup("#supportDialog").tryQuery().isPresent());
        enter(robot, "#requestCancelReason", "The recipient left");
        press(robot, "#requestCancelButton");
        waitUntil(() -> robot.lookup("#supportDialog").tryQuery().isEmpty());

        waitUntil(() -> stored() != null && "Cancel requests (1)".equals(
                robot.lookup("#cancelRequestsFilter").queryAs(ToggleButton.class).getText()));
        CancelRequest request = stored();
        assertEquals(CancelRequestState.OPEN, request.state());
        assertEquals("The recipient left", request.reason());
        assertTrue(request.supportText().contains(UiFixture.EGIFT), "the ready support text is kept");
        waitUntil(() -> robot.lookup("#sendTable .request-marker").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#noticeLabel").queryAs(Label.class).getText().contains(request.id()));

        robot.clickOn("#cancelRequestsFilter");
        ListView<CancelRequest> queue = robot.lookup("#cancelRequestsList").queryListView();
        waitUntil(() -> queue.isVisible() && queue.getItems().size() == 1);
        robot.interact(() -> queue.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#requestState").tryQuery().isPresent()
                && text(robot, "#requestState").contains(request.id()));
        assertTrue(text(robot, "#requestState").contains("Open"), text(robot, "#requestState"));

        press(robot, "#markSentButton");
        waitUntil(() -> robot.lookup("#requestStepDialog").tryQuery().isPresent());
        enter(robot, "#requestStepText", "CS-77");
        press(robot, "#confirmRequestStepButton");
        waitUntil(() -> stored().state() == CancelRequestState.SENT
                && robot.lookup("#requestState").tryQuery().isPresent()
                && text(robot, "#requestState").contains("Sent to Support"));
        assertEquals("CS-77", stored().caseNo());
        assertTrue(detailsShow(robot, "CS-77"));

        press(robot, "#resolveCanceledButton");
        waitUntil(() -> robot.lookup("#requestStepDialog").tryQuery().isPresent());
        enter(robot, "#requestStepText", "Stopped before it was opened");
        press(robot, "#confirmRequestStepButton");
        // the toggle filters the table: the resolved send leaves it; off again, its row shows Canceled
        waitUntil(() -> stored().state() == CancelRequestState.CANCELED
                && "No sends".equals(text(robot, "#resultCount")));
        ToggleButton toggle = robot.lookup("#cancelRequestsFilter").queryAs(ToggleButton.class);
        robot.interact(toggle::fire);
        waitUntil(() -> "1 send".equals(text(robot, "#resultCount"))
                && table.getItems().get(0) != null && table.getItems().get(0).status() == SendStatus.CANCELED);

        Send send = service.find(UiFixture.ADMIN, UiFixture.EGIFT).orElseThrow();
        assertEquals(SendStatus.CANCELED, send.status());
        var last = send.history().get(send.history().size() - 1);
        assertEquals(SendStatus.CANCELED, last.status());
        assertTrue(last.note().contains(request.id()), last.note());
        // the details followed the filter (the send left it): open the row again
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> detailsShow(robot, "Canceled by Support on request " + request.id()));
        waitUntil(() -> queue.getItems().isEmpty() && "Cancel requests (0)".equals(
                robot.lookup("#cancelRequestsFilter").queryAs(ToggleButton.class).getText()));
        assertFalse(robot.lookup("#sendTable .request-marker").tryQuery().isPresent(), "no marker once resolved");
    }
}
