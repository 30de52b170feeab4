package sendtracker.ui;

import sendtracker.App;
import sendtracker.service.SendService;

/** Fills the store named on the command line with the fixture (for looking at the real window by hand). */
public final class FixtureStoreMain {
    private FixtureStoreMain() {
    }

    public static void main(String[] args) {
        SendService service = App.openService(args[0]);
        UiFixture.fill(service, args.length > 1 ? Integer.parseInt(args[1]) : 400);
        service.store().close();
    }
}
