package sendtracker.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.User;
import sendtracker.service.CancelResult;

/** {@code cancel SEND_ID [--reason TEXT] [--format text|json]}: the three-dot menu's Cancel. */
@Command(name = "cancel", description = "Cancel a send when the cancel policy allows it; otherwise say why.")
final class CancelCommand extends SubCommand {
    @Parameters(paramLabel = "SEND_ID", description = "The send's id, in any letter case.")
    private String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the send's history.")
    private String reason;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Text (default), or {\"sendId\", \"outcome\", \"message\"}.")
    private TextOrJson format;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = ctx();
        User actor = ctx.writer("cancel");
        // the id as stored, so the answer names the send as every list shows it (snd-1 typed, SND-1 stored)
        String stored = ctx.backend().sends().find(actor, id).map(Send::id).orElse(id);
        CancelResult r = ctx.backend().sends().cancel(actor, stored, null, reason);
        int code = exitCode(r);
        if (format == TextOrJson.JSON) {
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
