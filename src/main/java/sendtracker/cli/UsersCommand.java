package sendtracker.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.User;

/** {@code users [--format text|json]}: who uses this store, their role and teams. */
final class UsersCommand implements Command {
    @Override
    public String name() {
        return "users";
    }

    @Override
    public String usage() {
        return "[--format text|json]         users, roles, teams";
    }

    @Override
    public int run(List<String> words, CliContext ctx) throws Exception {
        Args a = Args.parse(name(), words, Set.of("format"), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new UsageException("users takes no word '" + a.positionals().get(0) + "'");
        }
        String format = a.format("text", "text", "json");
        List<User> users = ctx.backend().sends().users();
        if (format.equals("json")) {
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
