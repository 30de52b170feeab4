package sendtracker.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.Texts;

/**
 * Turns the text of one field into a value, or notes why it cannot: the rules both file formats
 * share. Collects every problem of a row, so one rejection names them all; the first problem's
 * field is the row's field.
 */
final class FieldReader {
    /** The store's column sizes (db/migration/V1__initial_schema.sql; docs/design.md, "Import rules"): longer text is rejected, never cut. */
    static final int ID_MAX = 64;
    static final int TEXT_MAX = 300;
    static final int EMAIL_MAX = 320;
    static final int CURRENCY_MAX = 3;
    static final int URL_MAX = 2000;
    static final int NOTE_MAX = 2000;
    static final int MESSAGE_MAX = 10_000;
    /** DECIMAL(14, 2). */
    private static final int COST_INTEGER_DIGITS = 12;
    private static final int COST_SCALE = 2;

    /** Parsed names by their text: a file repeats a handful of them a million times. */
    private static final int CACHE_MAX = 1024;
    private final Map<String, SendStatus> statuses = new HashMap<>();
    private final Map<String, SendType> types = new HashMap<>();

    private String firstField;
    private final StringBuilder reasons = new StringBuilder();

    void reset() {
        firstField = null;
        reasons.setLength(0);
    }

    boolean ok() {
        return firstField == null;
    }

    String field() {
        return firstField;
    }

    String reason() {
        return reasons.toString();
    }

    void problem(String field, String reason) {
        if (firstField == null) {
            firstField = field;
        } else {
            reasons.append("; ");
            reasons.append(field).append(": ");
        }
        reasons.append(reason);
    }

    /** Text as written, blank as null, too long rejected. */
    String text(String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            problem(field, Texts.get("exchange.row.tooLong", value.length(), max));
            return null;
        }
        return value;
    }

    String required(String field, String value, int max) {
        String v = value == null ? null : value.trim();
        if (v == null || v.isEmpty()) {
            problem(field, Texts.get("exchange.row.missing"));
            return null;
        }
        return text(field, v, max);
    }

    Instant timestamp(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(field, Texts.get("exchange.row.missing"));
            }
            return null;
        }
        Instant t = Timestamps.parse(value);
        if (t == null) {
            problem(field, Texts.get("exchange.row.badTimestamp", shorten(value)));
        }
        return t;
    }

    /** A cancellation request's state by code or shown name, case-insensitive; blank is none. */
    sendtracker.domain.CancelRequestState requestState(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (sendtracker.domain.CancelRequestState s : sendtracker.domain.CancelRequestState.values()) {
            if (s.name().equalsIgnoreCase(value.trim()) || s.displayName().equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        problem(field, Texts.get("exchange.row.unknownRequestState", shorten(value)));
        return null;
    }

    SendStatus status(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, Texts.get("exchange.row.missing"));
            return null;
        }
        SendStatus known = statuses.get(value);
        if (known != null) {
            return known;
        }
        SendStatus parsed = SendStatus.parse(value).orElse(null);
        if (parsed == null) {
            problem(field, Texts.get("exchange.row.unknownStatus", shorten(value)));
        } else if (statuses.size() < CACHE_MAX) {
            statuses.put(value, parsed);
        }
        return parsed;
    }

    /** The type a non-blank name stands for; unknown names are {@link SendType#OTHER}. */
    SendType type(String value) {
        SendType known = types.get(value);
        if (known == null) {
            known = SendType.parse(value).orElseThrow();
            if (types.size() < CACHE_MAX) {
                types.put(value, known);
            }
        }
        return known;
    }

    SendIssue issue(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return SendIssue.parse(value).orElseGet(() -> {
            problem(field, Texts.get("exchange.row.unknownIssue", shorten(value)));
            return null;
        });
    }

    CampaignState campaignState(String field, String value) {
        if (value == null || value.isBlank()) {
            return CampaignState.ACTIVE;
        }
        return CampaignState.parse(value).orElseGet(() -> {
            problem(field, Texts.get("exchange.row.unknownCampaignState", shorten(value)));
            return CampaignState.ACTIVE;
        });
    }

    int quantity(String field, String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int q = Integer.parseInt(value.trim());
            if (q < 0) {
                problem(field, Texts.get("exchange.row.negativeQuantity", q));
            }
            return q;
        } catch (NumberFormatException e) {
            problem(field, Texts.get("exchange.row.badQuantity", shorten(value)));
            return 1;
        }
    }

    BigDecimal cost(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal c;
        try {
            c = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            problem(field, Texts.get("exchange.row.badCost", shorten(value)));
            return null;
        }
        return cost(field, c);
    }

    BigDecimal cost(String field, BigDecimal c) {
        if (c.signum() < 0) {
            problem(field, Texts.get("exchange.row.negativeCost", c.toPlainString()));
            return null;
        }
        BigDecimal exact = c.scale() > COST_SCALE ? c.stripTrailingZeros() : c;
        if (exact.scale() > COST_SCALE) {
            problem(field, Texts.get("exchange.row.costScale", c.toPlainString(), COST_SCALE));
            return null;
        }
        if (exact.precision() - exact.scale() > COST_INTEGER_DIGITS) {
            problem(field, Texts.get("exchange.row.costTooLarge", c.toPlainString()));
            return null;
        }
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "yes": case "true": case "1": case "y":
                return true;
            case "no": case "false": case "0": case "n":
                return false;
            default:
                problem(field, Texts.get("exchange.row.badBoolean", shorten(value)));
                return false;
        }
    }

    /** Long values are cut in messages, never in data. */
    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
