package sendtracker.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

import sendtracker.domain.SendStatus;

/** The small labels the window draws in several places: status badges, tags and tooltips, one look for each. */
public final class Labels {
    private Labels() {
    }

    /** A coloured status label; the same in the table and the details pane. */
    public static Label badge(SendStatus status) {
        Label badge = new Label(status.displayName());
        badge.getStyleClass().addAll("status-badge", StatusStyle.of(status).styleClass());
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    public static Label tag(String text, String styleClass) {
        Label tag = new Label(text);
        tag.getStyleClass().addAll("tag", styleClass);
        tag.setMinWidth(Label.USE_PREF_SIZE);
        return tag;
    }

    /** Tooltips of repeated texts (a status's meaning, a type), by text; the newest few hundred kept. */
    private static final Map<String, Tooltip> SHARED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tooltip> eldest) {
            return size() > 300;
        }
    };

    /**
     * The tooltip for {@code text}, one instance for every node that shows the same text: a
     * table's rows repeat a few texts, and a tooltip costs a popup window to make
     * (docs/decisions/0014-launch-time.md). FX thread only.
     */
    public static Tooltip sharedTooltip(String text) {
        return SHARED.computeIfAbsent(text, Labels::tooltip);
    }

    /**
     * Gives {@code node} the tooltip {@code text} the first time the pointer enters it, for nodes
     * made again on every answer (the chips, the chart's bars): making a tooltip costs a popup
     * window, and most of those nodes are never pointed at (docs/decisions/0014-launch-time.md).
     * The tooltip starts its delay at the next move, as it would have had it been there before.
     */
    public static void tooltipWhenPointed(Node node, String text) {
        EventHandler<MouseEvent> entered = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, tooltip(text));
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, entered);
    }

    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        t.setShowDelay(Duration.millis(300));
        return t;
    }
}
