package sendtracker.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.service.SendSource;

/**
 * What the shown sends cost (spendTotal): the whole filtered set's spend per currency, asked of
 * the index or the store off the FX thread whenever the query answers anew or its sends changed
 * in place, or, while several rows are selected, the selected rows' cost. Also the chart's spend
 * per status, team or campaign, from the same pass over the sends when the chart's filter is the
 * table's. Amounts are never added across currencies (docs/design.md, "Spend").
 */
public final class SpendViewModel {
    private final TrackerViewModel tracker;
    private final Jobs jobs;
    private final ReadOnlyObjectWrapper<Spend> filtered = new ReadOnlyObjectWrapper<>(this, "filtered", Spend.NONE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    /** Null while the chart shows only counts per status (those come with the query): no spend is asked for it. */
    private final ObjectProperty<SpendGroup> chartGroup = new SimpleObjectProperty<>(this, "chartGroup");
    private final ReadOnlyObjectWrapper<Spend> chartSpend = new ReadOnlyObjectWrapper<>(this, "chartSpend",
            Spend.NONE);
    private ObservableList<Integer> selectedRows;
    /** Counts the questions asked; an answer to an older one is dropped. */
    private volatile long generation;

    public SpendViewModel(TrackerViewModel tracker, Jobs jobs) {
        this.tracker = tracker;
        this.jobs = jobs;
        // A new page list means the query ran again; a change in place, that sends changed (a cancel, elsewhere).
        tracker.rowsProperty().addListener((obs, old, rows) -> ask());
        tracker.changesInPlaceProperty().addListener((obs, old, n) -> ask());
        chartGroup.addListener((obs, old, group) -> ask());
    }

    /** The table's selected row indices; with two or more the selection's cost is shown. */
    public void followSelection(ObservableList<Integer> indices) {
        selectedRows = indices;
        indices.addListener((ListChangeListener<Integer>) c -> show());
    }

    private void ask() {
        // after the window's first rows (docs/decisions/0014-launch-time.md); only the newest question counts
        tracker.firstRowsGate().run(this, this::askNow);
    }

    private void askNow() {
        SendSource sends = tracker.sends();
        User viewer = tracker.currentUser();
        if (sends == null || viewer == null) {
            return;
        }
        long gen = ++generation;
        SendFilter f = tracker.filterProperty().get();
        SpendGroup group = chartGroup.get();
        // By status the chart shows every status, as its counts do: the status filter is left out there.
        SendFilter chartFilter = group == SpendGroup.STATUS ? f.withStatuses(null) : f;
        jobs.submit(p -> gen != generation ? null : spendOf(sends, viewer, f, group, chartFilter),
                answer -> {
                    if (gen == generation && answer != null) {
                        filtered.set(answer.total());
                        chartSpend.set(answer.chart());
                        show();
                    }
                }, failure -> { });
    }

    private record Answer(Spend total, Spend chart) {
    }

    /** The filtered set's total and the chart's lines; one pass when both have the same filter. */
    private static Answer spendOf(SendSource sends, User viewer, SendFilter f, SpendGroup group, SendFilter chartFilter) {
        if (group == null) {
            return new Answer(sends.spend(viewer, f, SpendGroup.NONE), Spend.NONE);
        }
        Spend chart = sends.spend(viewer, chartFilter, group);
        Spend total = chartFilter.equals(f) ? new Spend(List.copyOf(chart.byCurrency().values()))
                : sends.spend(viewer, f, SpendGroup.NONE);
        return new Answer(total, chart);
    }

    /** The label's text and tooltip, from the selection when several rows are selected, else the filtered set. */
    private void show() {
        PagedSendList rows = tracker.rows();
        List<Integer> selected = selectedRows == null ? List.of() : selectedRows;
        int n = selected.size();
        if (n < 2 || n >= rows.size()) {
            Spend spend = filtered.get();
            String figures = figures(spend);
            text.set(n >= 2 && !figures.isEmpty() ? Texts.get("ui.spend.selected", figures) : figures);
            details.set(spend.sends() == 0 ? "" : Texts.get(n >= 2 ? "ui.spend.tooltip.selected"
                    : "ui.spend.tooltip.filtered", spend.sends()) + "\n" + perCurrency(spend));
            return;
        }
        List<Spend.Line> lines = new ArrayList<>();
        int notLoaded = 0;
        for (Integer index : selected) {
            // Only rows in memory: asking for the others would fetch their pages.
            if (index == null || index < 0 || index >= rows.size() || !rows.isLoaded(index) || rows.get(index) == null) {
                notLoaded++;
                continue;
            }
            Send s = rows.get(index);
            lines.add(new Spend.Line(null, s.currency(), 1, s.cost() == null ? 1 : 0,
                    s.cost() == null ? BigDecimal.ZERO : s.cost()));
        }
        Spend spend = Spend.of(lines);
        String figures = figures(spend);
        text.set(figures.isEmpty() ? "" : Texts.get("ui.spend.selected", figures));
        String tip = Texts.get("ui.spend.tooltip.selected", spend.sends()) + "\n" + perCurrency(spend);
        details.set(notLoaded == 0 ? tip : tip + "\n" + Texts.get("ui.spend.notLoaded", notLoaded));
    }

    /** The currencies with the most priced sends first (ties by code): the figure people look for leads. */
    static List<Spend.Line> mostSendsFirst(Spend spend) {
        List<Spend.Line> lines = new ArrayList<>(spend.byCurrency().values());
        lines.sort(java.util.Comparator.comparingLong((Spend.Line l) -> l.withoutCost() - l.sends()));
        return lines;
    }

    /** "$1,234.50 · €310.00": one figure per currency, never a sum across them. */
    static String figures(Spend spend) {
        List<String> parts = new ArrayList<>();
        for (Spend.Line l : mostSendsFirst(spend)) {
            if (l.sends() > l.withoutCost()) {
                parts.add(money(l.total(), l.currency()));
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    /** The tooltip's lines: each currency's amount and how many sends it is, and those without a cost. */
    static String perCurrency(Spend spend) {
        List<String> out = new ArrayList<>();
        long withoutCost = 0;
        for (Spend.Line l : mostSendsFirst(spend)) {
            long priced = l.sends() - l.withoutCost();
            withoutCost += l.withoutCost();
            if (priced > 0) {
                out.add(Texts.get("ui.spend.tooltip.line", money(l.total(), l.currency()), priced));
            }
        }
        if (withoutCost > 0) {
            out.add(Texts.get("ui.spend.tooltip.noCost", withoutCost));
        }
        return String.join("\n", out);
    }

    static String money(BigDecimal amount, String currency) {
        if (currency != null && !currency.isBlank()) {
            return Formats.money(amount, currency);
        }
        java.text.NumberFormat plain = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
        plain.setMinimumFractionDigits(2);
        plain.setMaximumFractionDigits(2);
        return Texts.get("ui.spend.noCurrency", plain.format(amount));
    }

    /** "$1,234.50 · €310.00", "Selected: …" for a selection, "" when nothing shown has a cost. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The tooltip: how many sends each figure is, those without a cost, rows of the selection not loaded. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Spend> filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** What the chart groups by when it shows spend, or counts per team or campaign; null for counts per status. */
    public ObjectProperty<SpendGroup> chartGroupProperty() {
        return chartGroup;
    }

    /** The chart's spend per {@link #chartGroupProperty()} and currency. */
    public ReadOnlyObjectProperty<Spend> chartSpendProperty() {
        return chartSpend.getReadOnlyProperty();
    }
}
