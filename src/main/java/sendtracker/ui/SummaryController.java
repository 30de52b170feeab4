package sendtracker.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import sendtracker.domain.SendStatus;
import sendtracker.domain.Texts;

/**
 * The strip over the table (summary.fxml): how many sends match and what they (or the selected
 * ones) cost, a chip per status that narrows the table to it, the needs-attention toggle, the
 * cancellation requests' queue toggle with its count, and "clear filters".
 */
public final class SummaryController {
    private final TrackerViewModel tracker;
    private final SpendViewModel spend;
    private final CancelRequestsViewModel requests;

    @FXML private Label resultCount;
    @FXML private Label spendTotal;
    @FXML private ProgressIndicator queryRunning;
    @FXML private FlowPane statusChips;
    @FXML private ToggleButton attentionToggle;
    @FXML private ToggleButton cancelRequestsFilter;

    /**
     * With {@code spend} (what the sends cost) and {@code requests} (may be null: the toggle that
     * shows the queue of cancellation requests and counts them).
     */
    public SummaryController(TrackerViewModel tracker, SpendViewModel spend, CancelRequestsViewModel requests) {
        this.tracker = tracker;
        this.spend = spend;
        this.requests = requests;
    }

    @FXML
    private void initialize() {
        resultCount.textProperty().bind(tracker.resultCountTextProperty());
        queryRunning.visibleProperty().bind(tracker.loadingProperty());
        spendTotal.textProperty().bind(spend.textProperty());
        Tooltip spendDetails = Labels.tooltip("");
        spendDetails.textProperty().bind(spend.detailsProperty());
        spendTotal.setTooltip(spendDetails);
        ViewBindings.showWhen(spendTotal, spend.textProperty().isNotEmpty());
        attentionToggle.selectedProperty().bindBidirectional(tracker.attentionOnlyProperty());
        if (requests == null) {
            ViewBindings.showWhen(cancelRequestsFilter, new javafx.beans.property.SimpleBooleanProperty(false));
        } else {
            cancelRequestsFilter.textProperty().bind(requests.toggleTextProperty());
            cancelRequestsFilter.selectedProperty().bindBidirectional(requests.showQueueProperty());
            Tooltip.install(cancelRequestsFilter, Labels.tooltip(Texts.get("ui.requests.toggle.tip",
                    sendtracker.domain.CancelRequest.OVERDUE_WORKING_DAYS)));
        }
        tracker.statusesProperty().addListener((obs, old, statuses) -> showChips(tracker.statusCountsProperty().get()));
        tracker.statusCountsProperty().addListener((obs, old, counts) -> showChips(counts));
        // the first rows come before the first counts (they wait for the rows: docs/decisions/0014-launch-time.md):
        // until then a chip per status holds their room, so the table does not move down when the counts come
        tracker.totalProperty().addListener((obs, old, total) -> {
            if (total.longValue() > 0 && tracker.statusCountsProperty().get().isEmpty()) {
                showChips(Map.of());
            }
        });
    }

    @FXML
    private void onClearFilters() {
        tracker.clearFilters();
    }

    /** A chip per status with sends (or selected); before the first counts, when there are sends, one per status with its count to come. */
    private void showChips(Map<SendStatus, Long> counts) {
        statusChips.getChildren().clear();
        Set<SendStatus> selected = tracker.statusesProperty().get();
        boolean countsToCome = counts.isEmpty() && tracker.totalProperty().get() > 0;
        for (SendStatus status : SendStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            if (countsToCome || n > 0 || selected.contains(status)) {
                statusChips.getChildren().add(chip(status, countsToCome ? null : n, selected.contains(status)));
            }
        }
    }

    /** A count per status (null: still to come); clicking it narrows the table to that status (or back). */
    private Node chip(SendStatus status, Long count, boolean selected) {
        Label name = new Label(status.displayName());
        Label n = new Label(count == null ? Texts.get("ui.summary.countToCome") : Formats.count(count));
        n.getStyleClass().add(count == null ? "chip-count-to-come" : "chip-count");
        HBox chip = new HBox(6, name, n);
        chip.getStyleClass().addAll("status-chip", StatusStyle.of(status).styleClass());
        if (selected) {
            chip.getStyleClass().add("chip-selected");
        }
        chip.setOnMouseClicked(e -> {
            Set<SendStatus> now = EnumSet.noneOf(SendStatus.class);
            now.addAll(tracker.statusesProperty().get());
            if (!now.remove(status)) {
                now.add(status);
            }
            tracker.statusesProperty().set(now.isEmpty() ? Set.of() : now);
        });
        Labels.tooltipWhenPointed(chip, Texts.get(status.meaningKey(null)));
        return chip;
    }
}
