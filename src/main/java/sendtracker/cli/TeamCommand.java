package sendtracker.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;

import sendtracker.service.Backend;
import sendtracker.service.TeamService;

/**
 * {@code team init|add-user}: sets up a team store and its people (docs/design.md, "Team store").
 * Only a team store has logins: on a local store the command is refused before it is opened.
 */
@Command(name = "team", description = "Set up a team store (PostgreSQL) and its people's logins.",
        synopsisSubcommandLabel = "init|add-user", subcommands = {TeamInitCommand.class, TeamAddUserCommand.class})
final class TeamCommand extends SubCommand {

    @Override
    public Integer call() {
        throw new UsageException("'team' needs 'init' or 'add-user'. Run 'send-tracker team --help'.");
    }

    /** The team store's people, once the store is known to be a team store. */
    TeamService team() {
        CliContext ctx = ctx();
        if (!Backend.isTeamStore(ctx.storeUrl())) {
            throw new UsageException("'team' works on a team store only: name it with --db"
                    + " jdbc:postgresql://HOST:PORT/DATABASE. The store in use is a local one.");
        }
        return ctx.backend().team();
    }

    CliContext context() {
        return ctx();
    }

    /** {@code login NAME} and {@code password SECRET}, or the one JSON object of DESIGN §5. */
    static int print(CliContext ctx, TeamService.Account account, TextOrJson format) throws Exception {
        if (format == TextOrJson.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("email", account.email());
            m.put("login", account.login());
            m.put("password", account.password());
            m.put("role", account.role().name().toLowerCase(Locale.ROOT));
            ctx.out().println(new ObjectMapper().writeValueAsString(m));
            return ExitCode.OK;
        }
        ctx.out().println("login " + account.login());
        ctx.out().println(account.password() == null ? "password (unchanged: your own login)"
                : "password " + account.password());
        return ExitCode.OK;
    }
}
