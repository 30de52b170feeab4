package sendtracker.ui.table;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.CampaignState;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.Send;
import sendtracker.domain.SendIssue;
import sendtracker.domain.Texts;
import sendtracker.ui.Formats;
import sendtracker.ui.Labels;

/**
 * The table's cells, one renderer per column. Every column's value is the whole send; each
 * cell draws the part it shows. A row whose page is still being fetched has no send yet and
 * shows as loading.
 */
public final class SendCells {
    private SendCells() {
    }

    /** Makes {@code column} show sends through {@code render}, which fills a fresh cell for one send. */
    public static void install(TableColumn<Send, Send> column, BiConsumer<TableCell<Send, Send>, Send> render) {
        install(column, render, false);
    }

    /** As above; {@code showsLoading} marks the column that says "Loading…" on rows still being fetched. */
    public static void install(TableColumn<Send, Send> column, BiConsumer<TableCell<Send, Send>, Send> render,
            boolean showsLoading) {
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(features.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Send send, boolean empty) {
                super.updateItem(send, empty);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                if (!empty && send == null && showsLoading) {
                    setText(Texts.get("ui.table.rowLoading"));
                }
                if (empty || send == null) {
                    return;
                }
                render.accept(this, send);
            }
        });
    }

    public static void attention(TableCell<Send, Send> cell, Send send, Supplier<Instant> now) {
        attention(cell, send, now, id -> null);
    }

    /**
     * The needs-attention flag, and beside it the "cancellation requested" marker when
     * {@code pending} knows a request on the send waiting for Support (issue 17).
     */
    public static void attention(TableCell<Send, Send> cell, Send send, Supplier<Instant> now,
            java.util.function.Function<String, CancelRequest> pending) {
        List<AttentionReason> reasons = AttentionReason.of(send, now.get());
        CancelRequest request = pending.apply(send.id());
        if (reasons.isEmpty() && request == null) {
            return;
        }
        HBox flags = new HBox(3);
        flags.setAlignment(Pos.CENTER);
        StringBuilder tip = new StringBuilder();
        if (!reasons.isEmpty()) {
            Label flag = new Label("!");
            flag.getStyleClass().add("attention-flag");
            flags.getChildren().add(flag);
            tip.append(Formats.attentionReasons(reasons));
        }
        if (request != null) {
            Label marker = new Label("↻");
            marker.getStyleClass().add("request-marker");
            if (request.isOverdue(now.get())) {
                marker.getStyleClass().add("request-overdue");
            }
            flags.getChildren().add(marker);
            tip.append(tip.length() == 0 ? "" : "\n").append(Texts.get("ui.requests.marker", request.id(),
                    request.state().displayName(), Formats.duration(request.age(now.get()))));
        }
        cell.setGraphic(flags);
        cell.setTooltip(Labels.sharedTooltip(tip.toString()));
    }

    public static void created(TableCell<Send, Send> cell, Send send) {
        cell.setGraphic(twoLines(Formats.date(send.createdAt()), Formats.time(send.createdAt())));
    }

    public static void recipient(TableCell<Send, Send> cell, Send send) {
        String second = send.recipientCompany() != null && !send.recipientCompany().isBlank()
                ? send.recipientCompany() : send.recipientEmail();
        cell.setGraphic(twoLines(Formats.orDash(send.recipientName()), second));
    }

    public static void sender(TableCell<Send, Send> cell, Send send) {
        cell.setGraphic(twoLines(Formats.orDash(send.senderName()), send.team()));
    }

    public static void type(TableCell<Send, Send> cell, Send send) {
        HBox box = new HBox(6, new Label(send.typeDisplayName()));
        box.setAlignment(Pos.CENTER_LEFT);
        String full = send.subtype() == null || send.subtype().isBlank() ? send.typeDisplayName()
                : send.typeDisplayName() + " \u00B7 " + send.subtype();
        if (send.testMode()) {
            box.getChildren().add(Labels.tag(Texts.get("ui.tag.test"), "tag-test"));
            full += "\n" + Texts.get("ui.tag.test.tooltip");
        }
        cell.setTooltip(Labels.sharedTooltip(full));
        cell.setGraphic(box);
    }

    public static void campaign(TableCell<Send, Send> cell, Send send) {
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        Label name = new Label(Formats.orDash(send.campaign()));
        name.setMinWidth(0);
        box.getChildren().add(name);
        if (send.campaignState() != CampaignState.ACTIVE) {
            box.getChildren().add(Labels.tag(Texts.get("ui.campaign." + send.campaignState().name()),
                    "tag-campaign-" + send.campaignState().name().toLowerCase(Locale.ROOT)));
            cell.setTooltip(Labels.sharedTooltip(Formats.orDash(send.campaign()) + "\n"
                    + Texts.get("ui.campaign." + send.campaignState().name() + ".tooltip")));
        } else if (send.campaign() != null && !send.campaign().isBlank()) {
            cell.setTooltip(Labels.sharedTooltip(send.campaign()));
        }
        cell.setGraphic(box);
    }

    public static void status(TableCell<Send, Send> cell, Send send) {
        cell.setGraphic(Labels.badge(send.status()));
        cell.setTooltip(Labels.sharedTooltip(Texts.get(send.status().meaningKey(send.type()))));
    }

    public static void issue(TableCell<Send, Send> cell, Send send) {
        SendIssue issue = send.issue();
        if (issue == null) {
            return;
        }
        Label marker = new Label("\u26A0");
        marker.getStyleClass().add("issue-marker");
        cell.setGraphic(marker);
        cell.setTooltip(Labels.sharedTooltip(issue.displayName() + ": " + Texts.get(issue.meaningKey())));
    }

    public static void tracking(TableCell<Send, Send> cell, Send send) {
        if (send.trackingNumber() == null || send.trackingNumber().isBlank()) {
            return;
        }
        Node lines = twoLines(send.trackingNumber(), send.carrier());
        lines.getStyleClass().add("tracking-cell");
        cell.setGraphic(lines);
        cell.setTooltip(Labels.sharedTooltip(send.carrier() == null || send.carrier().isBlank() ? send.trackingNumber()
                : send.trackingNumber() + " \u00B7 " + send.carrier()));
    }

    public static void cost(TableCell<Send, Send> cell, Send send) {
        cell.setText(Formats.money(send.cost(), send.currency()));
    }

    private static Node twoLines(String first, String second) {
        Label top = new Label(first);
        top.getStyleClass().add("cell-primary");
        VBox box = new VBox(1, top);
        if (second != null && !second.isBlank()) {
            Label bottom = new Label(second);
            bottom.getStyleClass().add("cell-secondary");
            box.getChildren().add(bottom);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        top.setContentDisplay(ContentDisplay.TEXT_ONLY);
        return box;
    }
}
