package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
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

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.service.ImportService;
import sendtracker.service.SendService;

/**
 * Date presets, spendTotal, import in the window (button, drop) and the bulk cancel of the
 * filtered sends, driven through their ids (docs/design.md §6) in the real window, as the admin.
 */
@ExtendWith(ApplicationExtension.class)
class ManagerToolsFxTest {
    /** Three sends of one company, two in euros: "Eurotrip" finds exactly these. */
    private static final String EUROTRIP = "Eurotrip";

    @TempDir
    Path folder;
    private SendService service;
    private FxJobs jobs;
    private MainViewModel vm;
    /** What the import's file chooser answers next (the seam in place of the system's chooser). */
    private final List<Path> chosen = new CopyOnWriteArrayList<>();
    private final List<Path> openedFolders = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        service = UiFixture.service();
        Send base = UiFixture.sends(0).get(0);
        service.store().upsert(List.of(
                base.toBuilder().id("SND-EUR-0001").recipientCompany("Eurotrip GmbH").cost(new BigDecimal("100.00"))
                        .currency("EUR").build(),
                base.toBuilder().id("SND-EUR-0002").recipientCompany("Eurotrip GmbH").cost(new BigDecimal("210.00"))
                        .currency("EUR").build(),
                base.toBuilder().id("SND-EUR-0003").recipientCompany("Eurotrip GmbH").cost(new BigDecimal("1234.50"))
                        .currency("USD").build()));
        jobs = new FxJobs(2);
        FxDialogService dialogs = new FxDialogService(() -> stage, MainWindow.STYLESHEET) {
            @Override
            public List<Path> chooseFilesToImport() {
                List<Path> files = new ArrayList<>(chosen);
                chosen.clear();
                return files;
            }
        };
        vm = new MainViewModel(dialogs, jobs, null);
        vm.datePresets().setClock(Clock.fixed(UiFixture.NOW, ZoneOffset.UTC));
        vm.imports().connect((files, actor, progress, stop) -> new ImportService(service)
                .importFiles(files, actor, progress, stop), new FolderOpener() {
                    @Override
                    public boolean canOpen() {
                        return true;
                    }

                    @Override
                    public void open(Path opened) {
                        openedFolders.add(opened);
                    }
                });
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

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        UiFixture.waitUntil(15, condition);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Waits for the label's text; on a timeout the assertion names the text it had. */
    private static void waitForText(FxRobot robot, String id, String want) {
        try {
            waitUntil(() -> want.equals(text(robot, id)));
        } catch (TimeoutException e) {
            assertEquals(want, text(robot, id), id);
        }
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

    private long count(SendFilter filter) {
        return service.page(service.defaultUser(), filter, sendtracker.domain.SendSort.NEWEST_FIRST, 0, 1).total();
    }

    private void search(FxRobot robot, String text) throws TimeoutException {
        robot.interact(() -> vm.tracker().searchProperty().set(text));
        long want = count(SendFilter.ALL.withSearch(text));
        waitUntil(() -> vm.tracker().totalProperty().get() == want && !vm.tracker().loadingProperty().get());
    }

    @Test
    void aPresetSetsBothDatesAndTheTableFollows(FxRobot robot) throws TimeoutException {
        waitUntil(() -> vm.tracker().totalProperty().get() > 0);
        long all = vm.tracker().totalProperty().get();
        MenuButton presets = robot.lookup("#datePresets").queryAs(MenuButton.class);
        robot.interact(() -> presets.getItems().stream().filter(i -> "datePresetLAST_7_DAYS".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        LocalDate from = LocalDate.parse("2026-11-14");
        LocalDate to = LocalDate.parse("2026-11-20");
        assertEquals(from, robot.lookup("#fromDate").queryAs(DatePicker.class).getValue());
        assertEquals(to, robot.lookup("#toDate").queryAs(DatePicker.class).getValue());
        long want = count(SendFilter.ALL.withDates(from, to));
        assertTrue(want > 0 && want < all, "the fixture has sends on both sides of the range: " + want + "/" + all);
        waitUntil(() -> text(robot, "#resultCount").equals(want + " sends"));
        assertEquals("Last 7 days", presets.getText(), "the button names the preset the dates match");
    }

    @Test
    void spendTotalGivesOneFigurePerCurrencyAndFollowsASelection(FxRobot robot) throws TimeoutException {
        // the whole store: dollars only (the fixture) and the two euro sends, the currency of most sends first
        waitForText(robot, "#spendTotal", SpendViewModel.figures(service.spend(service.defaultUser(), SendFilter.ALL,
                sendtracker.domain.SpendGroup.NONE)));
        assertTrue(text(robot, "#spendTotal").matches("\\$[0-9,]+\\.[0-9]{2} \u00b7 \u20ac310\\.00"),
                text(robot, "#spendTotal"));
        waitUntil(() -> vm.tracker().totalProperty().get() > 0);
        search(robot, EUROTRIP);
        waitForText(robot, "#spendTotal", "\u20ac310.00 \u00b7 $1,234.50");
        Label spend = robot.lookup("#spendTotal").queryAs(Label.class);
        assertTrue(spend.getTooltip().getText().contains("3 sends"), spend.getTooltip().getText());
        assertTrue(spend.getTooltip().getText().contains("\u20ac310.00 over 2 sends"), spend.getTooltip().getText());

        TableView<Send> table = robot.lookup("#sendTable").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(indexOf(table, "SND-EUR-0001"));
            table.getSelectionModel().select(indexOf(table, "SND-EUR-0003"));
        });
        waitForText(robot, "#spendTotal", "Selected: \u20ac100.00 \u00b7 $1,234.50");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(indexOf(table, "SND-EUR-0001")));
        waitForText(robot, "#spendTotal", "\u20ac310.00 \u00b7 $1,234.50");
    }

    @Test
    void selectingRowsDoesNotMoveTheTable(FxRobot robot) throws TimeoutException {
        waitForText(robot, "#spendTotal", SpendViewModel.figures(service.spend(service.defaultUser(), SendFilter.ALL,
                sendtracker.domain.SpendGroup.NONE)));
        TableView<Send> table = robot.lookup("#sendTable").queryTableView();
        Label spend = robot.lookup("#spendTotal").queryAs(Label.class);
        double tableTop = table.localToScene(0, 0).getY();
        double spendWidth = spend.getWidth();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, 12);
        });
        waitUntil(() -> spend.getText().startsWith("Selected: "));
        assertEquals(spendWidth, spend.getWidth(), 0.5, "the spend figure keeps its place: " + spend.getText());
        assertEquals(tableTop, table.localToScene(0, 0).getY(), 0.5, "the table stays where it was");
    }

    @Test
    void theChartShowsSpendPerTeamInTheMainCurrencyAndNamesTheOthers(FxRobot robot) throws TimeoutException {
        waitUntil(() -> vm.tracker().totalProperty().get() > 0 && robot.lookup("#chartBox").query().isVisible());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<ChartView> view = robot.lookup("#chartView").queryAs(
                javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> view.setValue(ChartView.TEAM_SPEND));
        Label title = robot.lookup("#chartTitle").queryAs(Label.class);
        waitUntil(() -> title.getText().equals("SPEND BY TEAM, IN USD"));
        @SuppressWarnings("unchecked")
        javafx.scene.chart.BarChart<Number, String> chart = robot.lookup("#statusChart").queryAs(
                javafx.scene.chart.BarChart.class);
        waitUntil(() -> chart.getData().get(0).getData().stream().anyMatch(d -> d.getYValue().equals("Sales")));
        java.util.Map<String, BigDecimal> sales = service.spend(service.defaultUser(), SendFilter.ALL,
                sendtracker.domain.SpendGroup.TEAM).totalsIn("USD");
        double shown = chart.getData().get(0).getData().stream().filter(d -> d.getYValue().equals("Sales"))
                .findFirst().orElseThrow().getXValue().doubleValue();
        assertEquals(sales.get("Sales").doubleValue(), shown, 0.001);
        javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        assertEquals("1,250", axis.getTickLabelFormatter().toString(1250), "spend ticks are exact, not 1.3k");
        String note = robot.lookup("#chartNote").queryAs(Label.class).getText();
        assertTrue(note.contains("\u20ac310.00"), "the euros are named, not added: " + note);
    }

    private Path csv(String name, String... rows) throws IOException {
        Path file = folder.resolve(name);
        StringBuilder b = new StringBuilder("Send ID,Type,Status,Created At,Sender Email,Team,Cost,Currency\n");
        for (String r : rows) {
            b.append(r).append('\n');
        }
        Files.writeString(file, b.toString());
        return file;
    }

    @Test
    void theImportButtonImportsTheChosenFileShowsTheSummaryAndRefreshesTheTable(FxRobot robot) throws Exception {
        waitUntil(() -> vm.tracker().totalProperty().get() > 0);
        long before = vm.tracker().totalProperty().get();
        Button importButton = robot.lookup("#importButton").queryButton();
        assertFalse(importButton.isDisabled());
        chosen.add(csv("new-sends.csv",
                "SND-NEW-0001,Inventoried,Delivered,2026-11-19T10:00:00Z,sam@acme.test,Sales,20.00,USD",
                "SND-NEW-0002,Inventoried,No such status,2026-11-19T10:00:00Z,sam@acme.test,Sales,20.00,USD"));
        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#importSummaryDialog").tryQuery().isPresent());
        String totals = text(robot, "#importSummaryTotals");
        assertTrue(totals.startsWith("1 added, 0 updated, 0 unchanged, 1 rejected"), totals);
        javafx.scene.layout.VBox files = robot.lookup("#importSummaryFiles").queryAs(javafx.scene.layout.VBox.class);
        assertTrue(files.getChildren().isEmpty(), "one file: the counts are said once, in the totals");
        javafx.scene.control.DialogPane pane = robot.lookup("#importSummaryDialog").queryAs(
                javafx.scene.control.DialogPane.class);
        assertTrue(pane.getHeaderText().contains("new-sends.csv"), pane.getHeaderText());
        String reasons = robot.lookup("#importSummaryRejects").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(reasons.contains("line 3") && reasons.contains("No such status"), reasons);
        String rejectsPath = robot.lookup("#rejectsPathField").queryAs(javafx.scene.control.TextField.class).getText();
        assertEquals(folder.resolve("new-sends.csv.rejects.csv").toAbsolutePath().toString(), rejectsPath);
        assertFalse(robot.lookup(n -> n instanceof Label && ((Label) n).getText() != null
                && ((Label) n).getText().contains("<file>")).tryQuery().isPresent(), "no placeholder text");
        assertTrue(service.find(service.defaultUser(), "SND-NEW-0001").isPresent());
        waitUntil(() -> vm.tracker().totalProperty().get() == before + 1);
        robot.clickOn("#openRejectsFolderButton");
        waitUntil(() -> !openedFolders.isEmpty());
        assertEquals(folder.toAbsolutePath(), openedFolders.get(0));
    }

    @Test
    void aDroppedCsvIsImportedAndAnotherKindOfFileIsNamedInAMessage(FxRobot robot) throws Exception {
        waitUntil(() -> vm.tracker().totalProperty().get() > 0);
        TableView<Send> table = robot.lookup("#sendTable").queryTableView();
        Path notes = Files.writeString(folder.resolve("notes.pdf"), "not sends");
        Path sends = csv("dropped.csv",
                "SND-DROP-0001,Inventoried,Delivered,2026-11-19T10:00:00Z,sam@acme.test,Sales,5.00,USD");
        robot.interact(() -> DroppedFiles.drop(table, List.of(notes, sends)));
        waitUntil(() -> robot.lookup("#importSummaryDialog").tryQuery().isPresent());
        assertTrue(text(robot, "#importSummaryTotals").startsWith("1 added"), text(robot, "#importSummaryTotals"));
        assertTrue(service.find(service.defaultUser(), "SND-DROP-0001").isPresent());
        assertTrue(vm.messages().stream().anyMatch(m -> m.contains("notes.pdf") && m.contains(".csv")),
                vm.messages().toString());
        assertFalse(table.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().startsWith("drop")),
                "the highlight goes when the files are dropped");
    }

    @Test
    void cancelAllFilteredListsTheFilteredSendsInTheBulkCancelDialog(FxRobot robot) throws TimeoutException {
        waitUntil(() -> vm.tracker().totalProperty().get() > 0);
        search(robot, EUROTRIP);
        Button filtered = robot.lookup("#bulkCancelFilteredButton").queryButton();
        waitUntil(() -> "Cancel all 3 filtered…".equals(filtered.getText()));
        assertFalse(filtered.isDisabled());
        robot.clickOn("#bulkCancelFilteredButton");
        waitUntil(() -> robot.lookup("#bulkCancelDialog").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#bulkCancelList").queryListView();
        assertEquals(3, list.getItems().size(), list.getItems().toString());
        for (String id : List.of("SND-EUR-0001", "SND-EUR-0002", "SND-EUR-0003")) {
            assertTrue(list.getItems().stream().anyMatch(l -> l.toString().startsWith(id + " · will cancel")),
                    list.getItems().toString());
        }
        javafx.scene.control.DialogPane pane = robot.lookup("#bulkCancelDialog").queryAs(
                javafx.scene.control.DialogPane.class);
        assertTrue(pane.getHeaderText().startsWith("All 3 filtered sends."), pane.getHeaderText());
    }
}
