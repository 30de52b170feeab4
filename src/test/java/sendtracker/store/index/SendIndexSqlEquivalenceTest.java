package sendtracker.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.User;
import sendtracker.service.StoreKind;
import sendtracker.store.CancelCommit;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;

/** The index against the store's own SQL, on a few thousand sends and thousands of random queries, on both stores. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SendIndexSqlEquivalenceTest {
    @Parameter
    StoreKind kind;

    private Database database;
    private JdbcSendStore store;

    @BeforeEach
    void open() {
        database = TestStores.open(kind);
        store = new JdbcSendStore(database);
        store.saveUsers(RandomSends.users());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Send> fill(Random rnd, int n) {
        List<Send> sends = RandomSends.sends(rnd, n);
        for (int from = 0; from < n; from += 500) {
            store.upsert(sends.subList(from, Math.min(n, from + 500)));
        }
        List<Send> stored = new ArrayList<>();
        store.forEach(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SendSort.NEWEST_FIRST, RandomSends.NOW, false,
                stored::add);
        assertEquals(n, stored.size());
        return stored;
    }

    private List<User> viewers() {
        List<User> viewers = new ArrayList<>(store.users());
        viewers.add(JdbcSendStore.LOCAL_ADMIN);
        return viewers;
    }

    private SendIndex built() {
        // built by its own streaming read of the schema, as the app wires it
        SendIndex index = new SendIndex(store, database.dataSource());
        store.addListener(index);
        index.build();
        return index;
    }

    @Test
    void answersRandomQueriesExactlyAsTheSql() {
        Random rnd = new Random(20261121);
        List<Send> stored = fill(rnd, 2000);
        SendIndex index = built();
        assertEquals(2000, index.size());
        int[] tiedPairs = new int[1];
        int answered = Equivalence.assertSameAnswers(store, index, rnd, 2000, stored, viewers(), tiedPairs);
        assertTrue(answered > 1950, "the index answers almost every query itself: " + answered);
        // RandomSends' coarse times and few names make equal sort values common: the tie-break is exercised
        assertTrue(tiedPairs[0] > 2000, "tied neighbours on the pages: " + tiedPairs[0]);
    }

    @Test
    void aCancelAndAnUpsertShowInTheIndex() {
        Random rnd = new Random(5);
        List<Send> stored = fill(rnd, 1500);
        SendIndex index = built();
        User admin = store.defaultUser();
        Send cancelable = stored.stream()
                .filter(s -> s.type() == SendType.INVENTORIED && s.status() == SendStatus.CONFIRMING_ADDRESS)
                .findFirst().orElseThrow();
        SendFilter canceled = SendFilter.ALL.withStatuses(Set.of(SendStatus.CANCELED));
        long before = index.count(admin, canceled, RandomSends.NOW);

        CancelCommit commit = store.cancel(cancelable.id(), null, admin, "test", RandomSends.NOW, new CancelPolicy());

        assertTrue(commit.committed());
        assertEquals(before + 1, index.count(admin, canceled, RandomSends.NOW));
        assertEquals(store.count(admin, canceled, RandomSends.NOW), index.count(admin, canceled, RandomSends.NOW));

        Send moved = stored.get(7).toBuilder().recipientName("Freshly Renamed").campaign("Brand New Campaign")
                .statusChangedAt(RandomSends.NOW).status(SendStatus.DELIVERED).build();
        Send added = RandomSends.send(rnd, 999_999, RandomSends.NOW.minusSeconds(86_400)).toBuilder()
                .id("zz-new-send").build();
        store.upsert(List.of(moved, added));

        assertEquals(List.of(moved.id()), index.pageIds(admin, SendFilter.ALL.withSearch("freshly renamed"),
                SendSort.NEWEST_FIRST, 0, 10, RandomSends.NOW).ids());
        assertEquals(List.of("zz-new-send"), index.pageIds(admin, SendFilter.ALL.withSearch("ZZ-NEW"),
                SendSort.NEWEST_FIRST, 0, 10, RandomSends.NOW).ids());
        assertEquals(1501, store.sendCount());
        assertEquals(1501, index.size());
        List<Send> now = new ArrayList<>();
        store.forEach(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, RandomSends.NOW, false, now::add);
        Equivalence.assertSameAnswers(store, index, rnd, 500, now, viewers());
    }
}
