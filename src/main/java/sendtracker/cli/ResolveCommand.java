package sendtracker.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import sendtracker.service.CancelRequestService;

/**
 * {@code resolve REQUEST_ID --canceled|--declined [--case NO] [--note TEXT]}: Support's answer to a
 * request (managers and admins). {@code --sent} records instead that it went to Support.
 */
@Command(name = "resolve", description = "Record Support's answer to a cancellation request: --canceled (the send"
        + " is canceled and credited) or --declined; or --sent when it has gone to Support.")
final class ResolveCommand extends SubCommand {
    @Parameters(paramLabel = "REQUEST_ID", description = "The request's id (REQ-…), in any letter case.")
    private String id;

    @Option(names = "--canceled", description = "Support canceled the send.")
    private boolean canceled;

    @Option(names = "--declined", description = "Support declined (say why with --note).")
    private boolean declined;

    @Option(names = "--sent", description = "Not an answer yet: the request has been sent to Support.")
    private boolean sent;

    @Option(names = "--case", paramLabel = "NO", description = "Support's case number.")
    private String caseNo;

    @Option(names = "--note", paramLabel = "TEXT", description = "Support's answer, kept with the request.")
    private String note;

    @Override
    public Integer call() {
        int chosen = (canceled ? 1 : 0) + (declined ? 1 : 0) + (sent ? 1 : 0);
        if (chosen != 1) {
            throw new UsageException("Say how request " + id + " ended: exactly one of --canceled, --declined"
                    + " (or --sent when it has only gone to Support).");
        }
        CliContext ctx = ctx();
        CancelRequestService service = Requests.of(ctx);
        CancelRequestService.Result r = sent ? service.markSent(ctx.writer("resolve"), id, caseNo)
                : service.resolve(ctx.writer("resolve"), id, canceled, caseNo, note);
        return RequestText.print(ctx, r);
    }
}
