package sendtracker.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import sendtracker.domain.Role;
import sendtracker.service.TeamService;

/**
 * {@code team add-user EMAIL --role admin|manager|sender [--name N] [--team T] [--manages T]…
 * [--login NAME] [--format text|json]}: a person's own login, its password printed once.
 */
@Command(name = "add-user", description = "Give a person their own login on the team store (run by the owner).")
final class TeamAddUserCommand extends TeamSubCommand {
    @Parameters(paramLabel = "EMAIL", description = "The person's email (already in the store, or new).")
    private String email;

    @Option(names = "--role", paramLabel = "admin|manager|sender", required = true, description = "Their role.")
    private Role role;

    @Option(names = "--name", paramLabel = "N", description = "Their name (default: as stored, else the email).")
    private String name;

    @Option(names = "--team", paramLabel = "T", description = "Their own team (default: as stored).")
    private String team;

    @Option(names = "--manages", paramLabel = "T", description = "A team a manager manages (repeatable).")
    private List<String> manages = new ArrayList<>();

    @Option(names = "--login", paramLabel = "NAME",
            description = "Their login (default: the email before '@', lower-case).")
    private String login;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "login/password lines (default), or one JSON object.")
    private TextOrJson format;

    @Override
    Integer run(TeamService service, CliContext ctx) throws Exception {
        TeamService.Account account = service.addUser(email, role, name, team, new LinkedHashSet<>(manages), login);
        return TeamCommand.print(ctx, account, format);
    }
}
