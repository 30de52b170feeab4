package sendtracker.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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

    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        t.setShowDelay(Duration.millis(300));
        return t;
    }
}
