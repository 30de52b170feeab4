package sendtracker.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Option;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;

/** The FILTERS of docs/design.md, shared by list and export (a picocli mixin). */
final class FilterOptions {
    @Option(names = "--status", paramLabel = "S",
            description = "Only this status: a code, name or alias (repeatable, or comma-separated).")
    private List<String> statuses = new ArrayList<>();

    @Option(names = "--type", paramLabel = "T",
            description = "Only this type: EGIFT, INVENTORIED, DIRECT, AMAZON or OTHER (repeatable).")
    private List<String> types = new ArrayList<>();

    @Option(names = "--search", paramLabel = "TEXT", description = "Text in a recipient, sender, campaign, send id or tracking number.")
    private String search;

    @Option(names = "--sender", paramLabel = "EMAIL", description = "Only this sender's sends.")
    private String sender;

    @Option(names = "--team", paramLabel = "NAME", description = "Only this team's sends.")
    private String team;

    @Option(names = "--from", paramLabel = "DATE", description = "Created on or after this day (2026-11-21).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Created on or before this day.")
    private String to;

    @Option(names = "--test-mode", paramLabel = "only|exclude|include",
            description = "Test-mode sends: only them, without them, or included (default).")
    private String testMode;

    @Option(names = "--attention", description = "Only sends that need attention.")
    private boolean attention;

    /** The filter these options describe; a value that names nothing is a usage error. */
    SendFilter toFilter() {
        Set<SendStatus> statusSet = EnumSet.noneOf(SendStatus.class);
        for (String s : statuses) {
            for (String part : s.split(",")) {
                statusSet.add(SendStatus.parse(part).orElseThrow(() -> new UsageException("Unknown status '" + part
                        + "'. Use a code (ORDER_RECEIVED), a name (Order Received) or an alias (Processing).")));
            }
        }
        Set<SendType> typeSet = EnumSet.noneOf(SendType.class);
        for (String t : types) {
            for (String part : t.split(",")) {
                typeSet.add(SendType.parseStrict(part).orElseThrow(() -> new UsageException("Unknown type '" + part
                        + "'. Use one of EGIFT, INVENTORIED, DIRECT, AMAZON, OTHER.")));
            }
        }
        LocalDate fromDay = date("--from", from);
        LocalDate toDay = date("--to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw new UsageException("--from " + fromDay + " is after --to " + toDay);
        }
        TestModeFilter testModes = TestModeFilter.INCLUDE;
        if (testMode != null) {
            testModes = TestModeFilter.parse(testMode).orElseThrow(() -> new UsageException(
                    "--test-mode must be only, exclude or include, not '" + testMode + "'"));
        }
        return new SendFilter(statusSet, typeSet, search, sender, team, fromDay, toDay, testModes, attention, Set.of());
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a date like 2026-11-21, not '" + value + "'");
        }
    }
}
