package sendtracker.cli;

import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;

/** {@code list [FILTERS] [--format table|csv|json] [--limit N]}: the sends the acting user may see. */
@Command(name = "list", description = "List the sends you may see, newest first.")
final class ListCommand extends SubCommand {
    static final int DEFAULT_TABLE_LIMIT = 100;

    /** A table for a terminal, or the export's CSV or JSON. */
    enum Format {
        TABLE, CSV, JSON
    }

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "A table (default), or the export's CSV or JSON.")
    private Format format;

    @Option(names = "--limit", paramLabel = "N",
            description = "At most N sends (default: " + DEFAULT_TABLE_LIMIT + " in a table, all otherwise).")
    private Integer limit;

    @Override
    public Integer call() {
        SendFilter filter = filters.toFilter();
        CliContext ctx = ctx();
        User actor = ctx.actor();
        KnownNames.check(ctx.backend().sends(), filter);
        if (format != Format.TABLE) {
            int most = limit == null ? Integer.MAX_VALUE : WholeNumbers.between("--limit", limit, 0, Integer.MAX_VALUE);
            ctx.backend().exporter().write(ctx.out(), SendFormat.parse(format.name()).orElseThrow(), actor,
                    filter, SendSort.NEWEST_FIRST, most);
            ctx.out().flush();
            return ExitCode.OK;
        }
        int most = limit == null ? DEFAULT_TABLE_LIMIT : WholeNumbers.between("--limit", limit, 0, 1_000_000);
        SendPage page = ctx.backend().sends().page(actor, filter, SendSort.NEWEST_FIRST, 0, most);
        SendText.table(ctx.out(), page.rows());
        ctx.out().printf("%,d of %s visible to %s (%s)%s%n", page.rows().size(),
                Counts.of(page.total(), Counts.Noun.SEND), actor.email(),
                actor.role().name().toLowerCase(Locale.ROOT),
                page.total() > page.rows().size() ? "; use --limit N for more" : "");
        return ExitCode.OK;
    }
}
