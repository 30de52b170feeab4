package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;
import sendtracker.exchange.TestSends;

class OfflineReviewTest {
    @TempDir
    Path dir;

    @Test
    void anExportOpensReadOnlyWithFiltersWorkingAndCancelExplained() throws Exception {
        Path f = dir.resolve("export.json");
        List<Send> sends = new ArrayList<>(TestSends.tricky());
        sends.add(TestSends.plain("S-5").type(SendType.INVENTORIED).status(SendStatus.CONFIRMING_ADDRESS).build());
        TestSends.write(f, SendFormat.JSON, sends);
        try (OfflineReview review = OfflineReview.open(f, new CancelPolicy(), TestStores.CLOCK,
                ImportService.Progress.NONE, () -> false)) {
            SendService service = review.service();
            assertTrue(service.isReadOnly());
            User viewer = service.defaultUser();
            assertEquals(5, service.count(viewer, SendFilter.ALL));
            assertEquals(1, service.count(viewer, SendFilter.ALL.withSearch("zürich").withSearch("1Z999")));
            assertEquals(2, service.page(viewer, SendFilter.ALL.withStatuses(
                    java.util.Set.of(SendStatus.ORDER_RECEIVED, SendStatus.SHIPPED)), SendSort.NEWEST_FIRST, 0, 10)
                    .rows().size());
            assertEquals(2, service.find(viewer, "S-2").orElseThrow().history().size());
            // an inventoried send confirming its address could be canceled live, but not from an export
            CancelResult r = service.cancel(viewer, "S-5", null, "testing");
            assertEquals(CancelRule.OFFLINE_REVIEW, r.rule());
            assertFalse(r.outcome() == CancelOutcome.CANCELED);
            assertEquals(SendStatus.CONFIRMING_ADDRESS, service.find(viewer, "S-5").orElseThrow().status());
            assertEquals(5, review.report().inserted());
        }
    }

    @Test
    void rejectedRowsAreReportedNotDropped() throws Exception {
        Path f = dir.resolve("partly.csv");
        Files.writeString(f, "Send ID,Created At,Type,Status\nA,2026-11-01T10:00:00Z,eGift,Sent\nB,yesterday,eGift,Sent\n");
        try (OfflineReview review = OfflineReview.open(f, new CancelPolicy(), TestStores.CLOCK,
                ImportService.Progress.NONE, () -> false)) {
            assertEquals(1, review.report().inserted());
            assertEquals(1, review.report().rejected());
            assertTrue(review.report().rejectSamples().get(0).startsWith("line 3, Created At"),
                    review.report().rejectSamples().toString());
        }
    }

    @Test
    void aMalformedFileCannotBeOpenedAndSaysWhereItBreaks() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "Send ID,Created At,Type,Status\nA,\"2026-11-01T10:00:00Z,eGift,Sent\n");
        ImportService.ImportFailedException e = assertThrows(ImportService.ImportFailedException.class,
                () -> OfflineReview.open(f, new CancelPolicy(), TestStores.CLOCK, ImportService.Progress.NONE, () -> false));
        assertTrue(e.getMessage().startsWith("bad.csv, line 2"), e.getMessage());
    }

    @Test
    void eachReviewHasItsOwnStore() throws Exception {
        Path f = dir.resolve("one.csv");
        Files.writeString(f, "Send ID,Created At,Type,Status\nA,2026-11-01T10:00:00Z,eGift,Sent\n");
        try (OfflineReview first = OfflineReview.open(f, new CancelPolicy(), TestStores.CLOCK,
                ImportService.Progress.NONE, () -> false);
             OfflineReview second = OfflineReview.open(f, new CancelPolicy(), TestStores.CLOCK,
                     ImportService.Progress.NONE, () -> false)) {
            User v = first.service().defaultUser();
            assertEquals(1, first.service().count(v, SendFilter.ALL));
            assertEquals(1, second.service().count(v, SendFilter.ALL));
            assertEquals(1, second.report().inserted()); // not "unchanged": a fresh store
        }
    }
}
