package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.store.ConflictException;
import sendtracker.store.SendStore;

/**
 * SendService's own answers on an in-memory store with the real schema: the offline review that
 * changes nothing, a technical failure that becomes CONTACT_SUPPORT with the id (docs/design.md),
 * a done cancel and its credit, and "now" in whole seconds. Every expectation written out.
 */
class SendServiceAnswersTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static SendStore storeWith(Send... sends) {
        SendStore store = StoreFixture.newStore();
        store.upsert(List.of(sends));
        return store;
    }

    private static SendService service(SendStore store, Clock clock, boolean readOnly) {
        return new SendService(store, store, new CancelPolicy(), clock, readOnly);
    }

    @Test
    void nowIsInWholeSecondsAsEveryRecordedTime() {
        Clock fine = Clock.fixed(Instant.parse("2026-11-21T12:00:00.123456789Z"), ZoneOffset.UTC);
        try (SendStore store = storeWith()) {
            assertEquals(Instant.parse("2026-11-21T12:00:00Z"), service(store, fine, false).now());
        }
    }

    @Test
    void anOfflineReviewPreviewsAndAnswersOfflineAndChangesNothing() {
        try (SendStore store = storeWith(send("S-1", SendStatus.CONFIRMING_ADDRESS))) {
            SendService review = service(store, CLOCK, true);
            User admin = store.defaultUser();
            Send s = store.find(admin, "S-1").orElseThrow();
            assertTrue(review.isReadOnly());
            assertEquals(CancelRule.OFFLINE_REVIEW, review.preview(admin, s).rule());
            assertEquals(CancelOutcome.CONTACT_SUPPORT, review.preview(admin, s).outcome());

            CancelResult r = review.cancel(admin, "S-1", null, "why");
            assertFalse(r.canceled());
            assertFalse(r.conflict());
            assertFalse(r.notFound());
            assertEquals("S-1", r.sendId());
            assertEquals(CancelOutcome.CONTACT_SUPPORT, r.outcome());
            assertEquals(CancelRule.OFFLINE_REVIEW, r.rule());
            assertEquals("This is a read-only review of an exported file: nothing in it can be canceled. Open the"
                    + " tracker on the live store, or ask Support quoting send S-1.", r.message());
            assertTrue(r.supportRequest().startsWith("Please help with this send.\nSend ID: S-1\n"), r.supportRequest());
            assertEquals(SendStatus.CONFIRMING_ADDRESS, store.find(admin, "S-1").orElseThrow().status());

            CancelResult missing = review.cancel(admin, "S-NONE", null, null);
            assertTrue(missing.notFound());
            assertNull(missing.outcome());
            assertEquals("There is no send S-NONE that you can see.", missing.message());
            assertEquals(0, review.settleCredits(), "a review posts no credits");
        }
    }

    @Test
    void aLiveServicePreviewsWithThePolicyAndCancelsAndLaterCredits() {
        try (SendStore store = storeWith(send("S-2", SendStatus.CONFIRMING_ADDRESS), send("S-3", SendStatus.SHIPPED))) {
            User admin = store.defaultUser();
            SendService live = service(store, CLOCK, false);
            assertFalse(live.isReadOnly());
            assertEquals(CancelRule.INVENTORIED_CONFIRMING_ADDRESS,
                    live.preview(admin, store.find(admin, "S-2").orElseThrow()).rule());
            assertEquals(2, live.totalSends());
            assertEquals(2, live.count(admin, SendFilter.ALL));
            assertEquals(Map.of(SendStatus.CONFIRMING_ADDRESS, 1L, SendStatus.SHIPPED, 1L),
                    live.countByStatus(admin, SendFilter.ALL));
            assertEquals(List.of("S-2", "S-3"), live.page(admin, SendFilter.ALL, new SendSort(SendSort.Field.ID, true),
                    0, 10).rows().stream().map(Send::id).toList());

            CancelResult done = live.cancel(admin, "S-2", null, "not needed");
            assertTrue(done.canceled());
            assertEquals(CancelOutcome.CANCELED, done.outcome());
            assertEquals("Send S-2 is canceled. Its cost will be credited back to the funding source.", done.message());
            assertNull(done.supportRequest());
            assertEquals(SendStatus.CANCELED, done.send().status());

            CancelResult refused = live.cancel(admin, "S-3", null, null);
            assertFalse(refused.canceled());
            assertEquals(CancelRule.SHIPPED, refused.rule());
            assertTrue(refused.supportRequest().contains("Send ID: S-3"), refused.supportRequest());

            assertEquals(0, live.settleCredits(), "the credit posts a day after the cancel");
            SendService dayLater = service(store, Clock.offset(CLOCK, SendService.CREDIT_POSTING_DELAY
                    .plus(Duration.ofMinutes(1))), false);
            assertEquals(1, dayLater.settleCredits());
            assertEquals(SendStatus.REFUNDED, store.find(admin, "S-2").orElseThrow().status());
            assertEquals(Duration.ofDays(1), SendService.CREDIT_POSTING_DELAY);
        }
    }

    @Test
    void aTechnicalFailureIsContactSupportWithTheSendsId() {
        try (SendStore real = storeWith(send("S-4", SendStatus.CONFIRMING_ADDRESS))) {
            User admin = real.defaultUser();
            SendService failing = service(failingCancel(real, false), CLOCK, false);
            CancelResult r = failing.cancel(admin, "S-4", null, null);
            assertFalse(r.canceled());
            assertFalse(r.conflict());
            assertEquals(CancelOutcome.CONTACT_SUPPORT, r.outcome());
            assertEquals(CancelRule.TECHNICAL_FAILURE, r.rule());
            assertEquals("The cancel of send S-4 could not be completed. Nothing was changed; please ask Support to"
                    + " cancel it for you.", r.message());
            assertEquals(SendStatus.CONFIRMING_ADDRESS, r.send().status());
            assertTrue(r.supportRequest().contains("Send ID: S-4"), r.supportRequest());

            // the store cannot even be read: still the id, and the message is the request
            SendService broken = service(failingCancel(real, true), CLOCK, false);
            CancelResult dark = broken.cancel(admin, "S-4", null, null);
            assertEquals(CancelOutcome.CONTACT_SUPPORT, dark.outcome());
            assertEquals(CancelRule.TECHNICAL_FAILURE, dark.rule());
            assertNull(dark.send());
            assertTrue(dark.message().contains("S-4"), dark.message());
            assertEquals(dark.message(), dark.supportRequest());
        }
    }

    @Test
    void aBusyRowIsAConflictAnsweredWithTheSendAsReadAgain() {
        try (SendStore real = storeWith(send("S-5", SendStatus.CONFIRMING_ADDRESS))) {
            User admin = real.defaultUser();
            SendStore busy = (SendStore) Proxy.newProxyInstance(SendStore.class.getClassLoader(),
                    new Class<?>[] {SendStore.class}, (proxy, method, args) -> {
                        if (method.getName().equals("cancel")) {
                            // a lock timeout: the store could not read the row, so it names no current send
                            throw new ConflictException("Send S-5 is being changed by someone else right now.", null);
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            CancelResult r = service(busy, CLOCK, false).cancel(admin, "S-5", null, null);
            assertTrue(r.conflict());
            assertFalse(r.notFound());
            assertEquals(CancelOutcome.CONTACT_SUPPORT, r.outcome());
            assertEquals("S-5", r.send().id(), "read again after the conflict");
            assertEquals(CancelOutcome.CANCELED, r.current().outcome(), "a retry may cancel it");
        }
    }

    /** The real store, except that cancel fails (and, if {@code findToo}, so does find). */
    private static SendStore failingCancel(SendStore real, boolean findToo) {
        return (SendStore) Proxy.newProxyInstance(SendStore.class.getClassLoader(), new Class<?>[] {SendStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("cancel") || findToo && method.getName().equals("find")) {
                        throw new IllegalStateException("disk full");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Send send(String id, SendStatus status) {
        Instant changed = NOW.minusSeconds(3600);
        return Send.builder().id(id).createdAt(NOW.minusSeconds(86400)).type(SendType.INVENTORIED).status(status)
                .statusChangedAt(changed).senderEmail("owner@example.com").senderName("Owner").team("Team A")
                .recipientName("Rita Recipient").campaign("Test Campaign").cost(new BigDecimal("25.00"))
                .currency("USD").fundingSource("Team A budget").addressConfirmation(true)
                .addHistory(new StatusUpdate(SendStatus.INITIATED, NOW.minusSeconds(86400), null, null))
                .addHistory(new StatusUpdate(status, changed, null, null)).build();
    }
}
