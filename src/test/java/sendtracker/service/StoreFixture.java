package sendtracker.service;

import java.util.UUID;

import sendtracker.store.Database;
import sendtracker.store.JdbcSendStore;
import sendtracker.store.SendStore;

/** A fresh private in-memory store per test, with the real schema. */
final class StoreFixture {
    private StoreFixture() {
    }

    static SendStore newStore() {
        return new JdbcSendStore(Database.open("jdbc:h2:mem:exchange-test-" + UUID.randomUUID()));
    }
}
