package sendtracker.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import sendtracker.domain.AttentionReason;
import sendtracker.domain.Role;
import sendtracker.domain.SupportRequest;
import sendtracker.domain.Texts;
import sendtracker.domain.User;

/** How the window writes dates, money, counts and people. Times are shown in the computer's time zone. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    public static String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(ZoneId.systemDefault()));
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** "$1,234.50" for US dollars, "1,234.50 EUR" for others, "" when unknown. */
    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(Locale.ENGLISH);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        String code = currency == null || currency.isBlank() ? "USD" : currency.trim().toUpperCase(Locale.ROOT);
        if (code.equals("USD")) {
            return (amount.signum() < 0 ? "-$" : "$") + number.format(amount.abs());
        }
        String symbol;
        try {
            symbol = Currency.getInstance(code).getSymbol(Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            return number.format(amount) + " " + currency.trim();
        }
        // A one-sign symbol (€, £, ¥) keeps the column narrow; otherwise the code says which money.
        if (symbol.length() == 1 && !Character.isLetter(symbol.charAt(0))) {
            return (amount.signum() < 0 ? "-" : "") + symbol + number.format(amount.abs());
        }
        return number.format(amount) + " " + code;
    }

    public static String duration(Duration d) {
        return SupportRequest.formatDuration(d);
    }

    public static String role(Role role) {
        return Texts.get("ui.role." + role.name());
    }

    /** "Dana Reyes · Manager": a user as the user switcher shows them. */
    public static String user(User u) {
        if (u == null) {
            return "";
        }
        String name = u.name() == null || u.name().isBlank() ? u.email() : u.name();
        return Texts.get("ui.user.label", name, role(u.role()));
    }

    /** "Needs attention:" and one line per reason, for tooltips and the details pane. */
    public static String attentionReasons(List<AttentionReason> reasons) {
        StringBuilder text = new StringBuilder(Texts.get("ui.attention.title"));
        for (AttentionReason r : reasons) {
            text.append("\n\u2022 ").append(Texts.get(r.textKey()));
        }
        return text.toString();
    }

    public static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }
}
