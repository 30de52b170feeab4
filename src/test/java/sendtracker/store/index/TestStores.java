package sendtracker.store.index;

import sendtracker.store.Database;

/** A fresh in-memory database with the product's schema. */
final class TestStores {
    private TestStores() {
    }

    static Database open() {
        return Database.open("jdbc:h2:mem:index" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }
}
