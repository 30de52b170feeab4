package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;

/**
 * The "pending request" filter (the window's cancelRequestsFilter; docs/design.md, "Cancellation
 * requests"): the store's SQL keeps exactly the sends whose request waits for Support (OPEN or
 * SENT), for every viewer, on both stores; the read path answers it from SQL since the index
 * holds no requests.
 */
class PendingRequestFilterTest {
    private static final SendFilter PENDING = SendFilter.ALL.withPendingRequestOnly(true);

    @TempDir
    Path dir;

    /**
     * Requests on five more eGifts (the demo data has some already): two stay open, one is sent,
     * one withdrawn, one declined. Returns the sends whose request is pending.
     */
    private static Set<String> makeRequests(Backend b) {
        User admin = b.sends().defaultUser();
        CancelRequestService requests = b.sends().cancelRequests().orElseThrow();
        List<String> candidates = new ArrayList<>();
        b.store().forEach(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, b.sends().now(), true, s -> {
            if (s.cancelRequests().isEmpty()) {
                candidates.add(s.id());
            }
        });
        List<String> requested = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String send : candidates) {
            CancelRequestService.Result r = requests.request(admin, send, "test");
            if (r.done()) {
                requested.add(send);
                ids.add(r.request().id());
            }
            if (ids.size() == 5) {
                break;
            }
        }
        assertEquals(5, ids.size(), "the demo data has sends that only Support can cancel");
        assertTrue(requests.markSent(admin, ids.get(2), "CS-1").done());
        assertTrue(requests.withdraw(admin, ids.get(3), null).done());
        assertTrue(requests.resolve(admin, ids.get(4), false, null, "no").done());
        Set<String> pending = new TreeSet<>();
        requests.queue(admin).forEach(r -> pending.add(r.sendId()));
        assertTrue(pending.containsAll(requested.subList(0, 3)));
        assertFalse(pending.contains(requested.get(3)) || pending.contains(requested.get(4)),
                "closed requests are not pending");
        return pending;
    }

    private static Set<String> ids(List<Send> rows) {
        return rows.stream().map(Send::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void theSqlKeepsOnlyTheSendsWithARequestWaitingForSupport(StoreKind kind) {
        try (Backend b = TestStores.demo(kind, dir, 400)) {
            Set<String> pending = makeRequests(b);
            SendService sends = b.sends();
            User admin = sends.defaultUser();
            assertEquals(pending, ids(sends.page(admin, PENDING, SendSort.NEWEST_FIRST, 0, 100).rows()));
            assertEquals(pending.size(), sends.count(admin, PENDING));
            assertEquals(pending.size(), sends.countByStatus(admin, PENDING).values().stream()
                    .mapToLong(Long::longValue).sum());
            assertEquals(pending.size(), sends.spend(admin, PENDING, SpendGroup.TEAM).sends(),
                    "spend counts the same sends");
            SendStatus first = sends.find(admin, pending.iterator().next()).orElseThrow().status();
            Set<SendStatus> statuses = Set.of(first);
            long sentOnes = pending.stream()
                    .filter(id -> statuses.contains(sends.find(admin, id).orElseThrow().status())).count();
            assertTrue(sentOnes >= 1 && sentOnes <= pending.size());
            assertEquals(sentOnes, sends.count(admin, PENDING.withStatuses(statuses)), "ANDed with the other filters");

            for (User viewer : sends.users()) {
                Set<String> expected = new TreeSet<>();
                for (String id : pending) {
                    Send s = sends.find(admin, id).orElseThrow();
                    if (Visibility.canSee(viewer, s)) {
                        expected.add(id);
                    }
                }
                assertEquals(expected, ids(sends.page(viewer, PENDING, SendSort.NEWEST_FIRST, 0, 100).rows()),
                        viewer.email() + " " + viewer.role());
            }
        }
    }

    @Test
    void theReadPathAsksTheSqlForItEvenOnceTheIndexIsBuilt() {
        try (Backend b = TestStores.demo(dir, 400)) {
            Set<String> pending = makeRequests(b);
            ReadPath reads = new ReadPath(b.store(), null, Runnable::run);
            assertTrue(reads.indexReady().isDone());
            assertTrue(reads.answersFromIndex(SendFilter.ALL, SendSort.NEWEST_FIRST));
            assertFalse(reads.answersFromIndex(PENDING, SendSort.NEWEST_FIRST), "the index holds no requests");
            assertFalse(reads.index().canAnswerSpend(PENDING));
            SendService sends = new SendService(b.store(), reads, new CancelPolicy(), TestStores.CLOCK, false);
            User admin = sends.defaultUser();
            assertEquals(pending, ids(sends.page(admin, PENDING, SendSort.NEWEST_FIRST, 0, 100).rows()));
            Map<SendStatus, Long> byStatus = new EnumMap<>(SendStatus.class);
            for (String id : pending) {
                byStatus.merge(sends.find(admin, id).orElseThrow().status(), 1L, Long::sum);
            }
            assertEquals(byStatus, new EnumMap<>(sends.countByStatus(admin, PENDING)));
            User sender = sends.users().stream().filter(u -> u.role() == Role.SENDER).findFirst().orElseThrow();
            assertEquals(b.store().count(sender, PENDING, TestStores.CLOCK.instant()), sends.count(sender, PENDING));
        }
    }
}
