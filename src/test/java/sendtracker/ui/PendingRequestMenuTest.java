package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.Send;
import sendtracker.domain.User;
import sendtracker.service.SendService;

/**
 * Once a cancellation request waits for a send, its cancel item names the request instead of
 * offering another support request; the support dialog shows where the Support contact is set
 * to admins only (issue 17; docs/design.md, "Cancellation requests").
 */
class PendingRequestMenuTest {
    private SendService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Send> changed = new ArrayList<>();
    private TrackerViewModel tracker;
    private CancelFlow flow;

    @BeforeEach
    void open() {
        service = UiFixture.service();
        tracker = new TrackerViewModel(Jobs.direct());
        tracker.open(WindowSource.of(service), UiFixture.SAM.email(), s -> { });
        flow = new CancelFlow(tracker, dialogs, Jobs.direct(), changed::add);
        flow.trackRequests(new CancelRequestsViewModel(tracker, dialogs, Jobs.direct(), changed::add, () -> null));
    }

    @AfterEach
    void close() {
        service.store().close();
    }

    private Send row(String id) {
        User viewer = tracker.currentUser();
        return service.find(viewer, id).orElseThrow();
    }

    @Test
    void aSendWithARequestWaitingNamesItInsteadOfContactSupport() {
        assertEquals("Cancel — contact Support", flow.menuText(row(UiFixture.EGIFT)));
        assertNull(flow.pendingRequest(row(UiFixture.EGIFT)));

        flow.requests().request(row(UiFixture.EGIFT), "Wrong person");

        CancelRequest pending = flow.pendingRequest(row(UiFixture.EGIFT));
        assertTrue(pending != null && pending.state().isPending());
        assertEquals("Cancellation requested (" + pending.id() + ")", flow.menuText(row(UiFixture.EGIFT)));
        assertEquals("Cancel send…", flow.menuText(row(UiFixture.CANCELABLE)), "other sends unchanged");
    }

    @Test
    void onlyAnAdminIsToldWhereTheSupportContactIsSet() {
        flow.start(row(UiFixture.EGIFT));
        SupportDialog forSender = dialogs.support.get(dialogs.support.size() - 1);
        assertFalse(forSender.setupHint(), "a sender is not shown configuration");

        tracker.currentUserProperty().set(tracker.users().stream()
                .filter(u -> u.isEmail(UiFixture.ADMIN.email())).findFirst().orElseThrow());
        flow.start(row(UiFixture.EGIFT));
        SupportDialog forAdmin = dialogs.support.get(dialogs.support.size() - 1);
        assertTrue(forAdmin.setupHint());
        assertFalse(sendtracker.domain.Texts.get("ui.supportDialog.reach.unset").contains("settings.properties"));
        assertTrue(sendtracker.domain.Texts.get("ui.supportDialog.reach.unset.admin").contains("support.contact"));
    }
}
