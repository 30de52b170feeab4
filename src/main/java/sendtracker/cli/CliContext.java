package sendtracker.cli;

import java.io.PrintStream;
import java.time.Clock;

import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.StoreLabel;

/** What a command runs with: the store (opened on first use), the acting user, the clock and the streams. */
final class CliContext implements AutoCloseable {
    private final Clock clock;
    private final String db;
    private final String actingEmail;
    private final PrintStream out;
    private final PrintStream err;
    private Backend backend;
    private TeamIdentity teamIdentity;

    /**
     * @param db          the store's JDBC URL from {@code --db}, or null for the default store
     * @param actingEmail the user from {@code --as}, or null for the store's first Admin
     */
    CliContext(Clock clock, String db, String actingEmail, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.db = db;
        this.actingEmail = actingEmail;
        this.out = out;
        this.err = err;
    }

    /**
     * The store, opened on first use. Every command that opens the store comes here, so this is
     * where a store that the open had to create is announced (issue 15): one line on stderr,
     * stdout left to the command. A new default store filled with the demo sends is not empty
     * and needs no warning.
     */
    Backend backend() {
        if (backend == null) {
            backend = Backend.open(db, clock);
            if (backend.isNewStore() && backend.backups().isPresent() && backend.sends().totalSends() == 0) {
                err.println("send-tracker: " + Texts.get("ui.store.created", StoreLabel.of(storeUrl())));
            }
        }
        return backend;
    }

    /** The URL of the store the commands use: {@code --db}, else the default store. */
    String storeUrl() {
        return db != null ? db : Backend.defaultUrl();
    }

    /**
     * Who reads: on a local store the user named by --as, or the store's first Admin; on a team
     * store the signed-in login's person, or for an Admin login the --as user, read-only
     * (docs/design.md, "Team store"; {@link TeamIdentity}).
     */
    User actor() {
        if (Backend.isTeamStore(storeUrl())) {
            return team().reader();
        }
        return named(actingEmail);
    }

    /** Who writes ({@code what} names the command): never an --as preview on a team store. */
    User writer(String what) {
        return Backend.isTeamStore(storeUrl()) ? team().writer(what) : actor();
    }

    /** Bulk writes ({@code import}, {@code demo}): on a team store, Admin logins (and the owner) only. */
    User bulkWriter(String what) {
        return Backend.isTeamStore(storeUrl()) ? team().bulkWriter(what) : actor();
    }

    private TeamIdentity team() {
        if (teamIdentity == null) {
            teamIdentity = new TeamIdentity(backend().team(), actingEmail, this::named);
        }
        return teamIdentity;
    }

    private User named(String email) {
        if (email == null) {
            return backend().sends().defaultUser();
        }
        return backend().sends().user(email).orElseThrow(() -> new UsageException(
                "No user '" + email + "' in this store. Run 'send-tracker users' to see who there is."));
    }

    /** The store named by --db, or null for the default one. */
    String db() {
        return db;
    }

    Clock clock() {
        return clock;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public void close() {
        if (backend != null) {
            backend.close();
        }
    }
}
