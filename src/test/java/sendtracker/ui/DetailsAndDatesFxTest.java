package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import sendtracker.domain.Send;
import sendtracker.service.SendService;

/** The details pane can be closed (button, Esc) and a date field keeps a bad entry, marked with a message. */
@ExtendWith(ApplicationExtension.class)
class DetailsAndDatesFxTest {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
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
        UiFixture.waitUntil(15, condition);
    }

    private void pickFirstRow(FxRobot robot, TableView<Send> table) throws TimeoutException {
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> vm.details().send() != null && !robot.lookup("#chartBox").query().isVisible());
        assertTrue(robot.lookup("#detailsCloseBar").query().isVisible());
    }

    @Test
    void theDetailsCloseWithTheirButtonAndWithEscapeAndTheChartComesBack(FxRobot robot) throws TimeoutException {
        waitUntil(() -> vm.tracker().totalProperty().get() > 0 && robot.lookup("#chartBox").query().isVisible());
        TableView<Send> table = robot.lookup("#sendTable").queryTableView();

        pickFirstRow(robot, table);
        robot.interact(() -> robot.lookup("#closeDetailsButton").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#chartBox").query().isVisible());
        assertNull(vm.details().send());
        assertTrue(table.getSelectionModel().getSelectedItems().isEmpty(), "the selection clears: "
                + table.getSelectionModel().getSelectedIndices());
        assertTrue(!robot.lookup("#detailsCloseBar").query().isVisible());

        pickFirstRow(robot, table);
        Node pane = robot.lookup("#detailsPane").query();
        robot.interact(() -> Event.fireEvent(pane, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE,
                false, false, false, false)));
        waitUntil(() -> robot.lookup("#chartBox").query().isVisible());
        assertNull(vm.details().send());
        assertTrue(table.getSelectionModel().getSelectedItems().isEmpty());
    }

    @Test
    void anImpossibleDateAndEnterKeepsTheTextMarkedWithAMessage(FxRobot robot) throws TimeoutException {
        waitUntil(() -> vm.tracker().totalProperty().get() > 0);
        DatePicker from = robot.lookup("#fromDate").queryAs(DatePicker.class);
        LocalDate before = LocalDate.parse("2026-11-01");
        robot.interact(() -> from.setValue(before));
        robot.clickOn(from.getEditor());
        robot.interact(() -> from.getEditor().setText("2026-13-45"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("2026-13-45", from.getEditor().getText(), "kept as typed");
        assertTrue(from.getPseudoClassStates().contains(INVALID), "marked red");
        assertEquals(before, vm.tracker().fromProperty().get(), "the filter keeps its last date");
        Label problem = robot.lookup("#dateProblem").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("2026-13-45")
                && problem.getText().contains("2026-11-01"), problem.getText());

        robot.interact(() -> from.getEditor().setText("2026-11-05"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.parse("2026-11-05").equals(vm.tracker().fromProperty().get()));
        assertTrue(!problem.isVisible(), "a good date takes the message away");
    }

    @Test
    void aWordAndTabStaysMarkedWithAMessage(FxRobot robot) throws TimeoutException {
        waitUntil(() -> vm.tracker().totalProperty().get() > 0);
        DatePicker to = robot.lookup("#toDate").queryAs(DatePicker.class);
        robot.clickOn(to.getEditor());
        robot.interact(() -> to.getEditor().setText("yesterday"));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("yesterday", to.getEditor().getText());
        assertTrue(to.getPseudoClassStates().contains(INVALID));
        assertNull(vm.tracker().toProperty().get());
        assertTrue(robot.lookup("#dateProblem").queryAs(Label.class).getText().contains("yesterday"));
    }
}
