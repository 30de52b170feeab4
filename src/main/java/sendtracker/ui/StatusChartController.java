package sendtracker.ui;

import static sendtracker.ui.ViewBindings.converter;
import static sendtracker.ui.ViewBindings.showWhen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.Texts;

/**
 * Sends or their spend per status, team or campaign as bars (status-chart.fxml), for managers
 * and admins; chartView picks which. It shares the right-hand column with the details: shown
 * while no send is open. Spend bars are in the chart's main currency; other currencies are
 * named under the chart, never added in.
 */
public final class StatusChartController {
    private final TrackerViewModel tracker;
    private final DetailsViewModel details;
    private final SpendViewModel spend;
    /** Height per bar, and for the count axis and the chart's padding. */
    static final double BAR_ROW = 28;
    static final double CHART_AXIS_HEIGHT = 60;
    /** Teams or campaigns beyond this many bars are left out (the note says how many). */
    static final int MAX_BARS = 12;

    private final XYChart.Series<Number, String> series = new XYChart.Series<>();

    @FXML private VBox chartBox;
    @FXML private Label chartTitle;
    @FXML private ChoiceBox<ChartView> chartView;
    @FXML private BarChart<Number, String> statusChart;
    @FXML private Label chartNote;

    public StatusChartController(TrackerViewModel tracker, DetailsViewModel details, SpendViewModel spend) {
        this.tracker = tracker;
        this.details = details;
        this.spend = spend;
    }

    @FXML
    private void initialize() {
        // Nothing until counts arrive, and nothing for no sends: an empty axis says less than the table does.
        showWhen(chartBox, tracker.peopleFiltersProperty().and(details.sendProperty().isNull())
                .and(Bindings.createBooleanBinding(() -> tracker.statusCountsProperty().get().values().stream()
                        .anyMatch(n -> n > 0), tracker.statusCountsProperty())));
        statusChart.getData().add(series);
        chartView.getItems().setAll(ChartView.values());
        chartView.setConverter(converter(v -> Texts.get("ui.chart.view." + v.name())));
        chartView.setValue(ChartView.STATUS_COUNT);
        chartView.valueProperty().addListener((obs, old, view) -> {
            spend.chartGroupProperty().set(view == ChartView.STATUS_COUNT ? null : view.group());
            showBars();
        });
        showWhen(chartNote, chartNote.textProperty().isNotEmpty());
        NumberAxis axis = (NumberAxis) statusChart.getXAxis();
        // Round ticks of our own (ChartScale), so every label can be the exact count.
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickLabelFormatter(new StringConverter<Number>() {
            @Override
            public String toString(Number n) {
                // exact values for spend too: "1.2k" hides what 1,250 says (docs/design.md, the chart)
                return Formats.count(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        tracker.statusCountsProperty().addListener((obs, old, counts) -> showBars());
        spend.chartSpendProperty().addListener((obs, old, s) -> showBars());
    }

    /** One bar: its label, value, tooltip text and inline style (null for the chart's own colour). */
    private record Bar(String label, double value, String tip, String style) {
    }

    private void showBars() {
        ChartView view = chartView.getValue();
        List<Bar> bars = new ArrayList<>();
        String note = "";
        String title;
        if (view == ChartView.STATUS_COUNT) {
            Map<SendStatus, Long> counts = tracker.statusCountsProperty().get();
            for (SendStatus status : SendStatus.values()) {
                long n = counts.getOrDefault(status, 0L);
                if (n > 0) {
                    bars.add(new Bar(status.displayName(), n, Texts.get("ui.chart.bar", status.displayName(),
                            Formats.count(n)), StatusStyle.of(status).barFillStyle()));
                }
            }
            title = Texts.get("ui.chart.title");
        } else {
            Spend s = spend.chartSpendProperty().get();
            String currency = s.mainCurrency();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            if (view.spend()) {
                values.putAll(s.totalsIn(currency));
                List<String> others = new ArrayList<>();
                s.byCurrency().values().stream().filter(l -> l.currency() != null && !l.currency().equals(currency)
                        && l.sends() > l.withoutCost()).forEach(l -> others.add(Formats.money(l.total(), l.currency())));
                note = others.isEmpty() ? "" : Texts.get("ui.chart.otherCurrencies", String.join(" \u00b7 ", others));
            } else {
                for (Spend.Line l : s.lines()) {
                    values.merge(l.group() == null ? "" : l.group(), BigDecimal.valueOf(l.sends()), BigDecimal::add);
                }
            }
            List<Map.Entry<String, BigDecimal>> ordered = new ArrayList<>(values.entrySet());
            if (view.group() == SpendGroup.STATUS) {
                ordered.sort(Comparator.comparing(e -> SendStatus.valueOf(e.getKey()).ordinal()));
            } else {
                ordered.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed());
            }
            if (ordered.size() > MAX_BARS) {
                String more = Texts.get("ui.chart.moreBars", ordered.size() - MAX_BARS);
                note = note.isEmpty() ? more : note + " " + more;
                ordered = ordered.subList(0, MAX_BARS);
            }
            for (Map.Entry<String, BigDecimal> e : ordered) {
                String label = label(view, e.getKey());
                String shown = view.spend() ? Formats.money(e.getValue(), currency) : Formats.count(e.getValue().longValue());
                String style = view.group() == SpendGroup.STATUS
                        ? StatusStyle.of(SendStatus.valueOf(e.getKey())).barFillStyle() : null;
                bars.add(new Bar(label, e.getValue().doubleValue(), Texts.get("ui.chart.bar", label, shown), style));
            }
            title = Texts.get("ui.chart.title." + view.name(), currency == null ? "" : currency);
        }
        chartTitle.setText(title);
        chartNote.setText(note);
        draw(bars);
    }

    private static String label(ChartView view, String group) {
        switch (view.group()) {
            case STATUS:
                return SendStatus.valueOf(group).displayName();
            case TEAM:
                return group.isEmpty() ? Texts.get("ui.chart.noTeam") : group;
            default:
                return group.isEmpty() ? Texts.get("ui.chart.noCampaign") : group;
        }
    }

    private void draw(List<Bar> bars) {
        series.getData().clear();
        List<XYChart.Data<Number, String>> data = new ArrayList<>();
        double largest = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        ChartScale scale = ChartScale.of((long) Math.ceil(largest));
        NumberAxis axis = (NumberAxis) statusChart.getXAxis();
        axis.setUpperBound(scale.upper());
        axis.setTickUnit(scale.step());
        for (Bar b : bars) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(b.value(), b.label());
            StackPane node = new StackPane();
            if (b.style() != null) {
                // BarChart resets a bar's style classes, so the colour goes in as an inline style.
                node.setStyle(b.style());
            }
            Labels.tooltipWhenPointed(node, b.tip());
            bar.setNode(node);
            // The category axis lists from the bottom up: the first bar goes last to be on top.
            data.add(0, bar);
        }
        series.getData().setAll(data);
        // The chart grows with its bars: one bar is one slim bar, not the whole column.
        double height = CHART_AXIS_HEIGHT + Math.max(1, data.size()) * BAR_ROW;
        statusChart.setMinHeight(Math.min(height, CHART_AXIS_HEIGHT + 2 * BAR_ROW));
        statusChart.setMaxHeight(height);
    }
}
