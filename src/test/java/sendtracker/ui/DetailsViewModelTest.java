package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.SendStatus;
import sendtracker.domain.StatusUpdate;

class DetailsViewModelTest extends FixtureStoreTest {

    @Test
    void showingARowReadsItsHistoryAndWhatACancelWouldDo() {
        TrackerViewModel tracker = new TrackerViewModel(Jobs.direct());
        tracker.open(WindowSource.of(service), UiFixture.SAM.email(), s -> { });
        DetailsViewModel details = new DetailsViewModel(tracker, Jobs.direct());
        tracker.searchProperty().set(UiFixture.SHIPPED);

        details.show(tracker.rows().get(0));

        assertEquals(UiFixture.SHIPPED, details.send().id());
        assertEquals(2, details.timeline().size());
        assertEquals(SendStatus.SHIPPED, details.timeline().get(0).status(), "newest first");
        assertTrue(details.timeline().get(0).current());
        assertEquals(Duration.ofHours(3), details.timeline().get(1).timeInStatus());
        assertEquals(CancelOutcome.NOT_CANCELABLE, details.cancelPreviewProperty().get().outcome());
        assertFalse(details.loadingProperty().get());
    }

    @Test
    void switchingUserClearsThePane() {
        TrackerViewModel tracker = new TrackerViewModel(Jobs.direct());
        tracker.open(WindowSource.of(service), null, s -> { });
        DetailsViewModel details = new DetailsViewModel(tracker, Jobs.direct());
        details.show(tracker.rows().get(0));

        tracker.currentUserProperty().set(tracker.users().get(tracker.users().size() - 1));

        assertNull(details.send());
        assertTrue(details.timeline().isEmpty());
    }

    @Test
    void timelineGivesEachStatusItsTimeUntilTheNextOne() {
        Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
        List<TimelineEntry> entries = TimelineEntry.of(List.of(
                new StatusUpdate(SendStatus.ORDER_RECEIVED, t0.plus(Duration.ofHours(2)), "Warehouse", null),
                new StatusUpdate(SendStatus.INITIATED, t0, "Sam", null)), t0.plus(Duration.ofDays(2)));

        assertEquals(SendStatus.ORDER_RECEIVED, entries.get(0).status());
        assertEquals(Duration.ofHours(46), entries.get(0).timeInStatus());
        assertTrue(entries.get(0).current());
        assertEquals(Duration.ofHours(2), entries.get(1).timeInStatus());
        assertFalse(entries.get(1).current());
    }
}
