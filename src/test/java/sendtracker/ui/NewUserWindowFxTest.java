package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
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
import sendtracker.service.SupportContact;

/** Issue 15's window items on the real window (FXML, CSS, view-models, SendService) over the UI fixture. */
@ExtendWith(ApplicationExtension.class)
class NewUserWindowFxTest {
    private static final int ALL = UiFixture.sends(60).size();
    private SendService service;
    private FxJobs jobs;
    private MainViewModel vm;
    private final List<String> openedUrls = new ArrayList<>();

    @Start
    void start(Stage stage) {
        service = UiFixture.service();
        jobs = new FxJobs(2);
        vm = new MainViewModel(new FxDialogService(() -> stage, MainWindow.STYLESHEET), jobs, null);
        vm.setSupportContact(new SupportContact("help@acme.test"));
        stage.setScene(MainWindow.scene(vm, openedUrls::add, stage::close));
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        vm.store().opened(new LiveStore("/data/sends", false, null));
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

    private TableView<Send> table(FxRobot robot) {
        return robot.lookup("#sendTable").queryTableView();
    }

    private String resultCount(FxRobot robot) {
        return robot.lookup("#resultCount").queryAs(Label.class).getText();
    }

    private void allShown(FxRobot robot) throws TimeoutException {
        waitUntil(() -> resultCount(robot).equals(ALL + " sends") && !vm.tracker().statusCountsProperty().get().isEmpty());
    }

    private void showOnly(FxRobot robot, String id) throws TimeoutException {
        robot.interact(() -> vm.tracker().searchProperty().set(id));
        waitUntil(() -> "1 send".equals(resultCount(robot)) && table(robot).getItems().get(0) != null
                && table(robot).getItems().get(0).id().equals(id));
    }

    private boolean detailsOf(FxRobot robot, String id) {
        return vm.details().send() != null && vm.details().send().id().equals(id);
    }

    private static Map<SendStatus, Long> expectedCounts() {
        Map<SendStatus, Long> counts = new EnumMap<>(SendStatus.class);
        for (Send s : UiFixture.sends(60)) {
            counts.merge(s.status(), 1L, Long::sum);
        }
        return counts;
    }

    /** The text as drawn: a Labeled that does not fit draws an ellipsis instead. */
    private static String drawn(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }

    @Test
    void theWidestStatusChipAndTheTypeNameAreNeverClipped(FxRobot robot) throws TimeoutException {
        showOnly(robot, UiFixture.CANCELABLE);
        Label badge = robot.lookup("#sendTable .status-badge").queryAs(Label.class);
        assertEquals("Confirming Address", badge.getText());
        TableCell<?, ?> cell = (TableCell<?, ?>) badge.getParent();
        Bounds inCell = badge.getBoundsInParent();
        assertTrue(inCell.getMaxX() <= cell.getWidth() - cell.getPadding().getRight() + 0.5,
                "badge ends at " + inCell.getMaxX() + " in a cell of " + cell.getWidth());
        assertEquals("Confirming Address", drawn(badge));

        showOnly(robot, UiFixture.SHIPPED);
        Label type = robot.from(robot.lookup("#sendTable").queryAs(Node.class))
                .lookup((Label l) -> "Sendoso Direct".equals(l.getText())).queryAs(Label.class);
        assertEquals("Sendoso Direct", drawn(type));
    }

    @Test
    void typeCampaignAndTrackingCellsCarryTheirFullText(FxRobot robot) throws TimeoutException {
        showOnly(robot, UiFixture.SHIPPED);
        List<String> tips = new ArrayList<>();
        robot.lookup("#sendTable .table-cell").queryAll().forEach(n -> {
            if (n instanceof TableCell<?, ?> c && c.getTooltip() != null) {
                tips.add(c.getTooltip().getText());
            }
        });
        assertTrue(tips.contains("Sendoso Direct"), tips.toString());
        assertTrue(tips.contains("Q4 Renewal Thank-you"), tips.toString());
        assertTrue(tips.contains("1Z999AA10123456784 \u00B7 UPS"), tips.toString());
        TableView<Send> t = table(robot);
        t.getColumns().forEach(c -> assertTrue(c.isResizable() || c.getMaxWidth() <= 56, c.getId() + " resizable"));
    }

    @Test
    void anotherSendIsShownFromTheTopOfTheDetails(FxRobot robot) throws TimeoutException {
        allShown(robot);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        String first = table(robot).getItems().get(0).id();
        waitUntil(() -> detailsOf(robot, first));
        ScrollPane scroll = robot.lookup("#detailsScroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> table(robot).getSelectionModel().select(1));
        String second = table(robot).getItems().get(1).id();
        waitUntil(() -> detailsOf(robot, second));

        assertEquals(0, scroll.getVvalue(), 1e-9);
    }

    @Test
    void trackingActionsCopyTheLinkAndAskTheBrowserToOpenIt(FxRobot robot) throws TimeoutException {
        showOnly(robot, UiFixture.SHIPPED);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        waitUntil(() -> detailsOf(robot, UiFixture.SHIPPED) && robot.lookup("#trackingLink").tryQuery().isPresent());
        String url = "https://www.ups.com/track?tracknum=1Z999AA10123456784";

        robot.interact(() -> robot.lookup("#detailsPane .button").match((Button b) -> "Copy tracking link".equals(b.getText()))
                .queryButton().fire());
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertEquals(url, copied);
        assertTrue(robot.lookup("#noticeLabel").queryAs(Label.class).getText().contains(url));

        robot.interact(() -> robot.lookup("#trackingLink").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertEquals(List.of(url), openedUrls);

        robot.clickOn(".row-menu-button");
        waitUntil(() -> robot.lookup("#openTrackingItem").tryQuery().isPresent());
        robot.clickOn("#openTrackingItem");
        assertEquals(List.of(url, url), openedUrls);
    }

    @Test
    void eachChipCountsItsStatus(FxRobot robot) throws TimeoutException {
        allShown(robot);
        Map<SendStatus, Long> expected = expectedCounts();
        Map<String, String> chips = new java.util.HashMap<>();
        robot.lookup("#statusChips .status-chip").queryAll().forEach(n -> {
            List<Node> labels = ((HBox) n).getChildren();
            chips.put(((Label) labels.get(0)).getText(), ((Label) labels.get(1)).getText());
        });
        assertEquals(expected.size(), chips.size(), chips.toString());
        expected.forEach((status, n) -> assertEquals(String.valueOf(n), chips.get(status.displayName()), status.name()));
    }

    @Test
    void theChartBarsAreTheCountsOnAnExactAxisAndOneBarStaysSlim(FxRobot robot) throws TimeoutException {
        allShown(robot);
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = robot.lookup("#statusChart").queryAs(BarChart.class);
        assertTrue(robot.lookup("#chartBox").query().isVisible());
        Map<String, Long> bars = new java.util.HashMap<>();
        for (XYChart.Data<Number, String> d : chart.getData().get(0).getData()) {
            bars.put(d.getYValue(), d.getXValue().longValue());
        }
        Map<String, Long> expected = new java.util.HashMap<>();
        expectedCounts().forEach((s, n) -> expected.put(s.displayName(), n));
        assertEquals(expected, bars);
        NumberAxis axis = (NumberAxis) chart.getXAxis();
        long largest = expected.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(axis.getUpperBound() > largest, "no bar reaches the end");
        assertEquals("1,250", axis.getTickLabelFormatter().toString(1250));

        // The chart counts every status under the other filters: one send found is one bar.
        robot.interact(() -> vm.tracker().searchProperty().set(UiFixture.SHIPPED));
        try {
            waitUntil(() -> chart.getData().get(0).getData().size() == 1);
        } catch (TimeoutException e) {
            throw new AssertionError("bars " + chart.getData().get(0).getData() + " counts "
                    + vm.tracker().statusCountsProperty().get() + " filter " + vm.tracker().filterProperty().get(), e);
        }
        Node bar = chart.getData().get(0).getData().get(0).getNode();
        assertTrue(bar.getBoundsInParent().getHeight() <= 2 * StatusChartController.BAR_ROW,
                "one bar, " + bar.getBoundsInParent().getHeight() + " high");
    }

    @Test
    void dateFieldsTakeIsoAndMarkWhatIsNoDate(FxRobot robot) throws TimeoutException {
        allShown(robot);
        DatePicker from = robot.lookup("#fromDate").queryAs(DatePicker.class);
        robot.clickOn(from.getEditor());
        robot.interact(() -> from.getEditor().setText("2026-11-01"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2026, 11, 1).equals(vm.tracker().fromProperty().get()));

        // the text is put in directly: typed keys can be dropped by the headless robot on a busy machine,
        // and what is under test is how the field takes a commit of text that is no date
        robot.interact(() -> {
            from.getEditor().requestFocus();
            from.getEditor().setText("2026-13-45");
            // Enter pressed on the picker, as the keyboard delivers it there first; sent directly so that
            // whichever node the headless robot's focus ended on cannot swallow it
            from.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            waitUntil(() -> "2026-13-45".equals(from.getEditor().getText()));
        } catch (TimeoutException e) {
            throw new AssertionError("text " + from.getEditor().getText() + " value " + from.getValue(), e);
        }
        assertTrue(from.getEditor().getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertEquals(LocalDate.of(2026, 11, 1), vm.tracker().fromProperty().get(), "the filter keeps its date");
        assertTrue(robot.lookup("#noticeLabel").queryAs(Label.class).getText().contains("2026-13-45"));
    }

    @Test
    void menusShowTheirShortcuts(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Map<String, String> keys = new java.util.HashMap<>();
        bar.getMenus().forEach(m -> m.getItems().forEach(i -> {
            if (i.getId() != null && i.getAccelerator() != null) {
                keys.put(i.getId(), i.getAccelerator().getName());
            }
        }));
        for (String id : List.of("openExportItem", "exportItem", "quitItem", "refreshItem", "clearFiltersItem",
                "findItem", "messagesItem")) {
            assertNotNull(keys.get(id), id + " " + keys);
        }
        assertEquals("F5", keys.get("refreshItem"));
    }

    @Test
    void aNoticeFadesAndStaysInTheMessages(FxRobot robot) throws TimeoutException {
        allShown(robot);
        Label notice = robot.lookup("#noticeLabel").queryAs(Label.class);
        robot.interact(() -> vm.say("Something to know"));
        assertEquals(1, notice.getOpacity(), 1e-9);
        waitUntil(() -> notice.getOpacity() == 0);
        assertEquals("Store: /data/sends", robot.lookup("#storeLabel").queryAs(Label.class).getText());

        robot.clickOn("View").clickOn("Messages");
        waitUntil(() -> robot.lookup("#messagesList").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#messagesList").queryAs(ListView.class);
        assertTrue(list.getItems().get(0).toString().endsWith("Something to know"), list.getItems().toString());
        robot.interact(() -> list.getScene().getWindow().hide());
    }

    @Test
    void theSupportDialogSaysHowToReachSupportAndOpensAMailDraft(FxRobot robot) throws TimeoutException {
        showOnly(robot, UiFixture.EGIFT);
        robot.clickOn(".row-menu-button");
        waitUntil(() -> robot.lookup("#cancelSendItem").tryQuery().isPresent());
        robot.clickOn("#cancelSendItem");
        waitUntil(() -> robot.lookup("#supportDialog").tryQuery().isPresent());

        String request = robot.lookup("#supportRequestText").queryAs(TextArea.class).getText();
        assertFalse(request.contains("Tracking"), request);
        assertTrue(request.contains("Jonas Weber") && request.contains("Sam Sender") && request.contains("42.50 USD"),
                request);
        assertEquals("help@acme.test", robot.lookup("#supportContact").queryAs(Label.class).getText());
        robot.clickOn("#emailSupportButton");
        assertEquals(1, openedUrls.size());
        assertTrue(openedUrls.get(0).startsWith("mailto:help@acme.test?subject=Help%20with%20send%20" + UiFixture.EGIFT),
                openedUrls.get(0));
        robot.interact(() -> robot.lookup("#supportDialog").query().getScene().getWindow().hide());
    }

    @Test
    void aClosedSendSaysSoWithoutARequest(FxRobot robot) throws TimeoutException {
        allShown(robot);
        Send canceled = UiFixture.sends(60).stream().filter(s -> s.status() == SendStatus.CANCELED).findFirst()
                .orElseThrow();
        showOnly(robot, canceled.id());
        robot.clickOn(".row-menu-button");
        waitUntil(() -> robot.lookup("#cancelSendItem").tryQuery().isPresent());
        robot.clickOn("#cancelSendItem");
        waitUntil(() -> robot.lookup("#supportDialog").tryQuery().isPresent());
        assertFalse(robot.lookup("#supportRequestText").tryQuery().isPresent(), "no request for a closed send");
        assertFalse(robot.lookup("#copySupportRequestButton").tryQuery().isPresent());
        assertFalse(robot.lookup("#supportWhy").queryAs(Label.class).getText().isBlank());
        robot.interact(() -> robot.lookup("#supportDialog").query().getScene().getWindow().hide());
    }

    @Test
    void afterACancelTheDetailsSayTheRefundIsPending(FxRobot robot) throws TimeoutException {
        showOnly(robot, UiFixture.CANCELABLE);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        waitUntil(() -> detailsOf(robot, UiFixture.CANCELABLE));
        robot.clickOn(".row-menu-button");
        waitUntil(() -> robot.lookup("#cancelSendItem").tryQuery().isPresent());
        robot.clickOn("#cancelSendItem");
        waitUntil(() -> robot.lookup("#confirmCancelButton").tryQuery().isPresent());
        robot.clickOn("#confirmCancelButton");

        waitUntil(() -> robot.lookup("#refundPending").tryQuery().isPresent());
        String text = robot.lookup("#refundPending").queryAs(Label.class).getText();
        assertTrue(text.contains("Sales budget") && text.contains("$42.50"), text);
        assertFalse(robot.from(robot.lookup("#detailsPane").queryAs(Node.class)).lookup((Label l) ->
                "Waiting for the recipient".equals(l.getText())).tryQuery().isPresent(), "no stale address check");
    }
}
