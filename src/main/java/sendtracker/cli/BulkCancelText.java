package sendtracker.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.CancelOutcome;
import sendtracker.service.BulkCancelResult;
import sendtracker.service.CancelResult;

/** The answer of a cancel of several sends: a line per send, the totals, and one request for Support. */
final class BulkCancelText {
    private BulkCancelText() {
    }

    static void print(CliContext ctx, BulkCancelResult result, boolean asJson,
            Function<CancelResult, Map<String, Object>> json) throws JsonProcessingException {
        PrintStream out = ctx.out();
        if (asJson) {
            List<Map<String, Object>> array = new ArrayList<>();
            result.results().forEach(r -> array.add(json.apply(r)));
            out.println(new ObjectMapper().writeValueAsString(array));
            return;
        }
        for (CancelResult r : result.results()) {
            String outcome = r.notFound() ? "NOT_FOUND" : r.canceled() && result.dryRun() ? "WOULD_CANCEL"
                    : r.conflict() ? "CONFLICT" : String.valueOf(r.outcome());
            out.printf("%-12s %-16s %s%n", r.sendId(), outcome, r.message());
        }
        out.println();
        out.println(totals(result));
        if (!result.notFoundIds().isEmpty()) {
            out.println("Not found or not yours to see: " + String.join(", ", result.notFoundIds()));
        }
        String request = result.supportRequest();
        if (request != null) {
            out.println();
            out.println("Request for Support about the refused sends (copy and send):");
            out.println(request);
        }
    }

    /** "Dry run, nothing changed. CANCELED 2 (45.00 USD); CONTACT_SUPPORT 1 (20.00 EUR)". */
    static String totals(BulkCancelResult result) {
        StringBuilder b = new StringBuilder(result.dryRun() ? "Dry run, nothing changed. " : "");
        b.append(Counts.of(result.results().size(), Counts.Noun.SEND));
        Map<CancelOutcome, Map<String, BigDecimal>> costs = result.costByOutcome();
        String separator = ": ";
        for (Map.Entry<CancelOutcome, Integer> e : result.countByOutcome().entrySet()) {
            b.append(separator).append(e.getKey() == CancelOutcome.CANCELED && result.dryRun() ? "WOULD_CANCEL"
                    : e.getKey().name()).append(' ').append(e.getValue());
            Map<String, BigDecimal> cost = costs.get(e.getKey());
            if (cost != null && !cost.isEmpty()) {
                List<String> perCurrency = new ArrayList<>();
                cost.forEach((currency, sum) -> perCurrency.add(sum.toPlainString() + " " + currency));
                b.append(" (").append(String.join(", ", perCurrency)).append(')');
            }
            separator = "; ";
        }
        if (!result.notFoundIds().isEmpty()) {
            b.append(separator).append("NOT_FOUND ").append(result.notFoundIds().size());
        }
        return b.toString();
    }
}
