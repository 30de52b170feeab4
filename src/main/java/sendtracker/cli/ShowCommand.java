package sendtracker.cli;

import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import sendtracker.domain.Send;
import sendtracker.domain.User;

/** {@code show SEND_ID [--format text|json]}: one send with its history. */
@Command(name = "show", description = "Show one send: its details, history and what Cancel would do.")
final class ShowCommand extends SubCommand {
    @Parameters(paramLabel = "SEND_ID", description = "The send's id, in any letter case.")
    private String id;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Text (default), or the send as the JSON export writes it.")
    private TextOrJson format;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = ctx();
        User actor = ctx.actor();
        Optional<Send> send = ctx.backend().sends().find(actor, id);
        if (send.isEmpty()) {
            ctx.err().println("send-tracker: no send " + id + " that " + actor.email() + " can see.");
            return ExitCode.NOT_FOUND;
        }
        if (format == TextOrJson.JSON) {
            ctx.backend().exporter().writeOne(ctx.out(), send.get());
            ctx.out().println();
        } else {
            SendText.details(ctx.out(), send.get(), ctx.backend().sends().preview(actor, send.get()),
                    ctx.backend().sends().now());
        }
        return ExitCode.OK;
    }
}
