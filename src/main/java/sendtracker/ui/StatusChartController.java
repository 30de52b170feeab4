package sendtracker.ui;

import static sendtracker.ui.ViewBindings.showWhen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
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
    /** Height per bar, and for the count axis and the chart's padding. */
    static final double BAR_ROW = 28;
    static final double CHART_AXIS_HEIGHT = 60;

    private final XYChart.Series<Number, String> series = new XYChart.Series<>();

    @FXML private VBox chartBox;
    @FXML private BarChart<Number, String> statusChart;

    public StatusChartController(TrackerViewModel tracker, DetailsViewModel details) {
        this.tracker = tracker;
        this.details = details;
    }

    @FXML
    private void initialize() {
        // Nothing until counts arrive, and nothing for no sends: an empty axis says less than the table does.
        showWhen(chartBox, tracker.peopleFiltersProperty().and(details.sendProperty().isNull())
                .and(Bindings.createBooleanBinding(() -> tracker.statusCountsProperty().get().values().stream()
                        .anyMatch(n -> n > 0), tracker.statusCountsProperty())));
        statusChart.getData().add(series);
        NumberAxis axis = (NumberAxis) statusChart.getXAxis();
        // Round ticks of our own (ChartScale), so every label can be the exact count.
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickLabelFormatter(new StringConverter<Number>() {
            @Override
            public String toString(Number n) {
                return Formats.count(Math.round(n.doubleValue()));
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
        long largest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        ChartScale scale = ChartScale.of(largest);
        NumberAxis axis = (NumberAxis) statusChart.getXAxis();
        axis.setUpperBound(scale.upper());
        axis.setTickUnit(scale.step());
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
        // The chart grows with its bars: one status gets one slim bar, not the whole column.
        double height = CHART_AXIS_HEIGHT + Math.max(1, bars.size()) * BAR_ROW;
        statusChart.setMinHeight(Math.min(height, CHART_AXIS_HEIGHT + 2 * BAR_ROW));
        statusChart.setMaxHeight(height);
    }
}
