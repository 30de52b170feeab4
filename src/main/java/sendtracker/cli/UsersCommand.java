package sendtracker.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import sendtracker.domain.User;

/** {@code users [--format text|json]}: who uses this store, their role and teams. */
@Command(name = "users", description = "Users, roles and teams.")
final class UsersCommand extends SubCommand {
    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "A table (default), or [{\"email\", \"name\", \"role\", \"teams\"}].")
    private TextOrJson format;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = ctx();
        List<User> users = ctx.backend().sends().users();
        if (format == TextOrJson.JSON) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (User u : users) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("email", u.email());
                m.put("name", u.name());
                m.put("role", u.role().name());
                m.put("teams", new ArrayList<>(teams(u)));
                out.add(m);
            }
            ctx.out().println(new ObjectMapper().writeValueAsString(out));
            return ExitCode.OK;
        }
        String fmt = "%-40s %-24s %-8s %s%n";
        ctx.out().printf(fmt, "EMAIL", "NAME", "ROLE", "TEAMS");
        for (User u : users) {
            ctx.out().printf(fmt, u.email(), u.name(), u.role().name().toLowerCase(Locale.ROOT),
                    String.join(", ", teams(u)));
        }
        return ExitCode.OK;
    }

    /** A sender's own team; a manager's teams they manage (and their own). */
    static Set<String> teams(User u) {
        Set<String> teams = new TreeSet<>(u.managedTeams());
        if (u.team() != null) {
            teams.add(u.team());
        }
        return teams;
    }
}
