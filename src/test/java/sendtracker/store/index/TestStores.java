package sendtracker.store.index;

import sendtracker.service.StoreKind;
import sendtracker.store.Database;
import sendtracker.store.TeamStoreServer;

/** A fresh database with the product's schema: in memory, or on the team store's test server. */
final class TestStores {
    private TestStores() {
    }

    static Database open() {
        return Database.open("jdbc:h2:mem:index" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    static Database open(StoreKind kind) {
        return kind == StoreKind.TEAM ? Database.open(TeamStoreServer.newUrl()) : open();
    }
}
