package sendtracker.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;

/** Spend per currency on a handful of known sends: the SQL and the index give the same, exact lines. */
class SpendTotalsTest {
    private Database database;
    private JdbcSendStore store;
    private SendIndex index;

    @BeforeEach
    void open() {
        database = TestStores.open();
        store = new JdbcSendStore(database);
        store.saveUsers(RandomSends.users());
        java.util.Random rnd = new java.util.Random(1);
        Send base = RandomSends.send(rnd, 1, RandomSends.NOW.minusSeconds(86_400));
        store.upsert(List.of(
                base.toBuilder().id("a").status(SendStatus.DELIVERED).cost(new BigDecimal("1000.25")).currency("USD").build(),
                base.toBuilder().id("b").status(SendStatus.DELIVERED).cost(new BigDecimal("234.25")).currency("USD").build(),
                base.toBuilder().id("c").status(SendStatus.SHIPPED).cost(new BigDecimal("310.00")).currency("EUR").build(),
                base.toBuilder().id("d").status(SendStatus.SHIPPED).cost(null).currency("EUR").build()));
        index = new SendIndex(store, database.dataSource());
        store.addListener(index);
        index.build();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachCurrencyHasItsOwnTotalAndSendsWithoutACostAreCounted() {
        Spend want = new Spend(List.of(new Spend.Line(null, "EUR", 2, 1, new BigDecimal("310")),
                new Spend.Line(null, "USD", 2, 0, new BigDecimal("1234.50"))));
        Spend sql = store.spend(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SpendGroup.NONE, RandomSends.NOW);
        assertEquals(want, sql);
        assertEquals(want, index.spend(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SpendGroup.NONE, RandomSends.NOW));
        assertEquals("USD", sql.mainCurrency(), "the first currency of the most priced sends");
        assertEquals(new BigDecimal("310.00"), sql.byCurrency().get("EUR").total());
    }

    @Test
    void perStatusTheFilterStatusesApply() {
        SendFilter shipped = SendFilter.ALL.withStatuses(java.util.Set.of(SendStatus.SHIPPED));
        Spend sql = store.spend(JdbcSendStore.LOCAL_ADMIN, shipped, SpendGroup.STATUS, RandomSends.NOW);
        assertEquals(List.of(new Spend.Line("SHIPPED", "EUR", 2, 1, new BigDecimal("310.00"))), sql.lines());
        assertEquals(sql, index.spend(JdbcSendStore.LOCAL_ADMIN, shipped, SpendGroup.STATUS, RandomSends.NOW));
        Spend all = store.spend(JdbcSendStore.LOCAL_ADMIN, SendFilter.ALL, SpendGroup.STATUS, RandomSends.NOW);
        assertEquals(Map.of("DELIVERED", new BigDecimal("1234.50")), all.totalsIn("USD"));
    }
}
