package sendtracker.service;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

/** A fresh private in-memory store per test, with the real schema. */
final class StoreFixture {
    private StoreFixture() {
    }

    static SendStore newStore() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:exchange-test-" + UUID.randomUUID(), "sa", "");
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        return new JdbcSendStore(pool, pool::dispose);
    }
}
