package sendtracker.ui;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import sendtracker.domain.SendFilter;

/**
 * The export's suggested file name, saying what it holds: "sends-customer-success-2026-12-01.csv"
 * for one team's sends exported on 1 December. Team, sender, up to two statuses or types,
 * needs attention, pending cancel requests and the search text go in, in that order; the date is
 * the day of the export.
 */
public final class ExportName {
    /** Longest the words from the filters may get, so the name stays readable. */
    static final int MAX_FILTER_PART = 60;

    private ExportName() {
    }

    public static String of(SendFilter filter, LocalDate today) {
        List<String> parts = new ArrayList<>();
        add(parts, filter.team());
        if (filter.senderEmail() != null) {
            add(parts, filter.senderEmail().replaceAll("@.*", ""));
        }
        few(parts, filter.statuses());
        few(parts, filter.types());
        if (filter.attentionOnly()) {
            parts.add("needs-attention");
        }
        if (filter.pendingRequestOnly()) {
            parts.add("cancel-requests");
        }
        add(parts, filter.search());
        String words = String.join("-", parts);
        if (words.length() > MAX_FILTER_PART) {
            words = words.substring(0, MAX_FILTER_PART).replaceAll("-+$", "");
        }
        return "sends-" + (words.isEmpty() ? "" : words + "-") + today + ".csv";
    }

    private static void few(List<String> parts, Set<? extends Enum<?>> values) {
        if (!values.isEmpty() && values.size() <= 2) {
            values.stream().map(Enum::name).sorted().forEach(v -> add(parts, v));
        }
    }

    private static void add(List<String> parts, String text) {
        if (text == null) {
            return;
        }
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (!slug.isEmpty()) {
            parts.add(slug);
        }
    }
}
