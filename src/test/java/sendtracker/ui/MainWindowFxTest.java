package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
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
import sendtracker.domain.User;
import sendtracker.service.SendService;

/** Drives the real window (FXML, controller, view-models, SendService) over a small in-memory store. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private SendService service;
    private FxJobs jobs;
    private MainViewModel vm;
    private final List<String> openedUrls = new ArrayList<>();
    Path exportTarget;
    Path reviewFile;

    @Start
    void start(Stage stage) {
        service = UiFixture.service();
        jobs = new FxJobs(2);
        FxDialogService dialogs = new FxDialogService(() -> stage, MainWindow.STYLESHEET) {
            // The native file choosers cannot be driven headless; everything else is the real dialog.
            @Override
            public Optional<Path> chooseExportTarget(String suggestedName) {
                return Optional.ofNullable(exportTarget);
            }

            @Override
            public Optional<Path> chooseExportToOpen() {
                return Optional.ofNullable(reviewFile);
            }
        };
        vm = new MainViewModel(dialogs, jobs, sendtracker.App.reviewOpener());
        stage.setScene(MainWindow.scene(vm, openedUrls::add, stage::close));
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        vm.start(WindowSource.of(service, sendtracker.App.exporterFor(service)), null, null);
    }

    @AfterEach
    void close() {
        jobs.close();
        service.store().close();
    }

    /**
     * Clicks the field and puts the text in, as a user typing it would leave it. The headless robot
     * can drop typed keys on a busy machine; what these tests check is what the window does with
     * the text, not the keyboard.
     */
    private static void enter(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.setText(text);
            field.positionCaret(text.length());
        });
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(30, condition);
    }

    private TableView<Send> table(FxRobot robot) {
        return robot.lookup("#sendTable").queryTableView();
    }

    private String resultCount(FxRobot robot) {
        return robot.lookup("#resultCount").queryAs(Label.class).getText();
    }

    private static long visible(User viewer) {
        return UiFixture.sends(60).stream().filter(s -> sendtracker.domain.Visibility.canSee(viewer, s)).count();
    }

    private void searchFor(FxRobot robot, String text) throws TimeoutException {
        enter(robot, "#searchField", text);
        waitUntil(() -> "1 send".equals(resultCount(robot)) && table(robot).getItems().get(0) != null
                && table(robot).getItems().get(0).id().toLowerCase().contains(text.toLowerCase()));
    }

    private void openRowMenu(FxRobot robot) {
        robot.clickOn(".row-menu-button");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label l ? l.getText() : node.toString();
    }

    private boolean detailsShow(FxRobot robot, String text) {
        return robot.from(robot.lookup("#detailsPane").queryAs(Node.class)).lookup((Node n) ->
                n instanceof Label l && l.getText() != null && l.getText().contains(text)).tryQuery().isPresent();
    }

    @Test
    void filtersByStatusAndSearch(FxRobot robot) throws TimeoutException {
        waitUntil(() -> resultCount(robot).equals(UiFixture.sends(60).size() + " sends"));
        long received = UiFixture.sends(60).stream().filter(s -> s.status() == SendStatus.ORDER_RECEIVED).count();

        robot.clickOn("#statusFilter");
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                && c.getText().startsWith("Order Received"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> resultCount(robot).equals(received + " sends"));
        TableView<Send> table = table(robot);
        for (int i = 0; i < table.getItems().size(); i++) {
            assertEquals(SendStatus.ORDER_RECEIVED, table.getItems().get(i).status());
        }

        robot.clickOn("#clearFiltersLink");
        waitUntil(() -> resultCount(robot).equals(UiFixture.sends(60).size() + " sends"));
        enter(robot, "#searchField", "natarajan");
        waitUntil(() -> resultCount(robot).equals("1 send"));
        assertEquals(UiFixture.CANCELABLE, table(robot).getItems().get(0).id());
    }

    @Test
    void rowMenuShowsDetailsAndCancelsAnAllowedSend(FxRobot robot) throws TimeoutException {
        searchFor(robot, UiFixture.CANCELABLE);
        openRowMenu(robot);
        assertEquals("Cancel send…", menuText(robot));
        robot.clickOn("#viewDetailsItem");
        waitUntil(() -> detailsShow(robot, "Priya Natarajan"));
        assertTrue(detailsShow(robot, "RECENT UPDATES"));

        openRowMenu(robot);
        robot.clickOn("#cancelSendItem");
        waitUntil(() -> robot.lookup("#cancelDialog").tryQuery().isPresent());
        enter(robot, "#cancelReason", "Wrong address");
        robot.clickOn("#confirmCancelButton");

        waitUntil(() -> table(robot).getItems().get(0).status() == SendStatus.CANCELED);
        waitUntil(() -> detailsShow(robot, "Wrong address"));
        Send stored = service.find(vm.tracker().currentUser(), UiFixture.CANCELABLE).orElseThrow();
        assertEquals(SendStatus.CANCELED, stored.status());
        assertTrue(stored.history().stream().anyMatch(u -> u.status() == SendStatus.CANCELED
                && "Wrong address".equals(u.note())));
        assertTrue(robot.lookup(".status-badge").match((Label l) -> "Canceled".equals(l.getText())).tryQuery()
                .isPresent(), "the row shows Canceled");
    }

    @Test
    void anEGiftOpensTheSupportDialogWithARequestToCopy(FxRobot robot) throws TimeoutException {
        askToCancel(robot, UiFixture.EGIFT, "Cancel — contact Support");

        assertTrue(text(robot, "#supportWhy").contains("eGifts cannot be canceled"));
        robot.clickOn("#copySupportRequestButton");
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertTrue(copied.contains(UiFixture.EGIFT), copied);
        assertEquals(SendStatus.SENT, table(robot).getItems().get(0).status());
        closeDialog(robot, "#supportDialog");
    }

    @Test
    void aShippedSendSaysItIsTooLate(FxRobot robot) throws TimeoutException {
        askToCancel(robot, UiFixture.SHIPPED, "Cancel — no longer possible");

        DialogPane pane = robot.lookup("#supportDialog").queryAs(DialogPane.class);
        assertEquals("It is too late to cancel this send.", pane.getHeaderText());
        assertTrue(text(robot, "#supportWhy").contains("already shipped"));
        closeDialog(robot, "#supportDialog");
    }

    @Test
    void keyboardOpensTheRowMenuAndFindsSearch(FxRobot robot) throws TimeoutException {
        searchFor(robot, UiFixture.SHIPPED);
        robot.clickOn((Node n) -> n instanceof Label l && "Elena Rossi".equals(l.getText()));
        robot.press(KeyCode.SHIFT).press(KeyCode.F10).release(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(() -> robot.lookup("#cancelSendItem").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> vm.details().clear());
        robot.clickOn((Node n) -> n instanceof Label l && "Elena Rossi".equals(l.getText()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> detailsShow(robot, "1Z999AA10123456784") || robot.lookup("#detailsPane").query()
                .lookupAll(".copyable-value").stream().anyMatch(n -> n instanceof TextField t
                        && "1Z999AA10123456784".equals(t.getText())));

        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#searchField").query().isFocused());
    }

    @Test
    void clickingAColumnHeaderSortsThroughTheQuery(FxRobot robot) throws TimeoutException {
        waitUntil(() -> resultCount(robot).equals(UiFixture.sends(60).size() + " sends"));
        String first = UiFixture.sends(60).stream().map(Send::recipientName).sorted().findFirst().orElseThrow();

        robot.clickOn(robot.lookup(".column-header").match((Node n) -> "recipientColumn".equals(n.getId()))
                .queryAs(Node.class));
        waitUntil(() -> table(robot).getItems().get(0) != null
                && first.equals(table(robot).getItems().get(0).recipientName()));
        assertEquals(new sendtracker.domain.SendSort(sendtracker.domain.SendSort.Field.RECIPIENT, true),
                vm.tracker().sortProperty().get());
        assertEquals("recipientColumn", table(robot).getSortOrder().get(0).getId(), "the header shows the order");
    }

    @Test
    void switchingToASenderShowsOnlyTheirSends(FxRobot robot) throws TimeoutException {
        waitUntil(() -> resultCount(robot).equals(UiFixture.sends(60).size() + " sends"));
        robot.clickOn("#userSwitcher");
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                && c.getText().startsWith("Sue Sender"));

        long own = visible(UiFixture.SUE);
        waitUntil(() -> resultCount(robot).equals(own + " sends"));
        TableView<Send> table = table(robot);
        for (int i = 0; i < table.getItems().size(); i++) {
            assertEquals(UiFixture.SUE.email(), table.getItems().get(i).senderEmail());
        }
        assertFalse(robot.lookup("#teamFilter").query().isVisible(), "no team filter for a sender");
        assertEquals("Sue Sender · Sender",
                robot.lookup("#userSwitcher").queryAs(ComboBox.class).getConverter()
                        .toString(robot.lookup("#userSwitcher").queryAs(ComboBox.class).getValue()));
    }

    /** Finds the send, checks the menu names the expected outcome, clicks Cancel: the support dialog opens. */
    private void askToCancel(FxRobot robot, String id, String expectedMenuText) throws TimeoutException {
        searchFor(robot, id);
        openRowMenu(robot);
        assertEquals(expectedMenuText, menuText(robot));
        assertFalse(robot.lookup("#cancelSendItem").query().isDisabled(), "Cancel stays enabled");
        robot.clickOn("#cancelSendItem");
        waitUntil(() -> robot.lookup("#supportDialog").tryQuery().isPresent());
    }

    @Test
    void exportsWhatIsFilteredThenReviewsTheFileOffline(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        waitUntil(() -> resultCount(robot).equals(UiFixture.sends(60).size() + " sends"));
        enter(robot, "#searchField", "sam@acme");
        long sams = UiFixture.sends(60).stream().filter(s -> s.senderEmail().equals(UiFixture.SAM.email())).count();
        waitUntil(() -> resultCount(robot).equals(sams + " sends"));
        exportTarget = dir.resolve("sam.csv");

        robot.clickOn("#exportButton");
        waitUntil(() -> java.nio.file.Files.exists(exportTarget)
                && robot.lookup("#noticeLabel").queryAs(Label.class).getText().contains(sams + " sends"));
        List<String> lines = java.nio.file.Files.readAllLines(exportTarget);
        assertEquals(sams + 1, lines.size(), "a header and one line per filtered send");
        assertTrue(lines.get(0).contains("Send ID"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(UiFixture.CANCELABLE)));

        reviewFile = exportTarget;
        robot.clickOn("File").clickOn("#openExportItem");
        waitUntil(() -> robot.lookup("#offlineBanner").query().isVisible());
        assertTrue(robot.lookup("#offlineBanner").queryAs(javafx.scene.layout.HBox.class).lookup(".label")
                instanceof Label banner && banner.getText().contains("sam.csv"));
        waitUntil(() -> resultCount(robot).equals(sams + " sends"));

        askToCancel(robot, UiFixture.CANCELABLE, "Cancel — contact Support");
        assertTrue(text(robot, "#supportWhy").contains("read-only review"), text(robot, "#supportWhy"));
        closeDialog(robot, "#supportDialog");
        assertEquals(SendStatus.CONFIRMING_ADDRESS,
                service.find(vm.tracker().currentUser(), UiFixture.CANCELABLE).map(Send::status).orElse(null),
                "the live store is untouched");

        robot.clickOn("#closeReviewButton");
        waitUntil(() -> !robot.lookup("#offlineBanner").query().isVisible());
    }

    private String menuText(FxRobot robot) {
        Node item = robot.lookup("#cancelSendItem").query();
        Label label = (Label) item.lookup(".label");
        return label.getText();
    }

    private void closeDialog(FxRobot robot, String id) {
        DialogPane pane = robot.lookup(id).queryAs(DialogPane.class);
        robot.interact(() -> pane.getScene().getWindow().hide());
    }
}
