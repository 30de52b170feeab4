package sendtracker.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;

/** The index against a brute-force scan written straight from the filter semantics. */
class SendIndexTest {

    private static SendIndex built(ReferenceStore store) {
        SendIndex index = new SendIndex(store);
        store.addListener(index);
        index.build();
        return index;
    }

    private static ReferenceStore storeWith(List<Send> sends) {
        ReferenceStore store = new ReferenceStore();
        store.saveUsers(RandomSends.users());
        store.upsert(sends);
        return store;
    }

    @Test
    void answersRandomQueriesExactlyAsTheScan() {
        Random rnd = new Random(42);
        List<Send> sends = RandomSends.sends(rnd, 3000);
        ReferenceStore store = storeWith(sends);
        SendIndex index = built(store);
        assertEquals(3000, index.size());
        int[] tiedPairs = new int[1];
        int answered = Equivalence.assertSameAnswers(store, index, rnd, 3000, sends, RandomSends.users(), tiedPairs);
        assertTrue(answered > 2900, "the index answers almost every query itself: " + answered);
        assertTrue(tiedPairs[0] > 2000, "tied neighbours on the pages: " + tiedPairs[0]);
    }

    @Test
    void followsUpdatesAndNewSends() {
        Random rnd = new Random(7);
        List<Send> sends = new ArrayList<>(RandomSends.sends(rnd, 3000));
        ReferenceStore store = storeWith(sends);
        SendIndex index = built(store);
        index.prepareAllSorts();
        for (int round = 0; round < 20; round++) {
            List<Send> batch = new ArrayList<>();
            for (int k = 0; k < 1 + rnd.nextInt(40); k++) {
                Send old = sends.get(rnd.nextInt(sends.size()));
                Send other = RandomSends.send(rnd, 100_000 + round * 100 + k, RandomSends.NOW.minus(Duration.ofDays(50)));
                // a newer status and other sort keys for an existing send
                batch.add(other.toBuilder().id(old.id()).statusChangedAt(old.statusChangedAt().plusSeconds(60))
                        .campaign(rnd.nextInt(5) == 0 ? "New campaign " + round : other.campaign()).build());
            }
            for (int k = 0; k < rnd.nextInt(30); k++) {
                Send fresh = RandomSends.send(rnd, 200_000 + round * 100 + k, RandomSends.NOW.minus(Duration.ofDays(50)));
                batch.add(fresh.toBuilder().senderName(rnd.nextInt(4) == 0 ? "Newcomer " + round : fresh.senderName())
                        .build());
            }
            store.upsert(batch);
            sends = new ArrayList<>(store.findByIds(idsOf(sends, batch)));
            Equivalence.assertSameAnswers(store, index, rnd, 150, sends, RandomSends.users());
        }
        assertEquals(store.sendCount(), index.size());
    }

    @Test
    void followsABulkReimport() {
        Random rnd = new Random(99);
        List<Send> sends = RandomSends.sends(rnd, 6000);
        ReferenceStore store = storeWith(sends);
        SendIndex index = built(store);
        index.prepareAllSorts();
        List<Send> again = new ArrayList<>();
        for (Send s : sends.subList(0, 5000)) {
            Send other = RandomSends.send(rnd, 1, RandomSends.NOW.minus(Duration.ofDays(40)));
            again.add(other.toBuilder().id(s.id()).statusChangedAt(s.statusChangedAt().plusSeconds(1)).build());
        }
        List<Send> fresh = RandomSends.sends(new Random(100), 7000).subList(6000, 7000);
        again.addAll(fresh);
        for (int from = 0; from < again.size(); from += 1000) {
            store.upsert(again.subList(from, from + 1000));
        }
        assertEquals(7000, index.size());
        List<Send> now = store.findByIds(idsOf(sends, fresh));
        Equivalence.assertSameAnswers(store, index, rnd, 400, now, RandomSends.users());
    }

    @Test
    void everyOneLetterSearchMatchesTheScan() {
        List<Send> sends = RandomSends.sends(new Random(17), 1500);
        ReferenceStore store = storeWith(sends);
        SendIndex index = built(store);
        User admin = RandomSends.users().get(0);
        for (char c : "abcdefghijklmnopqrstuvwxyz0123456789@.-_%' ÉéŁłΩωø".toCharArray()) {
            SendFilter f = SendFilter.ALL.withSearch(String.valueOf(c));
            assertEquals(store.count(admin, f, RandomSends.NOW), index.count(admin, f, RandomSends.NOW), "search " + c);
            assertEquals(store.countByStatus(admin, f, RandomSends.NOW), index.countByStatus(admin, f, RandomSends.NOW),
                    "search " + c);
        }
    }

    @Test
    void aCancelShowsAtOnce() {
        Random rnd = new Random(3);
        List<Send> sends = RandomSends.sends(rnd, 500);
        ReferenceStore store = storeWith(sends);
        SendIndex index = built(store);
        User admin = RandomSends.users().get(0);
        Send target = sends.stream().filter(s -> s.status() != SendStatus.CANCELED).findFirst().orElseThrow();
        SendFilter canceled = SendFilter.ALL.withStatuses(java.util.Set.of(SendStatus.CANCELED));
        long before = index.count(admin, canceled, RandomSends.NOW);

        store.put(target.toBuilder().status(SendStatus.CANCELED).statusChangedAt(RandomSends.NOW).build());

        assertEquals(before + 1, index.count(admin, canceled, RandomSends.NOW));
        SendIndex.IdPage newest = index.pageIds(admin, canceled,
                new SendSort(SendSort.Field.STATUS_CHANGED_AT, false), 0, 1, RandomSends.NOW);
        assertEquals(List.of(target.id()), newest.ids());
    }

    @Test
    void aChangeWhileBuildingIsNotLost() {
        Random rnd = new Random(11);
        List<Send> sends = RandomSends.sends(rnd, 300);
        ReferenceStore store = storeWith(sends);
        Send target = sends.get(123);
        Send changed = target.toBuilder().status(SendStatus.FAILED).recipientName("Changed Meanwhile").build();
        SendIndex index = new SendIndex(ReferenceStoreDuringForEach.create(store, () -> store.put(changed)));
        store.addListener(index);
        index.build();
        User admin = RandomSends.users().get(0);
        assertEquals(List.of(target.id()),
                index.pageIds(admin, SendFilter.ALL.withSearch("changed meanwhile"), SendSort.NEWEST_FIRST, 0, 10,
                        RandomSends.NOW).ids());
        Equivalence.assertSameAnswers(store, index, rnd, 300, sends, RandomSends.users());
    }

    @Test
    void leavesASearchItCannotAnswerToTheStore() {
        ReferenceStore store = storeWith(RandomSends.sends(new Random(1), 10));
        SendIndex index = built(store);
        assertTrue(index.canAnswer(SendFilter.ALL.withSearch("abc"), SendSort.NEWEST_FIRST));
        assertFalse(index.canAnswer(SendFilter.ALL.withSearch("a\u0000b"), SendSort.NEWEST_FIRST));
        assertFalse(new SendIndex(store).canAnswer(SendFilter.ALL, SendSort.NEWEST_FIRST), "not built yet");
    }

    private static List<String> idsOf(List<Send> a, List<Send> b) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        a.forEach(s -> ids.add(s.id()));
        b.forEach(s -> ids.add(s.id()));
        return new ArrayList<>(ids);
    }
}
