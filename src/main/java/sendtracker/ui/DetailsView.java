package sendtracker.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import sendtracker.domain.PostalAddress;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Texts;

/**
 * Draws the details pane from {@link DetailsViewModel}: the send's header and actions, its
 * cancellation request ({@link RequestSection}) when it has one, then Send info, Recipient, Recipient message, Gift, Tracking and the Recent Updates timeline.
 */
public final class DetailsView {
    private final VBox content;
    private final DetailsViewModel model;
    private final CancelFlow cancelFlow;
    private final SendActions actions;

    public DetailsView(VBox content, DetailsViewModel model, CancelFlow cancelFlow, SendActions actions) {
        this.content = content;
        this.model = model;
        this.cancelFlow = cancelFlow;
        this.actions = actions;
        model.sendProperty().addListener((obs, old, send) -> render());
        model.timeline().addListener((ListChangeListener<TimelineEntry>) c -> render());
        render();
    }

    private void render() {
        Send send = model.send();
        content.getChildren().clear();
        if (send == null) {
            Label empty = new Label(Texts.get("ui.details.empty"));
            empty.getStyleClass().add("details-empty");
            empty.setWrapText(true);
            content.getChildren().add(empty);
            return;
        }
        content.getChildren().add(header(send));
        if (!model.attention().isEmpty()) {
            Label warn = new Label(Formats.attentionReasons(model.attention()));
            warn.setWrapText(true);
            warn.getStyleClass().add("attention-box");
            warn.setMaxWidth(Double.MAX_VALUE);
            content.getChildren().add(warn);
        }
        if (send.latestCancelRequest() != null && cancelFlow.requests() != null) {
            content.getChildren().add(RequestSection.of(send, cancelFlow.requests()));
        }
        content.getChildren().addAll(
                section("ui.details.sendInfo", sendInfo(send)),
                section("ui.details.tracking", tracking(send)),
                section("ui.details.recipient", recipient(send)),
                section("ui.details.message", message(send)),
                section("ui.details.gift", gift(send)),
                section("ui.details.updates", timeline()));
    }

    private Node header(Send send) {
        Label title = new Label(Formats.orDash(send.recipientName()));
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        HBox badges = new HBox(8, Labels.badge(send.status()));
        badges.setAlignment(Pos.CENTER_LEFT);
        if (send.testMode()) {
            badges.getChildren().add(Labels.tag(Texts.get("ui.tag.test"), "tag-test"));
        }
        Label since = new Label(Texts.get("ui.details.since",
                Formats.duration(model.timeInStatus())));
        since.getStyleClass().add("muted");
        badges.getChildren().add(since);
        Label meaning = new Label(Texts.get(send.status().meaningKey(send.type())));
        meaning.setWrapText(true);
        meaning.getStyleClass().add("muted");
        VBox about = new VBox(4, meaning);
        if (model.refundExpectedBy() != null) {
            Label refund = new Label(Texts.get("ui.details.refundPending", Formats.money(send.cost(), send.currency()),
                    Formats.orDash(send.fundingSource()), Formats.dateTime(model.refundExpectedBy())));
            refund.setId("refundPending");
            refund.setWrapText(true);
            refund.getStyleClass().add("refund-pending");
            about.getChildren().add(refund);
        }

        Button cancel = new Button(cancelFlow.menuText(send));
        cancel.setId("detailsCancelButton");
        boolean allowed = model.cancelPreviewProperty().get() != null
                && model.cancelPreviewProperty().get().allowsSelfCancel();
        cancel.getStyleClass().add(allowed ? "danger-button" : "quiet-button");
        if (cancelFlow.pendingRequest(send) != null) {
            // the request's own section, just below, is where it is followed up
            cancel.setOnAction(e -> focusRequestSection());
        } else {
            cancel.setOnAction(e -> actions.cancel().accept(send));
        }
        String link = SendActions.trackingLink(send);
        Button copy = new Button(Texts.get("ui.menu.copyTracking"));
        copy.setDisable(link == null);
        copy.setOnAction(e -> actions.copy().accept(link));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(8, 8, ReadOnlyCancel.guard(cancel, cancelFlow.readOnlyReason()), copy);

        VBox box = new VBox(8, title, badges, about, buttons);
        box.getStyleClass().add("details-header");
        return box;
    }

    /** Moves the focus to the cancellation request's first step (or the section), shown under the header. */
    private void focusRequestSection() {
        javafx.scene.Node section = content.lookup("#cancelRequestSection");
        if (section == null) {
            return;
        }
        javafx.scene.Node step = section.lookup(".button");
        (step != null ? step : section).requestFocus();
    }

    private GridPane sendInfo(Send send) {
        Grid g = new Grid();
        g.copyable("ui.field.sendId", send.id());
        g.row("ui.field.type", send.subtype() == null || send.subtype().isBlank() ? send.typeDisplayName()
                : send.typeDisplayName() + " \u00B7 " + send.subtype());
        g.row("ui.field.created", Formats.dateTime(send.createdAt()));
        g.row("ui.field.sender", joinLines(send.senderName(), send.senderEmail()));
        g.row("ui.field.team", send.team());
        g.row("ui.field.campaign", send.campaign() == null ? null
                : Texts.get("ui.details.campaignState", send.campaign(),
                        Texts.get("ui.campaign." + send.campaignState().name())));
        g.row("ui.field.sentVia", send.sentVia());
        g.row("ui.field.testMode", Texts.get(send.testMode() ? "ui.yes" : "ui.no"));
        g.row("ui.field.cost", Formats.money(send.cost(), send.currency()));
        g.row("ui.field.funding", send.fundingSource());
        g.row("ui.field.addressConfirmation", !send.addressConfirmation() ? Texts.get("ui.details.confirmation.off")
                : send.addressConfirmed() ? Texts.get("ui.details.confirmation.done", Formats.dateTime(send.addressConfirmedAt()))
                // A closed send waits for nobody: "waiting for the recipient" would be stale after a cancel.
                : SendStatus.CLOSED.contains(send.status()) ? Texts.get("ui.details.confirmation.closed")
                : Texts.get("ui.details.confirmation.pending"));
        if (send.issue() != null) {
            g.row("ui.field.issue", send.issue().displayName() + " \u2014 " + Texts.get(send.issue().meaningKey()));
        }
        return g.pane;
    }

    private Node tracking(Send send) {
        if (send.trackingNumber() == null && send.trackingUrl() == null) {
            return muted(Texts.get(send.type().isPhysical() ? "ui.details.noTracking" : "ui.details.noTracking.egift"));
        }
        Grid g = new Grid();
        g.row("ui.field.carrier", send.carrier());
        g.copyable("ui.field.trackingNumber", send.trackingNumber());
        if (send.trackingUrl() != null && !send.trackingUrl().isBlank()) {
            Hyperlink link = new Hyperlink(Texts.get("ui.details.trackingOpen"));
            link.setId("trackingLink");
            link.setOnAction(e -> actions.openUrl().accept(send.trackingUrl()));
            g.node("ui.field.trackingUrl", link);
        }
        return g.pane;
    }

    private Node recipient(Send send) {
        Grid g = new Grid();
        g.row("ui.field.name", send.recipientName());
        g.row("ui.field.email", send.recipientEmail());
        g.row("ui.field.company", send.recipientCompany());
        g.row("ui.field.address", address(send.address()));
        return g.pane;
    }

    private Node message(Send send) {
        if (send.recipientMessage() == null || send.recipientMessage().isBlank()) {
            return muted(Texts.get("ui.details.noMessage"));
        }
        Label text = new Label(send.recipientMessage());
        text.setWrapText(true);
        text.getStyleClass().add("recipient-message");
        text.setMaxWidth(Double.MAX_VALUE);
        return text;
    }

    private Node gift(Send send) {
        Grid g = new Grid();
        g.row("ui.field.gift", send.gift());
        g.row("ui.field.quantity", Integer.toString(send.quantity()));
        return g.pane;
    }

    private Node timeline() {
        VBox list = new VBox(0);
        list.getStyleClass().add("timeline");
        if (model.timeline().isEmpty()) {
            list.getChildren().add(muted(Texts.get(model.loadingProperty().get()
                    ? "ui.details.loadingHistory" : "ui.details.noHistory")));
            return list;
        }
        for (TimelineEntry entry : model.timeline()) {
            Region dot = new Region();
            dot.getStyleClass().addAll("timeline-dot", StatusStyle.of(entry.status()).styleClass());
            Label status = new Label(entry.status().displayName());
            status.getStyleClass().add("timeline-status");
            Label spent = new Label(Texts.get(entry.current() ? "ui.timeline.current" : "ui.timeline.spent",
                    Formats.duration(entry.timeInStatus())));
            spent.getStyleClass().add("timeline-spent");
            status.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(8, status, spent);
            top.setAlignment(Pos.CENTER_LEFT);
            String who = entry.actor() == null || entry.actor().isBlank() ? "" : " \u00B7 " + entry.actor();
            Label when = new Label(Formats.dateTime(entry.at()) + who);
            when.getStyleClass().add("muted");
            VBox text = new VBox(2, top, when);
            if (entry.note() != null && !entry.note().isBlank()) {
                Label note = new Label(entry.note());
                note.setWrapText(true);
                note.getStyleClass().add("timeline-note");
                text.getChildren().add(note);
            }
            HBox row = new HBox(10, dot, text);
            row.getStyleClass().add("timeline-entry");
            HBox.setHgrow(text, Priority.ALWAYS);
            list.getChildren().add(row);
        }
        return list;
    }

    private static Node section(String titleKey, Node body) {
        Label title = new Label(Texts.get(titleKey));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(6, title, body);
        box.getStyleClass().add("details-section");
        return box;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }

    private static String address(PostalAddress a) {
        if (a == null || a.isEmpty()) {
            return null;
        }
        String region = String.join(" ", nonBlank(a.region()), nonBlank(a.postalCode())).trim();
        String cityLine = nonBlank(a.city()).isEmpty() ? region
                : region.isEmpty() ? nonBlank(a.city()) : nonBlank(a.city()) + ", " + region;
        return joinLines(a.line1(), a.line2(), cityLine, a.country());
    }

    private static String nonBlank(String s) {
        return s == null ? "" : s.trim();
    }

    private static String joinLines(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(p.trim());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Label/value rows in two columns. */
    private static final class Grid {
        final GridPane pane = new GridPane();
        private int rows;

        Grid() {
            pane.setHgap(12);
            pane.setVgap(5);
            pane.getStyleClass().add("details-grid");
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(96);
            labels.setPrefWidth(104);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setFillWidth(true);
            pane.getColumnConstraints().addAll(labels, values);
            pane.setPadding(new Insets(0));
        }

        void row(String key, String value) {
            Label v = new Label(Formats.orDash(value));
            v.setWrapText(true);
            v.getStyleClass().add("field-value");
            node(key, v);
        }

        /** A value the user may want to select and copy (ids, tracking numbers). */
        void copyable(String key, String value) {
            if (value == null || value.isBlank()) {
                row(key, null);
                return;
            }
            TextField v = new TextField(value);
            v.setEditable(false);
            v.getStyleClass().addAll("field-value", "copyable-value");
            node(key, v);
        }

        void node(String key, Node value) {
            Label k = new Label(Texts.get(key));
            k.getStyleClass().add("field-label");
            k.setMinWidth(Region.USE_PREF_SIZE);
            pane.addRow(rows++, k, value);
        }
    }
}
