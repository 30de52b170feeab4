package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TeamStoreSmokeTest {
    @Test
    void opensMigratesAndStores() {
        try (Database db = Database.open(TeamStoreServer.newUrl())) {
            JdbcSendStore store = new JdbcSendStore(db);
            assertEquals(0, store.sendCount());
            assertEquals(List.of(), store.users());
        }
    }
}
