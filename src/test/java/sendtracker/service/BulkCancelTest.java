package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.User;

/**
 * Bulk cancel over a store of five sends made here, as the admin: B1, B2 and B4 are inventoried
 * sends still confirming their address (cancelable), B3 has shipped, B5 is an eGift (Support's).
 */
class BulkCancelTest {
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;
    Backend backend;
    User admin;
    BulkCancel bulk;

    @BeforeEach
    void fiveSends() {
        backend = Backend.open(TestStores.url(dir), TestStores.CLOCK, false);
        backend.store().saveUsers(List.of(new User(0, "ada@example.com", "Ada Admin", Role.ADMIN, null, Set.of())));
        backend.store().upsert(List.of(
                send("SND-B1", SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS, "40.00", "USD"),
                send("SND-B2", SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS, "15.50", "EUR"),
                send("SND-B3", SendType.INVENTORIED, SendStatus.SHIPPED, "60.00", "USD"),
                send("SND-B4", SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS, "10.00", "USD"),
                send("SND-B5", SendType.EGIFT, SendStatus.SENT, "25.00", "EUR")));
        admin = backend.sends().user("ada@example.com").orElseThrow();
        bulk = new BulkCancel(backend.sends());
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void aStopMidwaySaysWhichWereCanceledAndLeavesTheRestAlone() {
        AtomicInteger finished = new AtomicInteger();
        BulkCancelResult r = bulk.cancel(admin, List.of("SND-B1", "SND-B3", "SND-B2", "SND-B4"), "stop test",
                (done, total) -> finished.set(done), () -> finished.get() == 2);
        assertTrue(r.stopped());
        assertEquals(List.of("SND-B1"), r.canceledIds());
        assertEquals(List.of("SND-B2", "SND-B4"), r.notAttempted());
        assertEquals(2, r.results().size());
        assertEquals(SendStatus.CANCELED, status("SND-B1"));
        assertEquals(SendStatus.SHIPPED, status("SND-B3"));
        assertEquals(SendStatus.CONFIRMING_ADDRESS, status("SND-B2"));
        assertEquals(SendStatus.CONFIRMING_ADDRESS, status("SND-B4"));
    }

    @Test
    void thePreviewGivesOutcomesAndTotalsPerCurrencyAndChangesNothing() {
        BulkCancelResult r = bulk.preview(admin, List.of("SND-B1", "SND-B2", "SND-B3", "SND-B5", "SND-NONE"));
        assertTrue(r.dryRun());
        assertFalse(r.stopped());
        assertEquals(List.of("SND-B1", "SND-B2"), r.canceledIds());
        assertEquals(List.of("SND-NONE"), r.notFoundIds());
        assertEquals(Map.of(CancelOutcome.CANCELED, 2, CancelOutcome.NOT_CANCELABLE, 1,
                CancelOutcome.CONTACT_SUPPORT, 1), r.countByOutcome());
        Map<CancelOutcome, Map<String, BigDecimal>> costs = r.costByOutcome();
        assertEquals(Map.of("EUR", new BigDecimal("15.50"), "USD", new BigDecimal("40.00")),
                costs.get(CancelOutcome.CANCELED));
        assertEquals(Map.of("EUR", new BigDecimal("25.00")), costs.get(CancelOutcome.CONTACT_SUPPORT));
        for (String id : List.of("SND-B1", "SND-B2")) {
            assertEquals(SendStatus.CONFIRMING_ADDRESS, status(id), id);
        }
        String request = r.supportRequest();
        assertTrue(request.startsWith("Please help with these 2 sends"), request);
        assertTrue(request.contains("Send ID: SND-B3") && request.contains("Send ID: SND-B5"), request);
        assertFalse(request.contains("SND-B1"), request);
    }

    @Test
    void eachSendIsItsOwnTransactionAndThePolicyIsCheckedOnTheStoredRow() {
        BulkCancelResult preview = bulk.preview(admin, List.of("SND-B1", "SND-B4"));
        assertEquals(List.of("SND-B1", "SND-B4"), preview.canceledIds());
        // Between the preview and the confirm, B4 ships.
        backend.store().upsert(List.of(builder("SND-B4", SendType.INVENTORIED, SendStatus.SHIPPED, "10.00", "USD")
                .statusChangedAt(T0.plusSeconds(7200)).build()));
        BulkCancelResult r = bulk.cancel(admin, List.of("snd-b1", "SND-B4"), null, BulkCancel.Progress.NONE,
                () -> false);
        assertEquals(List.of("SND-B1"), r.canceledIds(), "the id as stored, whatever case was typed");
        assertEquals(CancelOutcome.NOT_CANCELABLE, r.results().get(1).outcome());
        assertEquals(SendStatus.CANCELED, status("SND-B1"));
        assertEquals(SendStatus.SHIPPED, status("SND-B4"));
        String request = r.supportRequest();
        assertTrue(request.contains("Send ID: SND-B4"), request);
        assertFalse(request.startsWith("Please help with these"), "a single refusal is its own request: " + request);
    }

    @Test
    void selectReadsEveryMatchingIdNewestFirst() {
        SendFilter confirming = new SendFilter(Set.of(SendStatus.CONFIRMING_ADDRESS), Set.of(), null, null, null,
                null, null, TestModeFilter.INCLUDE, false, Set.of());
        assertEquals(List.of("SND-B4", "SND-B2", "SND-B1"), bulk.select(admin, confirming));
    }

    private SendStatus status(String id) {
        return backend.sends().find(admin, id).orElseThrow().status();
    }

    private static Send send(String id, SendType type, SendStatus status, String cost, String currency) {
        return builder(id, type, status, cost, currency).build();
    }

    private static Send.Builder builder(String id, SendType type, SendStatus status, String cost, String currency) {
        int n = Integer.parseInt(id.substring(id.length() - 1));
        return Send.builder().id(id).createdAt(T0.plusSeconds(60L * n)).type(type).status(status)
                .statusChangedAt(T0.plusSeconds(60L * n)).senderName("Ada Admin").senderEmail("ada@example.com")
                .team("Alpha").recipientName("Bo Chen").recipientEmail("bo@example.org").addressConfirmation(true)
                .gift("Mug").quantity(1).cost(new BigDecimal(cost)).currency(currency);
    }
}
