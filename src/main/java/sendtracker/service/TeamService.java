package sendtracker.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import sendtracker.domain.Role;
import sendtracker.domain.User;
import sendtracker.store.Database;
import sendtracker.store.SendStore;
import sendtracker.store.TeamAccounts;

/**
 * Sets up a team store and its people (docs/design.md, "Team store"): {@code team init} makes the
 * first Admin, {@code team add-user} a person with their own login and a generated password,
 * shown once. Both are the database owner's work, and both change nothing when they refuse.
 */
public final class TeamService {
    /** A person's login as made: {@code password} is null when the login existed (the owner's own). */
    public record Account(String email, String login, String password, Role role) {
    }

    /** A request the command line checks before anything changes (a usage error). */
    public static final class TeamUsageException extends RuntimeException {
        TeamUsageException(String message) {
            super(message);
        }
    }

    private final TeamAccounts accounts;
    private final SendStore store;

    TeamService(Database database, SendStore store) {
        this.accounts = TeamAccounts.of(database);
        this.store = store;
    }

    /** Secures the store and makes {@code email} its first Admin; the owner's own login may be theirs. */
    public Account init(String email, String name, String login) {
        accounts.requireOwner("team init");
        String chosen = loginFor(email, login);
        boolean ownLogin = chosen.equals(accounts.currentLogin());
        if (!ownLogin) {
            refuseTaken(chosen);
        }
        accounts.installSecurity();
        if (ownLogin) {
            save(email, Role.ADMIN, name, null, Set.of());
            accounts.grant(chosen, Role.ADMIN, email);
            return new Account(email.trim(), chosen, null, Role.ADMIN);
        }
        return addUser(email, Role.ADMIN, name, null, Set.of(), chosen, "team init");
    }

    /** Gives a person (new, or already in {@code users}) their own login with {@code role}. */
    public Account addUser(String email, Role role, String name, String team, Set<String> manages, String login) {
        return addUser(email, role, name, team, manages, login, "team add-user");
    }

    private Account addUser(String email, Role role, String name, String team, Set<String> manages, String login,
            String what) {
        accounts.requireOwner(what);
        String chosen = loginFor(email, login);
        refuseTaken(chosen);
        if (role != Role.MANAGER && !manages.isEmpty()) {
            throw new TeamUsageException("--manages is for managers; " + email + " would be " + role.name()
                    .toLowerCase(Locale.ROOT) + ".");
        }
        String password = accounts.createLogin(chosen, role, email, () -> save(email, role, name, team, manages));
        return new Account(email.trim(), chosen, password, role);
    }

    /**
     * The person the connection signed in as (their login's row); empty for a login that is no
     * one's, which only the store's owner may use (docs/decisions/0012-logins-and-row-level-security.md).
     */
    public Optional<User> signedIn() {
        return accounts.signedInEmail().flatMap(store::user);
    }

    /** True when the login owns the store's tables (or is a superuser): the store's root, not one of its people. */
    public boolean ownsStore() {
        return accounts.ownsStore();
    }

    /** The login the connection signed in as. */
    public String login() {
        return accounts.currentLogin();
    }

    private void refuseTaken(String login) {
        if (accounts.loginExists(login)) {
            throw new TeamUsageException("The server has a login " + login + " already. Name another with --login.");
        }
    }

    private static String loginFor(String email, String login) {
        if (email == null || email.indexOf('@') <= 0 || email.indexOf('@') == email.length() - 1) {
            throw new TeamUsageException("'" + email + "' is not an email address.");
        }
        String chosen = login == null ? TeamAccounts.defaultLogin(email.trim()) : login;
        try {
            TeamAccounts.checkLogin(chosen);
        } catch (IllegalArgumentException e) {
            throw new TeamUsageException(e.getMessage() + (login == null ? " Name one with --login." : ""));
        }
        return chosen;
    }

    /** The person's row: one already in {@code users} keeps their name and team unless new ones are given. */
    private void save(String email, Role role, String name, String team, Set<String> manages) {
        Optional<User> known = store.user(email);
        String keptName = name != null ? name : known.map(User::name).orElse(email.trim());
        String keptTeam = team != null ? team : known.map(User::team).orElse(null);
        Set<String> managed = new TreeSet<>(manages);
        store.saveUsers(List.of(new User(known.map(User::id).orElse(0L), email.trim(), keptName, role,
                keptTeam, managed)));
    }
}
