package sendtracker.ui;

import sendtracker.service.Backend;

/** Fills the store named on the command line with the fixture (for looking at the real window by hand). */
public final class FixtureStoreMain {
    private FixtureStoreMain() {
    }

    public static void main(String[] args) {
        try (Backend backend = Backend.open(args[0], UiFixture.CLOCK, false)) {
            UiFixture.fill(backend.sends(), args.length > 1 ? Integer.parseInt(args[1]) : 400);
        }
    }
}
