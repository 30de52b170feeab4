package sendtracker.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code withdraw REQUEST_ID}: takes back a cancellation request that still waits for Support. */
@Command(name = "withdraw", description = "Withdraw a cancellation request that still waits for Support's answer.")
final class WithdrawCommand extends SubCommand {
    @Parameters(paramLabel = "REQUEST_ID", description = "The request's id (REQ-…), in any letter case.")
    private String id;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept with the request.")
    private String note;

    @Override
    public Integer call() {
        CliContext ctx = ctx();
        return RequestText.print(ctx, Requests.of(ctx).withdraw(ctx.writer("withdraw"), id, note));
    }
}
