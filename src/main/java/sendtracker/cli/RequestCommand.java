package sendtracker.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import sendtracker.service.CancelRequestService;

/** {@code request SEND_ID [--reason TEXT]}: a tracked cancellation request to Support; prints its id. */
@Command(name = "request", description = "Record a request to Support to cancel a send you cannot cancel yourself;"
        + " prints the request's id.")
final class RequestCommand extends SubCommand {
    @Parameters(paramLabel = "SEND_ID", description = "The send's id, in any letter case.")
    private String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it should be canceled (kept with the request).")
    private String reason;

    @Override
    public Integer call() {
        CliContext ctx = ctx();
        CancelRequestService.Result r = Requests.of(ctx).request(ctx.writer("request"), id, reason);
        if (r.done()) {
            // the id alone on standard output, so a script can keep it (docs/design.md §6)
            ctx.out().println(r.request().id());
            return ExitCode.OK;
        }
        return RequestText.print(ctx, r);
    }
}
