package sendtracker.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.User;
import sendtracker.service.BulkCancel;
import sendtracker.service.BulkCancelResult;
import sendtracker.service.CancelResult;

/**
 * {@code cancel SEND_ID... [--dry-run]} and {@code cancel --where [FILTERS] [--dry-run]}: the
 * three-dot menu's Cancel, for one send or many (docs/design.md, "Command line"). {@code --where}
 * without a filter selects every send the actor can see, as the optional FILTERS of the contract
 * say (docs/design.md, "Command line"). One id without
 * {@code --dry-run} answers exactly as it always did; several, or {@code --where}, answer with a
 * list (a JSON array of the single-cancel objects).
 */
@Command(name = "cancel", description = "Cancel sends when the cancel policy allows it; otherwise say why.")
final class CancelCommand extends SubCommand {
    @Parameters(paramLabel = "SEND_ID", arity = "0..*", description = "The sends' ids, in any letter case.")
    private List<String> ids = new ArrayList<>();

    @Option(names = "--where", description = "Cancel the sends the FILTERS select; without a filter, every send you"
            + " can see (try --dry-run first).")
    private boolean where;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--dry-run", description = "Change nothing; say what would happen to each send.")
    private boolean dryRun;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the send's history.")
    private String reason;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Text (default), or {\"sendId\", \"outcome\", \"message\"} (an array for several sends).")
    private TextOrJson format;

    @Override
    public Integer call() throws Exception {
        SendFilter filter = filters.toFilter();
        if (where && !ids.isEmpty()) {
            throw new UsageException("Give either SEND_IDs or --where with filters, not both.");
        }
        if (!where && !filter.equals(SendFilter.ALL)) {
            throw new UsageException("Filters select sends to cancel only after --where (cancel --where --status S).");
        }
        if (!where && ids.isEmpty()) {
            throw new UsageException("Missing SEND_ID: give one or more send ids, or --where [FILTERS].");
        }
        if (!where && ids.size() == 1 && !dryRun) {
            return single(ids.get(0));
        }
        CliContext ctx = ctx();
        User actor = ctx.actor();
        BulkCancel bulk = new BulkCancel(ctx.backend().sends());
        List<String> selected = ids;
        if (where) {
            KnownNames.check(ctx.backend().sends(), filter);
            selected = bulk.select(actor, filter);
        }
        BulkCancelResult result = bulk.run(actor, selected, reason, dryRun, BulkCancel.Progress.NONE, () -> false);
        if (!where && ids.size() == 1) {
            // One id and --dry-run: the single answer, telling what would happen.
            return printSingle(ctx, result.results().get(0));
        }
        BulkCancelText.print(ctx, result, format == TextOrJson.JSON, CancelCommand::json);
        return exitCode(result);
    }

    private int single(String id) throws Exception {
        CliContext ctx = ctx();
        User actor = ctx.writer("cancel");
        // the id as stored, so the answer names the send as every list shows it (snd-1 typed, SND-1 stored)
        String stored = ctx.backend().sends().find(actor, id).map(Send::id).orElse(id);
        CancelResult r = ctx.backend().sends().cancel(actor, stored, null, reason);
        return printSingle(ctx, r);
    }

    private int printSingle(CliContext ctx, CancelResult r) throws Exception {
        int code = exitCode(r);
        if (format == TextOrJson.JSON) {
            ctx.out().println(new ObjectMapper().writeValueAsString(json(r)));
            return code;
        }
        if (r.notFound()) {
            ctx.err().println("send-tracker: " + r.message());
        } else if (r.canceled()) {
            ctx.out().println((dryRun ? "WOULD CANCEL: " : "CANCELED: ") + r.message());
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

    /**
     * The single-cancel object of docs/design.md ("Command line"): exactly its three keys. A dry
     * run's message says "would be"; the rule and the request for Support are in the text form.
     */
    private static Map<String, Object> json(CancelResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sendId", r.sendId());
        json.put("outcome", r.outcome() == null ? null : r.outcome().name());
        json.put("message", r.message());
        return json;
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

    /** 5 when any id is not visible, else 6 for a conflict, 1 for a technical failure, 4 for any refusal, else 0. */
    static int exitCode(BulkCancelResult result) {
        for (int code : new int[] {ExitCode.NOT_FOUND, ExitCode.CONFLICT, ExitCode.FAILURE, ExitCode.CANCEL_REFUSED}) {
            for (CancelResult r : result.results()) {
                if (exitCode(r) == code) {
                    return code;
                }
            }
        }
        return ExitCode.OK;
    }
}
