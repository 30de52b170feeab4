package sendtracker.ui.table;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import sendtracker.domain.Send;
import sendtracker.domain.Texts;
import sendtracker.ui.CancelFlow;
import sendtracker.ui.CancelRequestsViewModel;
import sendtracker.ui.SendActions;

/**
 * The three-dot menu of one row: view details, cancel (its text says what will happen), a
 * tracked cancellation request when only Support can cancel (once one waits, the cancel item names
 * it and opens the details), copy the tracking link, open the tracking page. Cancel is never greyed
 * out: clicking it always tells the user something, the cancel itself or why not.
 */
public final class RowMenu {

    private RowMenu() {
    }

    /**
     * "Request cancellation…" for a send only Support can cancel (issue 17): asks for a reason and
     * records a tracked request (a send with one waiting gets no such item: its cancel item names it).
     */
    private static MenuItem requestItem(Send send, CancelRequestsViewModel requests) {
        MenuItem item = new MenuItem(Texts.get("ui.menu.requestCancel"));
        item.setId("requestCancelItem");
        item.setOnAction(e -> requests.askAndRequest(send));
        return item;
    }

    public static ContextMenu build(Send send, CancelFlow cancelFlow, SendActions actions) {
        MenuItem details = new MenuItem(Texts.get("ui.menu.details"));
        details.setId("viewDetailsItem");
        details.setOnAction(e -> actions.viewDetails().accept(send));

        MenuItem cancel = new MenuItem(cancelFlow.menuText(send));
        cancel.setId("cancelSendItem");
        cancel.setDisable(cancelFlow.readOnlyReason() != null);
        // a request already waits: the item names it and opens the details, where it is followed up
        boolean requested = cancelFlow.pendingRequest(send) != null;
        cancel.setOnAction(e -> (requested ? actions.viewDetails() : actions.cancel()).accept(send));

        String link = SendActions.trackingLink(send);
        MenuItem copy = new MenuItem(Texts.get("ui.menu.copyTracking"));
        copy.setId("copyTrackingItem");
        copy.setDisable(link == null);
        copy.setOnAction(e -> actions.copy().accept(link));

        MenuItem open = new MenuItem(Texts.get("ui.menu.openTracking"));
        open.setId("openTrackingItem");
        boolean hasUrl = send.trackingUrl() != null && !send.trackingUrl().isBlank();
        open.setDisable(!hasUrl);
        open.setOnAction(e -> actions.openUrl().accept(send.trackingUrl()));

        ContextMenu menu = new ContextMenu(details, new SeparatorMenuItem(), cancel, new SeparatorMenuItem(), copy, open);
        CancelRequestsViewModel requests = cancelFlow.requests();
        if (requests != null && requests.canChange() && cancelFlow.needsSupport(send) && !requested) {
            menu.getItems().add(3, requestItem(send, requests));
        }
        menu.getStyleClass().add("row-menu");
        return menu;
    }
}
