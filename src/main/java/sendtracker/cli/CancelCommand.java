package sendtracker.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.service.CancelResult;

/** {@code cancel SEND_ID [--reason TEXT] [--format text|json]}: the three-dot menu's Cancel. */
final class CancelCommand implements Command {
    @Override
    public String name() {
        return "cancel";
    }

    @Override
    public String usage() {
        return "SEND_ID [--reason TEXT] [--format text|json]";
    }

    @Override
    public int run(List<String> words, CliContext ctx) throws Exception {
        Args a = Args.parse(name(), words, Set.of("reason", "format"), Set.of());
        if (a.positionals().size() != 1) {
            throw new UsageException("cancel needs exactly one SEND_ID");
        }
        String format = a.format("text", "text", "json");
        String id = a.positionals().get(0);
        CancelResult r = ctx.backend().sends().cancel(ctx.actor(), id, null, a.get("reason"));
        int code = exitCode(r);
        if (format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sendId", r.sendId());
            json.put("outcome", r.outcome() == null ? null : r.outcome().name());
            json.put("message", r.message());
            if (r.rule() != null) {
                json.put("rule", r.rule().name());
            }
            if (r.supportRequest() != null) {
                json.put("supportRequest", r.supportRequest());
            }
            ctx.out().println(new ObjectMapper().writeValueAsString(json));
            return code;
        }
        if (r.notFound()) {
            ctx.err().println("send-tracker: " + r.message());
        } else if (r.canceled()) {
            ctx.out().println("CANCELED: " + r.message());
        } else {
            ctx.out().println(r.outcome() + ": " + r.message());
            if (r.supportRequest() != null) {
                ctx.out().println();
                ctx.out().println("Request for Support (copy and send):");
                ctx.out().println(r.supportRequest());
            }
        }
        return code;
    }

    static int exitCode(CancelResult r) {
        if (r.notFound()) {
            return ExitCode.NOT_FOUND;
        }
        if (r.conflict()) {
            return ExitCode.CONFLICT;
        }
        if (r.rule() == CancelRule.TECHNICAL_FAILURE) {
            return ExitCode.FAILURE;
        }
        return r.outcome() == CancelOutcome.CANCELED ? ExitCode.OK : ExitCode.CANCEL_REFUSED;
    }
}
