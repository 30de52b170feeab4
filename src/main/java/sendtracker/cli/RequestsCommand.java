package sendtracker.cli;

import java.util.List;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestState;
import sendtracker.service.CancelRequestService;

/** {@code requests [--state open|sent|resolved|all] [--format table|json]}: the cancellation requests, oldest first. */
@Command(name = "requests", description = "List the cancellation requests on the sends you can see, oldest first.")
final class RequestsCommand extends SubCommand {
    enum Format {
        TABLE, JSON
    }

    @Option(names = "--state", paramLabel = "open|sent|resolved|all", defaultValue = "all",
            description = "open (not yet sent to Support), sent, pending (open or sent), resolved (canceled,"
                    + " declined or withdrawn), or all (default).")
    private String state;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "A table (default), or [{\"id\", \"sendId\", \"state\", \"requestedBy\", \"requestedAt\","
                    + " \"reason\", \"case\"}].")
    private Format format;

    @Override
    public Integer call() throws Exception {
        Set<CancelRequestState> states = CancelRequestService.states(state).orElseThrow(() -> new UsageException(
                "Unknown --state '" + state + "': use open, sent, pending, resolved or all."));
        CliContext ctx = ctx();
        CancelRequestService service = Requests.of(ctx);
        List<CancelRequest> list = service.list(ctx.actor(), states);
        if (format == Format.JSON) {
            RequestText.printJson(ctx.out(), list);
        } else {
            RequestText.printTable(ctx.out(), list, service.now());
        }
        return ExitCode.OK;
    }
}
