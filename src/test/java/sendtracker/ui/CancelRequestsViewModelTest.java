package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.CancelRequestStep;
import sendtracker.domain.Send;
import sendtracker.service.SendService;

/** The window's cancellation requests without a screen: who may do what, the queue, the support dialog's offer. */
class CancelRequestsViewModelTest {
    private SendService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Send> changed = new ArrayList<>();
    private TrackerViewModel tracker;
    private CancelFlow flow;
    private CancelRequestsViewModel requests;

    @BeforeEach
    void open() {
        service = UiFixture.service();
        tracker = new TrackerViewModel(Jobs.direct());
        flow = new CancelFlow(tracker, dialogs, Jobs.direct(), changed::add);
        requests = new CancelRequestsViewModel(tracker, dialogs, Jobs.direct(), changed::add, flow::readOnlyReason);
        flow.trackRequests(requests);
        tracker.open(WindowSource.of(service), UiFixture.SAM.email(), s -> { });
    }

    @AfterEach
    void close() {
        service.store().close();
    }

    private Send row(String id) {
        return service.find(tracker.currentUser(), id).orElseThrow();
    }

    @Test
    void aSenderRequestsAndWithdrawsButDoesNotResolve() {
        assertTrue(requests.canChange());
        assertFalse(requests.canResolve(), "a sender does not mark sent or resolve");
        assertEquals("Cancel requests (0)", requests.toggleTextProperty().get());

        requests.request(row(UiFixture.EGIFT), "  Left the company ");
        assertEquals(1, requests.queue().size());
        CancelRequest made = requests.pendingFor(UiFixture.EGIFT);
        assertNotNull(made);
        assertEquals("Left the company", made.reason());
        assertEquals(UiFixture.SAM.email(), made.requestedBy());
        assertEquals("Cancel requests (1)", requests.toggleTextProperty().get());
        assertEquals(made.id(), changed.get(changed.size() - 1).latestCancelRequest().id(), "the row follows");
        assertTrue(requests.noticeProperty().get().contains(made.id()), requests.noticeProperty().get());

        requests.request(row(UiFixture.EGIFT), null);
        assertEquals(1, dialogs.infos.size(), "a second request is refused and says so");
        assertTrue(dialogs.infos.get(0).contains(made.id()), dialogs.infos.get(0));

        requests.step(made, CancelRequestStep.WITHDRAW, "");
        assertTrue(requests.queue().isEmpty());
        assertNull(requests.pendingFor(UiFixture.EGIFT));
        assertEquals(CancelRequestState.WITHDRAWN, row(UiFixture.EGIFT).latestCancelRequest().state());
    }

    @Test
    void theSupportDialogOffersARequestOnlyWhereSupportCanCancel() {
        flow.start(row(UiFixture.EGIFT));
        SupportDialog egift = dialogs.support.get(0);
        assertNotNull(egift.onRequest(), "an eGift: Request cancellation");
        assertNull(egift.pendingRequest());
        egift.onRequest().accept("");
        assertEquals(1, requests.queue().size());

        flow.start(row(UiFixture.EGIFT));
        SupportDialog again = dialogs.support.get(1);
        assertNull(again.onRequest(), "no second request");
        assertTrue(again.pendingRequest().contains(requests.queue().get(0).id()), again.pendingRequest());

        flow.start(row(UiFixture.SHIPPED));
        assertNull(dialogs.support.get(2).onRequest(), "nothing to request for a shipped send");
        assertFalse(flow.needsSupport(row(UiFixture.SHIPPED)));
        assertTrue(flow.needsSupport(row(UiFixture.EGIFT)));
    }

    @Test
    void aManagerResolvesAndTheSendIsCanceled() {
        requests.request(row(UiFixture.EGIFT), null);
        CancelRequest made = requests.queue().get(0);
        tracker.currentUserProperty().set(tracker.users().stream()
                .filter(u -> u.email().equals(UiFixture.MANAGER.email())).findFirst().orElseThrow());
        assertTrue(requests.canResolve());
        assertEquals(1, requests.queue().size(), "the manager sees the team's request");
        requests.step(made, CancelRequestStep.MARK_SENT, "CS-5");
        assertEquals(CancelRequestState.SENT, requests.queue().get(0).state());
        requests.step(made, CancelRequestStep.RESOLVE_CANCELED, "Done");
        assertTrue(requests.queue().isEmpty());
        Send after = changed.get(changed.size() - 1);
        assertEquals(sendtracker.domain.SendStatus.CANCELED, after.status());
        assertEquals("CS-5", after.latestCancelRequest().caseNo());
    }
}
