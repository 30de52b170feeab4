package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.User;
import sendtracker.store.SendStore;

/**
 * Until the index is built, every read comes from the store (docs/design.md: the window reads
 * from SQL until the index is ready); once built, the index gives the same answers.
 */
class ReadPathBeforeTheIndexTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static SendStore storeWith() {
        SendStore s = StoreFixture.newStore();
        List<Send> sends = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sends.add(Send.builder().id("R-" + i).createdAt(NOW.minusSeconds(86400)).type(SendType.INVENTORIED)
                    .status(i < 3 ? SendStatus.SHIPPED : SendStatus.DELIVERED).statusChangedAt(NOW.minusSeconds(3600))
                    .senderName("Ana").senderEmail("ana@example.com").recipientName("Bo")
                    .cost(new BigDecimal("1.00")).currency("USD").build());
        }
        s.upsert(sends);
        return s;
    }

    @Test
    void anIndexNotYetBuiltLeavesEveryReadToTheStore() {
        try (SendStore store = storeWith()) {
            List<Runnable> later = new ArrayList<>();
            ReadPath reads = new ReadPath(store, null, later::add);
            User admin = store.defaultUser();
            assertFalse(reads.answersFromIndex(SendFilter.ALL, SendSort.NEWEST_FIRST));
            assertEquals(4, reads.count(admin, SendFilter.ALL, NOW));
            assertEquals(Map.of(SendStatus.SHIPPED, 3L, SendStatus.DELIVERED, 1L),
                    reads.countByStatus(admin, SendFilter.ALL, NOW));
            assertEquals(List.of("R-0", "R-1"), reads.page(admin, SendFilter.ALL, new SendSort(SendSort.Field.ID, true),
                    0, 2, NOW).rows().stream().map(Send::id).toList());

            later.forEach(Runnable::run);
            assertTrue(reads.indexReady().isDone());
            assertTrue(reads.answersFromIndex(SendFilter.ALL, SendSort.NEWEST_FIRST));
            assertTrue(reads.index().isReady());
            assertEquals(4, reads.count(admin, SendFilter.ALL, NOW));
            assertEquals(Map.of(SendStatus.SHIPPED, 3L, SendStatus.DELIVERED, 1L),
                    reads.countByStatus(admin, SendFilter.ALL, NOW));
        }
    }

    @Test
    void theBackgroundIndexIsBuiltOnItsOwnThread() throws Exception {
        try (SendStore store = storeWith()) {
            ReadPath reads = ReadPath.withBackgroundIndex(store, null);
            reads.indexReady().get(60, TimeUnit.SECONDS);
            assertTrue(reads.index().isReady());
            assertEquals(4, reads.count(store.defaultUser(), SendFilter.ALL, NOW));
        }
    }

    @Test
    void theServiceHandsOutItsStoreAndUsers() {
        try (SendStore store = storeWith()) {
            SendService s = new SendService(store, store, new CancelPolicy(), TestStores.CLOCK, false);
            assertSame(store, s.store());
            assertEquals(store.users(), s.users());
            assertFalse(s.users().isEmpty());
            User first = s.users().get(0);
            assertEquals(Optional.of(first), s.user(first.email()));
            assertEquals(Optional.empty(), s.user("nobody@example.com"));
            assertEquals(store.defaultUser(), s.defaultUser());
            assertEquals("R-2", s.find(store.defaultUser(), "R-2").orElseThrow().id());
        }
    }
}
