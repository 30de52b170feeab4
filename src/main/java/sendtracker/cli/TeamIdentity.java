package sendtracker.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import sendtracker.domain.Role;
import sendtracker.domain.User;
import sendtracker.service.TeamService;

/**
 * Who acts on a team store (docs/design.md, "Team store"): the signed-in login's person, never a
 * choice. An Admin login may read as another user with --as; that preview never writes. The
 * store's owner, whose login is no one's, keeps the local store's choice (it owns every row anyway).
 */
final class TeamIdentity {
    private final TeamService team;
    private final String actingEmail;
    private final Function<String, User> named;
    private Optional<User> signedIn;

    TeamIdentity(TeamService team, String actingEmail, Function<String, User> named) {
        this.team = team;
        this.actingEmail = actingEmail;
        this.named = named;
    }

    User reader() {
        Optional<User> me = signedIn();
        if (me.isEmpty()) {
            return named.apply(actingEmail);
        }
        if (actingEmail == null) {
            return me.get();
        }
        if (me.get().role() != Role.ADMIN) {
            throw new UsageException("--as is for Admin logins on a team store; you are signed in as "
                    + me.get().email() + " (" + roleName(me.get()) + "). Run the command without --as.");
        }
        return named.apply(actingEmail);
    }

    User writer(String what) {
        User reader = reader();
        if (actingEmail != null && signedIn().isPresent()) {
            throw new UsageException("--as on a team store only reads: '" + what + "' is done as the signed-in"
                    + " login " + signedIn().get().email() + ". Run it without --as.");
        }
        return reader;
    }

    User bulkWriter(String what) {
        User writer = writer(what);
        Optional<User> me = signedIn();
        if (me.isPresent() && me.get().role() != Role.ADMIN) {
            throw new UsageException("'" + what + "' on a team store is for Admin logins; you are signed in as "
                    + me.get().email() + " (" + roleName(me.get()) + ").");
        }
        return writer;
    }

    /** The signed-in person; a login that is no one's is refused unless it owns the store. */
    private Optional<User> signedIn() {
        if (signedIn == null) {
            signedIn = team.signedIn();
            if (signedIn.isEmpty() && !team.ownsStore()) {
                throw new UsageException("The login " + team.login() + " is no one's in this team store: ask the"
                        + " admin to run 'team add-user EMAIL --login " + team.login() + "' for you.");
            }
        }
        return signedIn;
    }

    private static String roleName(User u) {
        return u.role().name().toLowerCase(Locale.ROOT);
    }
}
