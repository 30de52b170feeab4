package sendtracker.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import sendtracker.service.TeamService;

/** {@code team init --admin EMAIL [--name NAME]}: the owner prepares the team store and its first Admin. */
@Command(name = "init", description = {"Prepare the team store (run by the database's owner) and make its first"
        + " Admin, with a login and a generated password."})
final class TeamInitCommand extends TeamSubCommand {
    @Option(names = "--admin", paramLabel = "EMAIL", required = true, description = "The first Admin's email.")
    private String admin;

    @Option(names = "--name", paramLabel = "NAME", description = "The Admin's name (default: the email).")
    private String name;

    @Option(names = "--login", paramLabel = "NAME",
            description = "The Admin's login (default: the email before '@', lower-case).")
    private String login;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "login/password lines (default), or one JSON object.")
    private TextOrJson format;

    @Override
    Integer run(TeamService team, CliContext ctx) throws Exception {
        return TeamCommand.print(ctx, team.init(admin, name, login), format);
    }
}
