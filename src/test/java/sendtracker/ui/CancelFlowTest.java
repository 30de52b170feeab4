package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;
import sendtracker.service.CancelResult;
import sendtracker.service.SendService;
import sendtracker.service.SendSource;

class CancelFlowTest {
    private SendService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Send> changed = new ArrayList<>();
    private TrackerViewModel tracker;

    @BeforeEach
    void open() {
        service = UiFixture.service();
        tracker = new TrackerViewModel(Jobs.direct());
        tracker.open(WindowSource.of(service), UiFixture.SAM.email(), s -> { });
    }

    @AfterEach
    void close() {
        service.store().close();
    }

    private CancelFlow flow() {
        return new CancelFlow(tracker, dialogs, Jobs.direct(), changed::add);
    }

    private Send row(String id) {
        User viewer = tracker.currentUser();
        return service.find(viewer, id).orElseThrow();
    }

    @Test
    void theMenuTextTellsTheOutcomeBeforeClicking() {
        CancelFlow flow = flow();
        assertEquals("Cancel send…", flow.menuText(row(UiFixture.CANCELABLE)));
        assertEquals("Cancel — contact Support", flow.menuText(row(UiFixture.EGIFT)));
        assertEquals("Cancel — no longer possible", flow.menuText(row(UiFixture.SHIPPED)));
    }

    @Test
    void anAllowedCancelAsksThenCommitsAndTheNewStateFlowsBack() {
        dialogs.cancelReason = "Wrong recipient";

        flow().start(row(UiFixture.CANCELABLE));

        assertEquals(1, dialogs.confirmAsked.size());
        assertTrue(dialogs.support.isEmpty());
        assertEquals(1, changed.size());
        Send after = changed.get(0);
        assertEquals(SendStatus.CANCELED, after.status());
        Send stored = row(UiFixture.CANCELABLE);
        assertTrue(stored.history().stream().anyMatch(u -> u.status() == SendStatus.CANCELED
                && "Wrong recipient".equals(u.note())), "history has the cancel with its reason");
    }

    @Test
    void keepingTheSendChangesNothing() {
        dialogs.cancelReason = null;

        flow().start(row(UiFixture.CANCELABLE));

        assertEquals(1, dialogs.confirmAsked.size());
        assertTrue(changed.isEmpty());
        assertEquals(SendStatus.CONFIRMING_ADDRESS, row(UiFixture.CANCELABLE).status());
    }

    @Test
    void anEGiftGoesToTheSupportDialogWithTheRuleAndARequest() {
        flow().start(row(UiFixture.EGIFT));

        assertTrue(dialogs.confirmAsked.isEmpty());
        SupportDialog info = dialogs.support.get(0);
        assertEquals(CancelRule.EGIFT_NO_SELF_CANCEL, info.decision().rule());
        assertTrue(info.request().contains(UiFixture.EGIFT));
        assertEquals(SendStatus.SENT, row(UiFixture.EGIFT).status());
    }

    @Test
    void aShippedSendIsTooLateAndSaysWhatToDoInstead() {
        flow().start(row(UiFixture.SHIPPED));

        SupportDialog info = dialogs.support.get(0);
        assertEquals(CancelOutcome.NOT_CANCELABLE, info.decision().outcome());
        assertEquals(CancelRule.SHIPPED, info.decision().rule());
        assertTrue(info.request().contains("1Z999AA10123456784"), "the request quotes the tracking number");
        assertTrue(info.nextStep().length() > 10);
    }

    @Test
    void aSendThatMovedOnMeanwhileIsReportedWithItsNewState() {
        Send seen = row(UiFixture.CANCELABLE);
        service.cancel(tracker.currentUser(), UiFixture.CANCELABLE, null, "someone else");

        flow().start(seen);

        assertEquals(1, dialogs.confirmAsked.size());
        SupportDialog info = dialogs.support.get(0);
        assertTrue(info.headline().contains("changed"), info.headline());
        assertTrue(info.send().status() != SendStatus.CONFIRMING_ADDRESS);
        assertEquals(info.send().id(), changed.get(0).id(), "the row follows the send's new state");
    }

    @Test
    void aTechnicalFailureEndsAtSupportWithTheSendId() {
        SendSource failing = new DelegatingSource(service) {
            @Override
            public CancelResult cancel(User actor, String sendId, Long expectedVersion, String reason) {
                throw new IllegalStateException("disk full");
            }
        };
        TrackerViewModel vm = new TrackerViewModel(Jobs.direct());
        vm.open(WindowSource.of(failing), UiFixture.SAM.email(), s -> { });
        new CancelFlow(vm, dialogs, Jobs.direct(), changed::add).start(row(UiFixture.CANCELABLE));

        SupportDialog info = dialogs.support.get(0);
        assertEquals(CancelRule.TECHNICAL_FAILURE, info.decision().rule());
        assertTrue(info.why().contains(UiFixture.CANCELABLE));
    }

    @Test
    void anOfflineReviewRefusesWithAnExplanation() {
        SendSource readOnly = new SendService(service.store(), service.store(),
                new sendtracker.domain.CancelPolicy(), UiFixture.CLOCK, true);
        TrackerViewModel vm = new TrackerViewModel(Jobs.direct());
        vm.open(WindowSource.of(readOnly), UiFixture.SAM.email(), s -> { });
        CancelFlow flow = new CancelFlow(vm, dialogs, Jobs.direct(), changed::add);

        flow.start(row(UiFixture.CANCELABLE));

        assertTrue(dialogs.confirmAsked.isEmpty());
        CancelDecision decision = dialogs.support.get(0).decision();
        assertEquals(CancelRule.OFFLINE_REVIEW, decision.rule());
        assertEquals("This is a read-only copy of an export.", dialogs.support.get(0).headline());
        assertEquals("Cancel — contact Support", flow.menuText(row(UiFixture.CANCELABLE)));
    }
}
