package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import sendtracker.domain.SendStatus;
import sendtracker.service.Backend;
import sendtracker.service.TestStores;

/**
 * Backups in the window (issue 10) on a real local file store: the status bar's last backup,
 * File → Back up now…, and File → Restore from backup… while the window itself has the store open
 * (closed, restored, reopened), a file that is no backup refused with the store unchanged.
 */
@ExtendWith(ApplicationExtension.class)
class BackupWindowFxTest {
    @TempDir
    static Path dir;

    private LocalBackups backups;
    private FxJobs jobs;
    private MainViewModel vm;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    /** The real dialogs, with the two file choosers answered by the test. */
    private static final class ScriptedDialogs extends FxDialogService {
        Path backupTarget;
        Path restoreFile;
        final List<Path> suggested = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        ScriptedDialogs() {
            super(() -> null, MainWindow.STYLESHEET);
        }

        @Override
        public Optional<Path> chooseBackupTarget(Path suggestion) {
            suggested.add(suggestion);
            return Optional.ofNullable(backupTarget);
        }

        @Override
        public Optional<Path> chooseBackupToRestore(Path folder) {
            return Optional.ofNullable(restoreFile);
        }

        @Override
        public void showError(String title, String text) {
            errors.add(text);
            super.showError(title, text);
        }
    }

    @Start
    void start(Stage stage) {
        Path storeDir = dir.resolve("s" + System.nanoTime());
        String url = TestStores.url(storeDir);
        try (Backend filled = Backend.open(url, UiFixture.CLOCK, false)) {
            UiFixture.fill(filled.sends(), 60);
        }
        Backend open = Backend.openForWindow(url, UiFixture.CLOCK);
        jobs = new FxJobs(2);
        vm = new MainViewModel(dialogs, jobs, null);
        stage.setScene(MainWindow.scene(vm, u -> { }, stage::close));
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        backups = new LocalBackups(open, url, UiFixture.CLOCK, u -> Backend.openForWindow(u, UiFixture.CLOCK),
                b -> WindowSource.of(b.sends()));
        vm.store().opened(new LiveStore(storeDir.toString(), false, null));
        vm.start(WindowSource.of(open.sends()), UiFixture.ADMIN.email(), null);
        vm.backups().connect(backups, storeDir.toString(), restored -> vm.liveReopened(restored.source()));
    }

    @AfterEach
    void close() {
        jobs.close();
        backups.current().close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(20, condition);
    }

    private static MenuItem fileItem(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static void fire(MenuItem item) {
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String backupLabel(FxRobot robot) {
        return robot.lookup("#backupLabel").queryAs(Label.class).getText();
    }

    private long total() {
        return vm.tracker().totalProperty().get();
    }

    @Test
    void backUpNowThenChangeThenRestoreBringsTheEarlierStateBackInTheOpenWindow(FxRobot robot) throws Exception {
        // opening the existing store for the window made the day's copy
        Path daily = backups.folder().resolve("store-2026-11-20.zip");
        waitUntil(() -> total() == 63 && Files.exists(daily) && backupLabel(robot).equals("Last backup: "
                + Formats.dateTime(Files.getLastModifiedTime(daily).toInstant())));
        assertTrue(robot.lookup("#backupLabel").query().isVisible());
        Label store = robot.lookup("#storeLabel").queryAs(Label.class);
        List<javafx.scene.Node> bar = store.getParent().getChildrenUnmodifiable();
        assertEquals(bar.indexOf(store) - 1, bar.indexOf(robot.lookup("#backupLabel").query()),
                "the last backup is shown right before the store");
        MenuItem backupItem = fileItem(robot, "backupItem");
        MenuItem restoreItem = fileItem(robot, "restoreItem");
        assertTrue(backupItem.isVisible() && restoreItem.isVisible());
        assertEquals("Back up now…", backupItem.getText());
        assertEquals("Restore from backup…", restoreItem.getText());

        Path zip = backups.folder().resolve("before-the-change.zip");
        dialogs.backupTarget = zip;
        fire(backupItem);
        waitUntil(() -> Files.exists(zip) && backupLabel(robot).equals("Last backup: "
                + Formats.dateTime(Files.getLastModifiedTime(zip).toInstant())));
        assertEquals(backups.folder(), dialogs.suggested.get(0).getParent(), "suggested in the backups folder");
        assertTrue(dialogs.suggested.get(0).getFileName().toString().matches("store-2026-11-20T120000\\.zip"),
                dialogs.suggested.toString());
        assertTrue(vm.messages().get(0).contains("Backup written to " + zip), vm.messages().toString());

        // a change after the backup: the cancelable send is canceled
        assertTrue(backups.current().sends().cancel(backups.current().store().defaultUser(), UiFixture.CANCELABLE,
                null, "after the backup").canceled());
        robot.interact(() -> vm.tracker().refresh());
        waitUntil(() -> vm.tracker().statusCountsProperty().get().getOrDefault(SendStatus.CANCELED, 0L) >= 1);
        long canceledAfter = vm.tracker().statusCountsProperty().get().get(SendStatus.CANCELED);
        Backend before = backups.current();

        dialogs.restoreFile = zip;
        fire(restoreItem);
        waitUntil(() -> robot.lookup("#restoreDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#restoreDialog").queryAs(DialogPane.class);
        String text = ((Label) pane.getContent()).getText();
        assertTrue(text.contains("will be replaced") && text.contains("kept first") && text.contains(zip.toString()),
                text);
        robot.clickOn("#confirmRestoreButton");

        try {
            waitUntil(() -> backups.current() != before && vm.messages().get(0).contains("  Restored before-the-change.zip"));
        } catch (TimeoutException e) {
            throw new AssertionError(vm.messages() + " " + dialogs.errors, e);
        }
        waitUntil(() -> total() == 63 && vm.tracker().statusCountsProperty().get()
                .getOrDefault(SendStatus.CANCELED, 0L) == canceledAfter - 1);
        assertTrue(Files.exists(backups.folder().resolve("store-before-restore.mv.db.old")),
                "a copy of the replaced store is kept");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(SendStatus.CONFIRMING_ADDRESS, backups.current().sends()
                .find(backups.current().store().defaultUser(), UiFixture.CANCELABLE).orElseThrow().status());
    }

    @Test
    void aFileThatIsNoBackupIsRefusedWithAClearMessageAndTheStoreStaysOpenAndUnchanged(FxRobot robot)
            throws Exception {
        waitUntil(() -> total() == 63);
        Backend before = backups.current();
        Path photos = Files.writeString(dir.resolve("photos.zip"), "no store in here", StandardCharsets.UTF_8);
        dialogs.restoreFile = photos;
        fire(fileItem(robot, "restoreItem"));
        waitUntil(() -> robot.lookup("#restoreDialog").tryQuery().isPresent());
        robot.clickOn("#confirmRestoreButton");

        waitUntil(() -> !dialogs.errors.isEmpty());
        String why = dialogs.errors.get(0);
        assertTrue(why.contains("photos.zip") && why.contains("not a Send Tracker backup") && why.contains("unchanged"),
                why);
        assertFalse(why.contains("\n"), why);
        assertTrue(backups.current() == before, "the store was not closed");
        assertEquals(63, before.store().sendCount());
        robot.interact(() -> vm.tracker().refresh());
        waitUntil(() -> total() == 63 && !vm.tracker().loadingProperty().get());
    }
}
