package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import sendtracker.domain.SavedView;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.TestModeFilter;
import sendtracker.service.Backend;

/** Saved views and the column chooser in the real window, driven through their ids (docs/design.md §6). */
@ExtendWith(ApplicationExtension.class)
class SavedViewsFxTest {
    private final String url = "jdbc:h2:mem:views-fx-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Backend backend;
    private FxJobs jobs;
    private MainViewModel vm;
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
        backend = Backend.open(url, Clock.systemUTC(), false);
        UiFixture.fill(backend.sends(), 60);
        jobs = new FxJobs(2);
        show();
    }

    /** The window as the app builds it, on the store as it is now (a new start of the app). */
    private void show() {
        vm = UiFixture.showWindow(stage, jobs);
        WindowSource live = WindowSource.of(backend.sends());
        vm.savedViews().connect(live, backend.views(), null);
        vm.start(live, null, null);
    }

    @AfterEach
    void close() {
        jobs.close();
        backend.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(30, condition);
    }

    private static String resultCount(FxRobot robot) {
        return robot.lookup("#resultCount").queryAs(Label.class).getText();
    }

    private static long all() {
        return UiFixture.sends(60).size();
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<SendStatus> statusFilter(FxRobot robot) {
        return robot.lookup("#statusFilter").queryAs(CheckComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SavedView> savedViews(FxRobot robot) {
        return robot.lookup("#savedViews").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<TestModeFilter> testMode(FxRobot robot) {
        return robot.lookup("#testModeFilter").queryAs(ChoiceBox.class);
    }

    private static TableColumn<?, ?> column(FxRobot robot, String text) {
        TableView<?> table = robot.lookup("#sendTable").queryTableView();
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (text.equals(c.getText())) {
                return c;
            }
        }
        throw new AssertionError("no column " + text);
    }

    private static int place(FxRobot robot, String text) {
        return robot.lookup("#sendTable").queryTableView().getColumns().indexOf(column(robot, text));
    }

    /** Filters as a user leaves them: Delivered ticked, a search typed, test sends left out. */
    private void filterDeliveredWithoutTests(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            statusFilter(robot).getCheckModel().check(SendStatus.DELIVERED);
            robot.lookup("#searchField").queryAs(TextField.class).setText("e");
            testMode(robot).setValue(TestModeFilter.EXCLUDE);
        });
        waitUntil(() -> "e".equals(vm.tracker().filterProperty().get().search())
                && vm.tracker().filterProperty().get().testMode() == TestModeFilter.EXCLUDE
                && !vm.tracker().loadingProperty().get() && !resultCount(robot).equals(all() + " sends"));
    }

    /** saveViewButton, then the name typed into the dialog and confirmed. */
    private void saveView(FxRobot robot, String name) throws TimeoutException {
        robot.clickOn("#saveViewButton");
        waitUntil(() -> robot.lookup("#viewNameField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#viewNameField").queryAs(TextField.class).setText(name));
        robot.clickOn("#confirmViewNameButton");
        waitUntil(() -> savedViews(robot).getItems().stream().anyMatch(v -> v.name().equals(name))
                && savedViews(robot).getValue() != null && savedViews(robot).getValue().name().equals(name));
    }

    private void choose(FxRobot robot, String name) {
        robot.interact(() -> savedViews(robot).getSelectionModel().select(savedViews(robot).getItems().stream()
                .filter(v -> v.name().equals(name)).findFirst().orElseThrow()));
    }

    private static void fireAction(FxRobot robot, String itemId) {
        MenuButton actions = robot.lookup("#savedViewActions").queryAs(MenuButton.class);
        MenuItem item = actions.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    @Test
    void savingAViewChangingTheFiltersAndChoosingItBringsTheFiltersBack(FxRobot robot) throws TimeoutException {
        waitUntil(() -> resultCount(robot).equals(all() + " sends"));
        assertTrue(robot.lookup("#savedViewActions").query().isDisabled(), "no view in use yet");
        filterDeliveredWithoutTests(robot);
        String filtered = resultCount(robot);
        saveView(robot, "Delivered, no tests");

        robot.clickOn("View").clickOn("#clearFiltersItem");
        waitUntil(() -> resultCount(robot).equals(all() + " sends"));
        assertTrue(statusFilter(robot).getCheckModel().getCheckedItems().isEmpty());

        saveView(robot, "Everything");
        choose(robot, "Delivered, no tests");

        waitUntil(() -> resultCount(robot).equals(filtered));
        assertEquals(List.of(SendStatus.DELIVERED), List.copyOf(statusFilter(robot).getCheckModel().getCheckedItems()));
        assertEquals("e", robot.lookup("#searchField").queryAs(TextField.class).getText());
        assertEquals(TestModeFilter.EXCLUDE, testMode(robot).getValue());
    }

    @Test
    void aTakenNameIsOfferedAsAReplaceAndAnEmptyOneCannotBeSaved(FxRobot robot) throws TimeoutException {
        waitUntil(() -> resultCount(robot).equals(all() + " sends"));
        saveView(robot, "Weekly");
        robot.clickOn("#saveViewButton");
        waitUntil(() -> robot.lookup("#viewNameField").tryQuery().isPresent());
        Button confirm = robot.lookup("#confirmViewNameButton").queryButton();

        robot.interact(() -> robot.lookup("#viewNameField").queryAs(TextField.class).setText(" "));
        assertTrue(confirm.isDisabled());
        assertTrue(robot.lookup("#viewNameMessage").queryAs(Label.class).getText().startsWith("A view needs a name"));
        robot.interact(() -> robot.lookup("#viewNameField").queryAs(TextField.class).setText("WEEKLY"));

        assertFalse(confirm.isDisabled());
        assertEquals("Replace", confirm.getText());
        assertTrue(robot.lookup("#viewNameMessage").queryAs(Label.class).getText().contains("saving replaces it"));
        robot.clickOn(confirm);
        waitUntil(() -> savedViews(robot).getItems().size() == 1
                && savedViews(robot).getItems().get(0).name().equals("WEEKLY"));
    }

    @Test
    void renameAndDeleteTheViewInUse(FxRobot robot) throws TimeoutException {
        waitUntil(() -> resultCount(robot).equals(all() + " sends"));
        saveView(robot, "Weekly");

        fireAction(robot, "renameViewItem");
        waitUntil(() -> robot.lookup("#viewNameField").tryQuery().isPresent());
        assertEquals("Weekly", robot.lookup("#viewNameField").queryAs(TextField.class).getText());
        robot.interact(() -> robot.lookup("#viewNameField").queryAs(TextField.class).setText("Every Monday"));
        robot.clickOn("#confirmViewNameButton");
        waitUntil(() -> savedViews(robot).getValue() != null
                && savedViews(robot).getValue().name().equals("Every Monday"));
        assertEquals(List.of("Every Monday"), savedViews(robot).getItems().stream().map(SavedView::name).toList());

        fireAction(robot, "deleteViewItem");
        waitUntil(() -> robot.lookup("#deleteViewDialog").tryQuery().isPresent());
        robot.clickOn("#confirmDeleteViewButton");
        waitUntil(() -> savedViews(robot).getItems().isEmpty());
        assertTrue(backend.views().views(vm.tracker().currentUser()).isEmpty(), "gone from the store too");
    }

    @Test
    void theStartViewIsAppliedWhenTheWindowOpensAgain(FxRobot robot) throws TimeoutException {
        waitUntil(() -> resultCount(robot).equals(all() + " sends"));
        filterDeliveredWithoutTests(robot);
        String filtered = resultCount(robot);
        saveView(robot, "Start here");
        robot.clickOn("#savedViewActions");
        waitUntil(() -> robot.lookup("#startViewItem").tryQuery().isPresent());
        robot.clickOn("#startViewItem");
        waitUntil(() -> savedViews(robot).getValue() != null && savedViews(robot).getValue().startView());

        robot.interact(() -> {
            jobs.close();
            jobs = new FxJobs(2);
            show();
        });

        waitUntil(() -> resultCount(robot).equals(filtered));
        assertEquals(List.of(SendStatus.DELIVERED), List.copyOf(statusFilter(robot).getCheckModel().getCheckedItems()));
        assertEquals("Start here", savedViews(robot).getValue().name());
    }

    @Test
    void aColumnHiddenInTheChooserStaysHiddenAfterARestartAndAViewShowsItAgain(FxRobot robot)
            throws TimeoutException {
        waitUntil(() -> resultCount(robot).equals(all() + " sends"));
        saveView(robot, "Every column");
        assertTrue(column(robot, "CAMPAIGN").isVisible());
        SendSort byCost = new SendSort(SendSort.Field.COST, true);
        robot.interact(() -> vm.tracker().sortProperty().set(byCost));

        robot.clickOn("#columnChooser");
        waitUntil(() -> robot.lookup("#columnShown-campaign").tryQuery().isPresent());
        assertTrue(robot.lookup("#columnShown-status").queryAs(CheckBox.class).isDisabled(), "status stays shown");
        robot.clickOn("#columnShown-campaign");
        waitUntil(() -> !column(robot, "CAMPAIGN").isVisible());
        robot.clickOn("#columnRight-created");
        waitUntil(() -> place(robot, "CREATED") == 2);
        robot.interact(() -> robot.lookup("#columnChooser").queryAs(MenuButton.class).hide());
        assertEquals(byCost, vm.tracker().sortProperty().get(), "moving a column keeps the table's order");
        TableColumn<?, ?> cost = column(robot, "COST");
        assertEquals(List.of(cost), List.copyOf(robot.lookup("#sendTable").queryTableView().getSortOrder()));
        waitUntil(() -> backend.views().startLayout(vm.tracker().currentUser()).map(layout -> layout.stream()
                .anyMatch(c -> c.key().equals("campaign") && !c.visible())).orElse(false));

        robot.interact(() -> {
            jobs.close();
            jobs = new FxJobs(2);
            show();
        });
        waitUntil(() -> resultCount(robot).equals(all() + " sends") && !column(robot, "CAMPAIGN").isVisible());
        assertEquals(2, place(robot, "CREATED"));

        choose(robot, "Every column");
        waitUntil(() -> column(robot, "CAMPAIGN").isVisible());
        assertEquals(1, place(robot, "CREATED"));
        Set<String> shown = Set.copyOf(robot.lookup("#sendTable").queryTableView().getVisibleLeafColumns().stream()
                .map(c -> ((TableColumn<?, ?>) c).getText()).filter(t -> t != null && !t.isEmpty()).toList());
        assertTrue(shown.contains("STATUS") && shown.contains("CAMPAIGN"), shown.toString());
    }
}
