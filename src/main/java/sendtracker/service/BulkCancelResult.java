package sendtracker.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.Texts;

/**
 * How a bulk cancel (or its dry run) ended: one result per send reached, in order, and the ids
 * a stop left untouched. Costs are totalled per currency, never across currencies.
 */
public record BulkCancelResult(boolean dryRun, List<CancelResult> results, List<String> notAttempted) {
    /** The currency shown for a send without one. */
    public static final String NO_CURRENCY = "-";

    public BulkCancelResult {
        results = List.copyOf(results);
        notAttempted = List.copyOf(notAttempted);
    }

    /** True when a stop came before the last send. */
    public boolean stopped() {
        return !notAttempted.isEmpty();
    }

    /** The sends canceled (or, in a dry run, that would be), in order. */
    public List<String> canceledIds() {
        return results.stream().filter(CancelResult::canceled).map(CancelResult::sendId).toList();
    }

    /** The visible sends that were (or would be) refused, conflicts included. */
    public List<CancelResult> refused() {
        return results.stream().filter(r -> !r.notFound() && !r.canceled()).toList();
    }

    /** The ids that name no send the actor can see. */
    public List<String> notFoundIds() {
        return results.stream().filter(CancelResult::notFound).map(CancelResult::sendId).toList();
    }

    public boolean anyConflict() {
        return results.stream().anyMatch(CancelResult::conflict);
    }

    /** How many sends ended in each outcome, in the outcomes' order; not-found ids are not counted here. */
    public Map<CancelOutcome, Integer> countByOutcome() {
        Map<CancelOutcome, Integer> counts = new EnumMap<>(CancelOutcome.class);
        for (CancelResult r : results) {
            if (!r.notFound() && r.outcome() != null) {
                counts.merge(r.outcome(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Per outcome, the sends' cost per currency (sorted by currency code). */
    public Map<CancelOutcome, Map<String, BigDecimal>> costByOutcome() {
        Map<CancelOutcome, Map<String, BigDecimal>> costs = new EnumMap<>(CancelOutcome.class);
        for (CancelResult r : results) {
            if (r.notFound() || r.outcome() == null || r.send() == null || r.send().cost() == null) {
                continue;
            }
            String currency = r.send().currency() == null || r.send().currency().isBlank() ? NO_CURRENCY
                    : r.send().currency();
            costs.computeIfAbsent(r.outcome(), o -> new TreeMap<>()).merge(currency, r.send().cost(), BigDecimal::add);
        }
        return costs;
    }

    /** One request to Support covering every refused send, or null when none was refused. */
    public String supportRequest() {
        List<String> parts = new ArrayList<>();
        for (CancelResult r : refused()) {
            if (r.supportRequest() != null) {
                parts.add(r.supportRequest());
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String separator = "\n\n" + Texts.get("bulk.support.separator") + "\n";
        return Texts.get("bulk.support.opening", parts.size()) + separator + String.join(separator, parts);
    }
}
