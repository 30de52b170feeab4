package sendtracker.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import sendtracker.domain.Send;
import sendtracker.domain.User;

/** {@code show SEND_ID [--format text|json]}: one send with its history. */
final class ShowCommand implements Command {
    @Override
    public String name() {
        return "show";
    }

    @Override
    public String usage() {
        return "SEND_ID [--format text|json]";
    }

    @Override
    public int run(List<String> words, CliContext ctx) throws Exception {
        Args a = Args.parse(name(), words, Set.of("format"), Set.of());
        if (a.positionals().size() != 1) {
            throw new UsageException("show needs exactly one SEND_ID");
        }
        String format = a.format("text", "text", "json");
        User actor = ctx.actor();
        String id = a.positionals().get(0);
        Optional<Send> send = ctx.backend().sends().find(actor, id);
        if (send.isEmpty()) {
            ctx.err().println("send-tracker: no send " + id + " that " + actor.email() + " can see.");
            return ExitCode.NOT_FOUND;
        }
        if (format.equals("json")) {
            ctx.backend().exporter().writeOne(ctx.out(), send.get());
            ctx.out().println();
        } else {
            SendText.details(ctx.out(), send.get(), ctx.backend().sends().preview(actor, send.get()),
                    ctx.backend().sends().now());
        }
        return ExitCode.OK;
    }
}
