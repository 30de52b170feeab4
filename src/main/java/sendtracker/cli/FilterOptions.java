package sendtracker.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;

/** The FILTERS of DESIGN §2, shared by list and export. */
public final class FilterOptions {
    public static final Set<String> WITH_VALUE = Set.of("status", "type", "search", "sender", "team", "from", "to",
            "test-mode");
    public static final Set<String> FLAGS = Set.of("attention");

    private FilterOptions() {
    }

    public static SendFilter from(Args a) {
        Set<SendStatus> statuses = EnumSet.noneOf(SendStatus.class);
        for (String s : a.all("status")) {
            for (String part : s.split(",")) {
                statuses.add(SendStatus.parse(part).orElseThrow(() -> new UsageException("Unknown status '" + part
                        + "'. Use a code (ORDER_RECEIVED), a name (Order Received) or an alias (Processing).")));
            }
        }
        Set<SendType> types = EnumSet.noneOf(SendType.class);
        for (String t : a.all("type")) {
            for (String part : t.split(",")) {
                types.add(SendType.parseStrict(part).orElseThrow(() -> new UsageException("Unknown type '" + part
                        + "'. Use one of EGIFT, INVENTORIED, DIRECT, AMAZON, OTHER.")));
            }
        }
        LocalDate from = date(a, "from");
        LocalDate to = date(a, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        TestModeFilter testMode = TestModeFilter.INCLUDE;
        if (a.get("test-mode") != null) {
            testMode = TestModeFilter.parse(a.get("test-mode")).orElseThrow(() -> new UsageException(
                    "--test-mode must be only, exclude or include, not '" + a.get("test-mode") + "'"));
        }
        return new SendFilter(statuses, types, a.get("search"), a.get("sender"), a.get("team"), from, to, testMode,
                a.has("attention"), Set.of());
    }

    private static LocalDate date(Args a, String name) {
        String v = a.get(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " must be a date like 2026-11-21, not '" + v + "'");
        }
    }
}
