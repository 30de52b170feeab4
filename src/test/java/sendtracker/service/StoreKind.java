package sendtracker.service;

import java.nio.file.Path;

import sendtracker.store.TeamStoreServer;

/** The two kinds of store the store-facing tests run on: the local H2 file, and the team store on PostgreSQL. */
public enum StoreKind {
    LOCAL {
        @Override
        public String url(Path dir) {
            return TestStores.url(dir);
        }
    },
    TEAM {
        @Override
        public String url(Path dir) {
            return TeamStoreServer.newUrl();
        }
    };

    /** A new, empty store: in {@code dir} for a local one, a fresh database on the test server for a team one. */
    public abstract String url(Path dir);
}
