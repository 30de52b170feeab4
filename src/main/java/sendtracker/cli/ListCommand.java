package sendtracker.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;

/** {@code list [FILTERS] [--format table|csv|json] [--limit N]}: the sends the acting user may see. */
final class ListCommand implements Command {
    static final int DEFAULT_TABLE_LIMIT = 100;

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String usage() {
        return "[FILTERS] [--format table|csv|json] [--limit N]";
    }

    @Override
    public int run(List<String> words, CliContext ctx) throws Exception {
        Set<String> withValue = new HashSet<>(FilterOptions.WITH_VALUE);
        withValue.add("format");
        withValue.add("limit");
        Args a = Args.parse(name(), words, withValue, FilterOptions.FLAGS);
        if (!a.positionals().isEmpty()) {
            throw new UsageException("list takes no word '" + a.positionals().get(0) + "': filters are options,"
                    + " e.g. --status Shipped");
        }
        String format = a.format("table", "table", "csv", "json");
        SendFilter filter = FilterOptions.from(a);
        User actor = ctx.actor();
        checkSender(ctx, filter);
        if (!format.equals("table")) {
            int limit = a.intValue("limit", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
            ctx.backend().exporter().write(ctx.out(), SendFormat.parse(format).orElseThrow(), actor, filter,
                    SendSort.NEWEST_FIRST, limit);
            ctx.out().flush();
            return ExitCode.OK;
        }
        int limit = a.intValue("limit", DEFAULT_TABLE_LIMIT, 0, 1_000_000);
        SendPage page = ctx.backend().sends().page(actor, filter, SendSort.NEWEST_FIRST, 0, limit);
        SendText.table(ctx.out(), page.rows());
        ctx.out().printf("%,d of %,d sends visible to %s (%s)%s%n", page.rows().size(), page.total(), actor.email(),
                actor.role().name().toLowerCase(java.util.Locale.ROOT),
                page.total() > page.rows().size() ? "; use --limit N for more" : "");
        return ExitCode.OK;
    }

    /** An unknown --sender is a mistake worth saying, not an empty list. */
    static void checkSender(CliContext ctx, SendFilter filter) {
        if (filter.senderEmail() != null && ctx.backend().sends().user(filter.senderEmail()).isEmpty()) {
            throw new UsageException("No user '" + filter.senderEmail() + "' in this store (--sender).");
        }
    }
}
