package sendtracker.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import sendtracker.service.SendService;

/** Tests that read (and do not change) one fixture store shared by the class. */
abstract class FixtureStoreTest {
    static SendService service;

    @BeforeAll
    static void openFixtureStore() {
        service = UiFixture.service();
    }

    @AfterAll
    static void closeFixtureStore() {
        service.store().close();
    }
}
