package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;

class WarmStartSourceTest {
    private static final User ADMIN = new User(1, "ada@example.com", "Ada", Role.ADMIN, null, Set.of());
    private static final User SENDER = new User(2, "sam@example.com", "Sam", Role.SENDER, "Sales", Set.of());

    /** Answers every call with a fresh object and writes down what was asked. */
    private static final class CountingSource implements SendSource {
        final List<String> calls = new ArrayList<>();
        boolean pageFails;

        @Override
        public List<User> users() {
            calls.add("users");
            return List.of(ADMIN, SENDER);
        }

        @Override
        public User defaultUser() {
            calls.add("defaultUser");
            return ADMIN;
        }

        @Override
        public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit) {
            calls.add("page " + viewer.email() + " " + offset + " " + limit);
            if (pageFails) {
                throw new IllegalStateException("store went away");
            }
            return new SendPage(List.of(), calls.size());
        }

        @Override
        public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter) {
            calls.add("counts " + viewer.email());
            return Map.of(SendStatus.DELIVERED, (long) calls.size());
        }

        @Override
        public Spend spend(User viewer, SendFilter filter, SpendGroup by) {
            calls.add("spend " + viewer.email());
            return null;
        }

        @Override
        public Optional<Send> find(User viewer, String id) {
            calls.add("find " + id);
            return Optional.empty();
        }

        @Override
        public CancelDecision preview(User actor, Send send) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CancelResult cancel(User actor, String sendId, Long expectedVersion, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String supportRequest(Send send, CancelDecision decision) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant now() {
            return Instant.EPOCH;
        }

        @Override
        public boolean isReadOnly() {
            return false;
        }
    }

    @Test
    void theWindowsFirstQuestionsAreAnsweredFromWhatWasAskedEarly() {
        CountingSource store = new CountingSource();
        WarmStartSource warm = WarmStartSource.start(store, null, SendSort.NEWEST_FIRST, 100, Runnable::run);
        assertEquals(List.of("users", "defaultUser", "page ada@example.com 0 100"),
                store.calls, "asked at once, for the default user");

        assertEquals(List.of(ADMIN, SENDER), warm.users());
        assertSame(ADMIN, warm.defaultUser());
        assertEquals(3, warm.page(ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100).total(), "the early page");
        assertEquals(Map.of(SendStatus.DELIVERED, 4L), warm.countByStatus(ADMIN, SendFilter.ALL), "from the store");
        assertEquals(List.of("users", "defaultUser", "page ada@example.com 0 100", "counts ada@example.com"),
                store.calls, "nothing asked twice");
    }

    @Test
    void theCountsAreNotAskedEarly() {
        CountingSource store = new CountingSource();
        List<Runnable> queued = new ArrayList<>();
        WarmStartSource.start(store, null, SendSort.NEWEST_FIRST, 100, queued::add);
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
        assertEquals(List.of("users", "defaultUser", "page ada@example.com 0 100"), store.calls,
                "a count passes over every send: the window asks it after its first rows");
    }

    @Test
    void anEarlyAnswerIsHandedOutOnceThenTheStoreIsAskedAgain() {
        CountingSource store = new CountingSource();
        WarmStartSource warm = WarmStartSource.start(store, null, SendSort.NEWEST_FIRST, 100, Runnable::run);
        warm.page(ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100);
        SendPage again = warm.page(ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100);
        assertEquals(4, again.total(), "a refresh sees the store as it is now");
        int asked = store.calls.size();
        warm.users();
        assertEquals(asked, store.calls.size(), "users: the early answer first");
        warm.users();
        assertEquals(asked + 1, store.calls.size());
        assertEquals("users", store.calls.get(asked), "then the store");
    }

    @Test
    void anotherQuestionGoesToTheStore() {
        CountingSource store = new CountingSource();
        WarmStartSource warm = WarmStartSource.start(store, null, SendSort.NEWEST_FIRST, 100, Runnable::run);
        SendFilter delivered = SendFilter.ALL.withStatuses(Set.of(SendStatus.DELIVERED));
        warm.page(ADMIN, delivered, SendSort.NEWEST_FIRST, 0, 100);
        warm.page(ADMIN, SendFilter.ALL, new SendSort(SendSort.Field.COST, true), 0, 100);
        warm.page(ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, 100, 100);
        warm.page(SENDER, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100);
        warm.countByStatus(ADMIN, delivered);
        assertEquals(List.of("page ada@example.com 0 100", "page ada@example.com 0 100", "page ada@example.com 100 100",
                "page sam@example.com 0 100", "counts ada@example.com"), store.calls.subList(3, 8));
        assertEquals(3, warm.page(ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100).total(),
                "the early page is still there for the question it answers");
    }

    @Test
    void thePreferredUserIsTheOneAskedFor() {
        CountingSource store = new CountingSource();
        WarmStartSource warm = WarmStartSource.start(store, "SAM@example.com", SendSort.NEWEST_FIRST, 100,
                Runnable::run);
        assertEquals("page sam@example.com 0 100", store.calls.get(2));
        assertEquals(3, warm.page(SENDER, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100).total());
        assertEquals(3, store.calls.size());
    }

    @Test
    void aFailedEarlyAnswerIsAskedAgainAndItsFailureReachesTheCaller() {
        CountingSource store = new CountingSource();
        store.pageFails = true;
        WarmStartSource warm = WarmStartSource.start(store, null, SendSort.NEWEST_FIRST, 100, Runnable::run);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> warm.page(ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100));
        assertEquals("store went away", e.getMessage());
        assertEquals("page ada@example.com 0 100", store.calls.get(store.calls.size() - 1), "asked again");
        store.pageFails = false;
        assertEquals(store.calls.size() + 1, warm.page(ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100).total());
    }

    @Test
    void otherCallsPassThrough() {
        CountingSource store = new CountingSource();
        WarmStartSource warm = WarmStartSource.start(store, null, SendSort.NEWEST_FIRST, 100, Runnable::run);
        assertEquals(Optional.empty(), warm.find(ADMIN, "SND-1"));
        assertEquals("find SND-1", store.calls.get(3));
        assertEquals(Instant.EPOCH, warm.now());
        warm.spend(ADMIN, SendFilter.ALL, null);
        assertEquals("spend ada@example.com", store.calls.get(4));
    }

    /** A decorator that leaves a default method to the interface loses what the store does there. */
    @Test
    void everyCallOfTheInterfaceIsPassedOnByTheDecoratorItself() throws NoSuchMethodException {
        for (java.lang.reflect.Method m : SendSource.class.getMethods()) {
            assertEquals(WarmStartSource.class,
                    WarmStartSource.class.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass(), m.getName());
        }
    }
}
