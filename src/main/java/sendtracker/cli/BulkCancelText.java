package sendtracker.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.Texts;
import sendtracker.service.BulkCancelResult;
import sendtracker.service.CancelResult;

/**
 * The answer of a cancel of several sends: a line per send (id, recipient, outcome, short reason),
 * the totals per outcome and currency, and one request for Support naming every refused send,
 * grouped by reason, rather than a full request per send (QA of session 3, item 14).
 */
final class BulkCancelText {
    /** Where the ids of a group of refused sends wrap in the request for Support. */
    private static final int ID_LINE = 96;

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
        TextTable lines = new TextTable(4);
        for (CancelResult r : result.results()) {
            lines.row(r.sendId(), r.send() == null ? "-" : r.send().recipientName(), outcome(r, result.dryRun()),
                    shortReason(r));
        }
        lines.print(out, "");
        out.println();
        out.println(totals(result));
        if (!result.notFoundIds().isEmpty()) {
            out.println("Not found or not yours to see: " + String.join(", ", result.notFoundIds()));
        }
        String request = supportRequest(result);
        if (request != null) {
            out.println();
            out.println("Request for Support about the refused sends (copy and send):");
            out.println(request);
        }
    }

    private static String outcome(CancelResult r, boolean dryRun) {
        return r.notFound() ? "NOT_FOUND" : r.canceled() && dryRun ? "WOULD_CANCEL"
                : r.conflict() ? "CONFLICT" : String.valueOf(r.outcome());
    }

    /** The rule's few words ({@code cancel.short.RULE}); the full text is in the JSON and in {@code show}. */
    private static String shortReason(CancelResult r) {
        if (r.notFound()) {
            return Texts.get("cancel.short.notFound");
        }
        if (r.conflict()) {
            return Texts.get("cancel.short.conflict");
        }
        return r.rule() == null ? r.message() : Texts.get("cancel.short." + r.rule().name());
    }

    /** "Dry run, nothing changed. 1,925 sends: WOULD_CANCEL 12 (1,040.00 USD); NOT_CANCELABLE 1,913 (13,938.14 USD)". */
    static String totals(BulkCancelResult result) {
        StringBuilder b = new StringBuilder(result.dryRun() ? "Dry run, nothing changed. " : "");
        b.append(Counts.of(result.results().size(), Counts.Noun.SEND));
        Map<CancelOutcome, Map<String, BigDecimal>> costs = result.costByOutcome();
        String separator = ": ";
        for (Map.Entry<CancelOutcome, Integer> e : result.countByOutcome().entrySet()) {
            b.append(separator).append(e.getKey() == CancelOutcome.CANCELED && result.dryRun() ? "WOULD_CANCEL"
                    : e.getKey().name()).append(' ').append(String.format(Locale.ROOT, "%,d", e.getValue()));
            Map<String, BigDecimal> cost = costs.get(e.getKey());
            if (cost != null && !cost.isEmpty()) {
                b.append(" (").append(money(cost)).append(')');
            }
            separator = "; ";
        }
        if (!result.notFoundIds().isEmpty()) {
            b.append(separator).append("NOT_FOUND ")
                    .append(String.format(Locale.ROOT, "%,d", result.notFoundIds().size()));
        }
        return b.toString();
    }

    /** "13,938.14 USD, 20.00 EUR": each currency apart, its amount grouped by thousands, its decimals kept. */
    static String money(Map<String, BigDecimal> perCurrency) {
        List<String> parts = new ArrayList<>();
        perCurrency.forEach((currency, sum) -> {
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            format.setMinimumFractionDigits(Math.max(sum.scale(), 0));
            format.setMaximumFractionDigits(Math.max(sum.scale(), 0));
            parts.add(format.format(sum) + " " + currency);
        });
        return String.join(", ", parts);
    }

    /**
     * One text for Support: a single refused send's full request as it is, several sends as one
     * request that lists their ids under each reason, with the group's count and cost.
     */
    static String supportRequest(BulkCancelResult result) {
        // a send already closed leaves Support nothing to do: it stays in the lines and totals only
        List<CancelResult> asked = result.refused().stream()
                .filter(r -> r.supportRequest() != null && r.outcome() != CancelOutcome.ALREADY_CLOSED).toList();
        if (asked.size() <= 1) {
            return asked.isEmpty() ? null : asked.get(0).supportRequest();
        }
        Map<String, List<CancelResult>> byReason = new LinkedHashMap<>();
        for (CancelResult r : asked) {
            byReason.computeIfAbsent(shortReason(r), k -> new ArrayList<>()).add(r);
        }
        StringBuilder b = new StringBuilder(Texts.get("bulk.support.opening", asked.size()));
        byReason.forEach((reason, sends) -> {
            Map<String, BigDecimal> cost = new TreeMap<>();
            for (CancelResult r : sends) {
                if (r.send() != null && r.send().cost() != null) {
                    String currency = r.send().currency() == null || r.send().currency().isBlank()
                            ? BulkCancelResult.NO_CURRENCY : r.send().currency();
                    cost.merge(currency, r.send().cost(), BigDecimal::add);
                }
            }
            String count = Counts.of(sends.size(), Counts.Noun.SEND) + (cost.isEmpty() ? "" : ", " + money(cost));
            b.append("\n\n").append(Texts.get("bulk.support.group", reason, count));
            StringBuilder line = new StringBuilder();
            for (CancelResult r : sends) {
                if (line.length() > 0 && line.length() + r.sendId().length() + 2 > ID_LINE) {
                    b.append("\n  ").append(line).append(',');
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : ", ").append(r.sendId());
            }
            b.append("\n  ").append(line);
        });
        return b.toString();
    }
}
