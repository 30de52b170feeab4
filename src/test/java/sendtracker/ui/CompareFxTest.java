package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

import sendtracker.service.SendService;

/** File → Compare two exports… driven through compareItem and the compareDialog's ids. */
@ExtendWith(ApplicationExtension.class)
class CompareFxTest {
    @TempDir
    static Path dir;
    private SendService service;
    private FxJobs jobs;
    private final Deque<Path> toOpen = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        service = UiFixture.service();
        jobs = new FxJobs(2);
        FxDialogService dialogs = new FxDialogService(() -> stage, MainWindow.STYLESHEET) {
            // The native file choosers cannot be driven headless.
            @Override
            public Optional<Path> chooseExportToCompare(boolean earlier) {
                return Optional.ofNullable(toOpen.poll());
            }
        };
        MainViewModel vm = new MainViewModel(dialogs, jobs, null);
        stage.setScene(MainWindow.scene(vm, url -> { }, stage::close));
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        vm.start(WindowSource.of(service), null, null);
    }

    @AfterEach
    void close() {
        jobs.close();
        service.store().close();
    }

    @Test
    void theMenuOpensTheDialogWhichComparesTwoFilesAndFiltersTheRows(FxRobot robot) throws Exception {
        toOpen.add(Files.writeString(dir.resolve("old.csv"), CompareViewModelTest.OLD));
        toOpen.add(Files.writeString(dir.resolve("new.csv"), CompareViewModelTest.NEW));
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem compare = bar.getMenus().get(0).getItems().stream().filter(i -> "compareItem".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(compare::fire);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#compareDialog").tryQuery().isPresent());
        assertEquals("Nothing compared yet.", robot.lookup("#comparePlaceholder").queryAs(Label.class).getText(),
                "no word about differences before a compare");
        robot.clickOn("#compareOldButton");
        robot.clickOn("#compareNewButton");
        robot.clickOn("#compareRunButton");
        Label summary = robot.lookup("#compareSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> summary.getText().startsWith("Added 1"));
        TableView<?> table = robot.lookup("#compareTable").queryTableView();
        assertEquals(5, table.getItems().size());
        assertTrue(table.getItems().get(2).toString().contains("Status"), table.getItems().toString());
        robot.clickOn("#compareFilter").write("Bo Chen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size(), table.getItems().toString());
    }
}
