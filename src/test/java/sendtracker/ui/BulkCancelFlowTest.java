package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.service.SendService;

/** The table's bulk cancel without a screen: the dialog's expected outcomes, the commit, the summary. */
class BulkCancelFlowTest {
    private SendService service;
    private TrackerViewModel tracker;
    private final List<BulkCancelDialog> asked = new ArrayList<>();
    private final List<BulkCancelSummaryDialog> summaries = new ArrayList<>();
    private String reason = "season over";
    private int refreshed;

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

    @Test
    void theDialogListsEachExpectedOutcomeAndConfirmCancelsOnlyTheAllowedOnes() {
        flow().start(List.of(row(UiFixture.CANCELABLE), row(UiFixture.EGIFT), row(UiFixture.SHIPPED)));
        BulkCancelDialog dialog = asked.get(0);
        List<String> lines = dialog.expected().results().stream().map(BulkCancelDialog::line).toList();
        assertTrue(lines.get(0).startsWith(UiFixture.CANCELABLE + " · will cancel · "), lines.get(0));
        assertTrue(lines.get(1).startsWith(UiFixture.EGIFT + " · contact Support · "), lines.get(1));
        assertTrue(lines.get(2).startsWith(UiFixture.SHIPPED + " · not cancelable · "), lines.get(2));
        assertEquals(List.of(UiFixture.CANCELABLE), dialog.expected().canceledIds());

        assertEquals(SendStatus.CANCELED, row(UiFixture.CANCELABLE).status());
        assertEquals(SendStatus.SHIPPED, row(UiFixture.SHIPPED).status());
        assertEquals(1, refreshed);
        BulkCancelSummaryDialog summary = summaries.get(0);
        assertEquals(List.of(UiFixture.CANCELABLE), summary.result().canceledIds());
        assertTrue(summary.text().startsWith("Canceled: 1 (" + UiFixture.CANCELABLE + ")"), summary.text());
        String request = summary.result().supportRequest();
        assertTrue(request.startsWith("Please help with these 2 sends"), request);
        assertTrue(request.contains(UiFixture.EGIFT) && request.contains(UiFixture.SHIPPED), request);
        assertEquals("season over", service.find(tracker.currentUser(), UiFixture.CANCELABLE).orElseThrow()
                .history().get(service.find(tracker.currentUser(), UiFixture.CANCELABLE).orElseThrow().history()
                        .size() - 1).note());
    }

    @Test
    void aSendWithAPendingRequestSaysSoAndStaysOutOfTheCombinedSupportRequest() {
        sendtracker.domain.CancelRequest pending = new sendtracker.domain.CancelRequest("REQ-000007", UiFixture.EGIFT,
                sendtracker.domain.CancelRequestState.OPEN, UiFixture.SAM.email(), UiFixture.NOW, "wrong person",
                "please cancel", null, null, null, null, null, null);
        BulkCancelFlow flow = flow();
        flow.trackRequests(id -> id.equals(UiFixture.EGIFT) ? pending : null);
        flow.start(List.of(row(UiFixture.CANCELABLE), row(UiFixture.EGIFT), row(UiFixture.SHIPPED)));
        List<String> lines = asked.get(0).expected().results().stream().map(BulkCancelDialog::line).toList();
        assertTrue(lines.get(1).contains("cancellation already requested, REQ-000007"), lines.get(1));
        Send egift = row(UiFixture.EGIFT);
        assertTrue(lines.get(1).contains(egift.recipientName()), "the recipient is named: " + lines.get(1));
        String request = summaries.get(0).result().supportRequest();
        assertTrue(request.contains(UiFixture.SHIPPED) && !request.contains(UiFixture.EGIFT), request);
    }

    @Test
    void keepingTheSendsChangesNothing() {
        reason = null;
        flow().start(List.of(row(UiFixture.CANCELABLE)));
        assertEquals(1, asked.size());
        assertEquals(SendStatus.CONFIRMING_ADDRESS, row(UiFixture.CANCELABLE).status());
        assertTrue(summaries.isEmpty());
        assertEquals(0, refreshed);
    }

    @Test
    void aStopMidwaySaysWhichWereCanceledAndLeavesTheRest() {
        Send template = row(UiFixture.CANCELABLE);
        service.store().upsert(List.of(template.toBuilder().id("SND-CANCEL-0101").build(),
                template.toBuilder().id("SND-CANCEL-0102").build()));
        List<Send> cancelable = List.of(row(UiFixture.CANCELABLE), row("SND-CANCEL-0101"), row("SND-CANCEL-0102"));
        BulkCancelFlow flow = flow();
        // The user presses Stop as soon as the first send is done.
        flow.progressProperty().addListener((obs, old, value) -> {
            if (value.doubleValue() > 0) {
                flow.stop();
            }
        });
        flow.start(cancelable);
        BulkCancelSummaryDialog summary = summaries.get(0);
        assertTrue(summary.result().stopped());
        String first = cancelable.get(0).id();
        assertEquals(List.of(first), summary.result().canceledIds());
        List<String> rest = cancelable.stream().skip(1).map(Send::id).toList();
        assertEquals(rest, summary.result().notAttempted());
        assertTrue(summary.text().contains("Not reached, left as they were: " + rest.size() + " ("), summary.text());
        assertEquals(SendStatus.CANCELED, row(first).status());
        for (String id : rest) {
            assertEquals(SendStatus.CONFIRMING_ADDRESS, row(id).status(), id);
        }
        assertFalse(flow.runningProperty().get());
    }

    private BulkCancelFlow flow() {
        return new BulkCancelFlow(tracker, new Answering(), Jobs.direct(), () -> refreshed++);
    }

    private Send row(String id) {
        return service.find(tracker.currentUser(), id).orElseThrow();
    }

    /** Answers the bulk cancel dialog with {@link #reason} (null: keeps the sends) and records the summary. */
    private class Answering implements DialogService {
        @Override
        @SuppressWarnings("unchecked") // a BulkCancelDialog answers the reason
        public <R> void show(WindowDialog<R> dialog, Consumer<R> onAnswer) {
            if (dialog instanceof BulkCancelDialog bulk) {
                asked.add(bulk);
                if (reason != null) {
                    ((Consumer<String>) onAnswer).accept(reason);
                }
            } else if (dialog instanceof BulkCancelSummaryDialog summary) {
                summaries.add(summary);
            }
        }

        @Override
        public void showInfo(String title, String text) {
        }

        @Override
        public void showError(String title, String text) {
            throw new AssertionError(text);
        }

        @Override
        public Optional<Path> chooseExportTarget(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseExportToOpen() {
            return Optional.empty();
        }
    }
}
