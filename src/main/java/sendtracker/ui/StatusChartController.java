package sendtracker.ui;

import static sendtracker.ui.ViewBindings.showWhen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import sendtracker.domain.SendStatus;
import sendtracker.domain.Texts;

/**
 * Sends per status as bars (status-chart.fxml), for managers and admins. It shares the
 * right-hand column with the details: shown while no send is open.
 */
public final class StatusChartController {
    private final TrackerViewModel tracker;
    private final DetailsViewModel details;
    private final XYChart.Series<Number, String> series = new XYChart.Series<>();

    @FXML private VBox chartBox;
    @FXML private BarChart<Number, String> statusChart;

    public StatusChartController(TrackerViewModel tracker, DetailsViewModel details) {
        this.tracker = tracker;
        this.details = details;
    }

    @FXML
    private void initialize() {
        showWhen(chartBox, tracker.peopleFiltersProperty().and(details.sendProperty().isNull()));
        statusChart.getData().add(series);
        // Counts in the thousands would run into each other on a narrow axis: 1.5k, 200k, 1.2M.
        ((NumberAxis) statusChart.getXAxis()).setTickLabelFormatter(new StringConverter<Number>() {
            @Override
            public String toString(Number n) {
                return Formats.compactCount(n.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        tracker.statusCountsProperty().addListener((obs, old, counts) -> showBars(counts));
    }

    private void showBars(Map<SendStatus, Long> counts) {
        series.getData().clear();
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        for (SendStatus status : SendStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            if (n == 0) {
                continue;
            }
            XYChart.Data<Number, String> bar = new XYChart.Data<>(n, status.displayName());
            StackPane node = new StackPane();
            // BarChart resets a bar's style classes, so the colour goes in as an inline style.
            node.setStyle(StatusStyle.of(status).barFillStyle());
            Tooltip.install(node, Labels.tooltip(Texts.get("ui.chart.bar", status.displayName(), Formats.count(n))));
            bar.setNode(node);
            // The category axis lists from the bottom up: the first status goes last to be on top.
            bars.add(0, bar);
        }
        series.getData().setAll(bars);
    }
}
