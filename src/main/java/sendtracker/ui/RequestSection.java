package sendtracker.ui;

import java.time.Instant;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.CancelRequestStep;
import sendtracker.domain.Send;
import sendtracker.domain.Texts;

/**
 * The details pane's "Cancellation request" section (issue 17): the send's latest request — its
 * state, who asked and when, the reason, Support's case number and answer — and the steps the
 * user may take on it: managers and admins mark it sent and record Support's answer, anyone who
 * sees the send withdraws it while it waits. Ids for TestFX: cancelRequestSection, requestState,
 * markSentButton, resolveCanceledButton, resolveDeclinedButton, withdrawRequestButton.
 */
final class RequestSection {
    private RequestSection() {
    }

    static Node of(Send send, CancelRequestsViewModel requests) {
        CancelRequest r = send.latestCancelRequest();
        Instant now = requests.now();
        Label title = new Label(Texts.get("ui.details.request"));
        title.getStyleClass().add("section-title");
        Label state = new Label(Texts.get("ui.details.request.state", r.state().displayName(), r.id()));
        state.setId("requestState");
        state.getStyleClass().addAll("request-state", r.state().isPending() ? "request-pending" : "request-closed");
        state.setWrapText(true);
        VBox box = new VBox(6, title, state);
        box.setId("cancelRequestSection");
        box.getStyleClass().addAll("details-section", "request-section");
        if (r.isOverdue(now)) {
            Label late = new Label(Texts.get("ui.details.request.overdue", CancelRequest.OVERDUE_WORKING_DAYS));
            late.setId("requestOverdue");
            late.setWrapText(true);
            late.getStyleClass().add("attention-box");
            box.getChildren().add(late);
        }
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(5);
        grid.getStyleClass().add("details-grid");
        int row = 0;
        row = line(grid, row, "ui.details.request.by", Texts.get("ui.details.request.when",
                Formats.orDash(r.requestedBy()), Formats.dateTime(r.requestedAt()), Formats.duration(r.age(now))));
        row = line(grid, row, "ui.details.request.reason", r.reason());
        row = line(grid, row, "ui.details.request.case", r.caseNo());
        if (r.sentAt() != null) {
            row = line(grid, row, "ui.details.request.sent", Texts.get("ui.details.request.stepBy",
                    Formats.orDash(r.sentBy()), Formats.dateTime(r.sentAt())));
        }
        if (r.resolvedAt() != null) {
            row = line(grid, row, "ui.details.request.resolved", Texts.get("ui.details.request.stepBy",
                    Formats.orDash(r.resolvedBy()), Formats.dateTime(r.resolvedAt())));
        }
        line(grid, row, "ui.details.request.answer", r.note());
        box.getChildren().add(grid);
        if (send.cancelRequests().size() > 1) {
            Label earlier = new Label(Texts.get("ui.details.request.earlier", send.cancelRequests().size() - 1));
            earlier.getStyleClass().add("muted");
            box.getChildren().add(earlier);
        }
        FlowPane actions = new FlowPane(8, 8);
        if (r.state().isPending() && requests.canResolve()) {
            if (r.state() == CancelRequestState.OPEN) {
                actions.getChildren().add(button("markSentButton", "ui.details.request.markSent", r,
                        CancelRequestStep.MARK_SENT, requests));
            }
            actions.getChildren().addAll(
                    button("resolveCanceledButton", "ui.details.request.resolveCanceled", r,
                            CancelRequestStep.RESOLVE_CANCELED, requests),
                    button("resolveDeclinedButton", "ui.details.request.resolveDeclined", r,
                            CancelRequestStep.RESOLVE_DECLINED, requests));
        }
        if (r.state().isPending() && requests.canChange()) {
            actions.getChildren().add(button("withdrawRequestButton", "ui.details.request.withdraw", r,
                    CancelRequestStep.WITHDRAW, requests));
        }
        if (!actions.getChildren().isEmpty()) {
            box.getChildren().add(actions);
        }
        return box;
    }

    private static Button button(String id, String key, CancelRequest r, CancelRequestStep step,
            CancelRequestsViewModel requests) {
        Button b = new Button(Texts.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add(step == CancelRequestStep.RESOLVE_CANCELED ? "danger-button" : "quiet-button");
        b.setOnAction(e -> requests.askAndStep(r, step));
        return b;
    }

    private static int line(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label k = new Label(Texts.get(key));
        k.getStyleClass().add("field-label");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        v.getStyleClass().add("field-value");
        grid.addRow(row, k, v);
        return row + 1;
    }
}
