package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;

/**
 * A cancel that meets a changed send cancels nothing, so it never answers CANCELED: it is a self-cancel
 * that failed for a technical reason, CONTACT_SUPPORT with the send's id (docs/design.md), and says
 * what the policy decides for the send as it is now.
 */
class CancelConflictAnswerTest {
    private static final Instant NOW = TestStores.CLOCK.instant();

    @TempDir
    Path dir;

    @Test
    void aStaleVersionOfAStillCancelableSendIsContactSupportWithARetryPossible() {
        try (Backend b = Backend.open(TestStores.url(dir), TestStores.CLOCK, false)) {
            b.store().upsert(List.of(send("C-1", SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(600))));
            User admin = b.store().defaultUser();
            long seen = b.store().find(admin, "C-1").orElseThrow().version();
            b.store().upsert(List.of(send("C-1", SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(60))));

            CancelResult r = b.sends().cancel(admin, "C-1", seen, null);

            assertTrue(r.conflict());
            assertFalse(r.canceled());
            assertFalse(r.notFound());
            assertEquals("C-1", r.sendId());
            assertEquals(CancelOutcome.CONTACT_SUPPORT, r.outcome());
            assertEquals(CancelRule.TECHNICAL_FAILURE, r.rule());
            assertEquals("Send C-1 changed or was busy while you tried to cancel it: it is now Confirming Address."
                    + " Nothing was canceled; check its new state and try again.", r.message());
            assertEquals(SendStatus.CONFIRMING_ADDRESS, r.send().status());
            assertNotNull(r.supportRequest());
            assertTrue(r.supportRequest().contains("Send ID: C-1"), r.supportRequest());
            assertEquals(CancelOutcome.CANCELED, r.current().outcome(), "a retry would cancel it");
            assertEquals(CancelRule.INVENTORIED_CONFIRMING_ADDRESS, r.current().rule());
            assertEquals(SendStatus.CONFIRMING_ADDRESS, b.store().find(admin, "C-1").orElseThrow().status(),
                    "nothing was canceled");
        }
    }

    @Test
    void aSendThatShippedMeanwhileIsContactSupportAndTheCurrentDecisionSaysShipped() {
        try (Backend b = Backend.open(TestStores.url(dir), TestStores.CLOCK, false)) {
            b.store().upsert(List.of(send("C-2", SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(600))));
            User admin = b.store().defaultUser();
            long seen = b.store().find(admin, "C-2").orElseThrow().version();
            b.store().upsert(List.of(send("C-2", SendStatus.SHIPPED, NOW.minusSeconds(60))));

            CancelResult r = b.sends().cancel(admin, "C-2", seen, "too late");

            assertTrue(r.conflict());
            assertEquals(CancelOutcome.CONTACT_SUPPORT, r.outcome());
            assertTrue(r.message().startsWith("Send C-2 changed or was busy"), r.message());
            assertTrue(r.message().contains("it is now Shipped"), r.message());
            assertEquals(CancelOutcome.NOT_CANCELABLE, r.current().outcome());
            assertEquals(CancelRule.SHIPPED, r.current().rule());
            assertTrue(r.supportRequest().contains("Status: Shipped"), r.supportRequest());
        }
    }

    @Test
    void onlyAConflictCarriesTheCurrentDecision() {
        try (Backend b = Backend.open(TestStores.url(dir), TestStores.CLOCK, false)) {
            b.store().upsert(List.of(send("C-3", SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(600)),
                    send("C-4", SendStatus.SHIPPED, NOW.minusSeconds(600))));
            User admin = b.store().defaultUser();

            CancelResult done = b.sends().cancel(admin, "C-3", null, null);
            assertTrue(done.canceled());
            assertEquals(null, done.current());
            CancelResult refused = b.sends().cancel(admin, "C-4", null, null);
            assertEquals(CancelOutcome.NOT_CANCELABLE, refused.outcome());
            assertFalse(refused.conflict());
            assertEquals(null, refused.current());
            CancelResult missing = b.sends().cancel(admin, "C-NONE", null, null);
            assertTrue(missing.notFound());
            assertEquals(null, missing.current());
        }
    }

    private static Send send(String id, SendStatus status, Instant changed) {
        return Send.builder().id(id).createdAt(NOW.minusSeconds(86400)).type(SendType.INVENTORIED).status(status)
                .statusChangedAt(changed).senderEmail("owner@example.com").senderName("Owner").team("Team A")
                .recipientName("Rita Recipient").campaign("Test Campaign").cost(new BigDecimal("25.00"))
                .currency("USD").fundingSource("Team A budget").addressConfirmation(true)
                .addHistory(new StatusUpdate(SendStatus.INITIATED, NOW.minusSeconds(86400), null, null))
                .addHistory(new StatusUpdate(status, changed, null, null)).build();
    }
}
