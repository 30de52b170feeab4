package sendtracker.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Every status a send can be in, with its stable code, shown name and import aliases. */
public enum SendStatus {
    INITIATED("Initiated", Scope.BOTH),
    SENT("Sent", Scope.EGIFT),
    OPENED("Opened", Scope.EGIFT),
    CLICKED("Clicked", Scope.EGIFT),
    REDEEMED("Redeemed", Scope.EGIFT, "Used/Redeemed", "Used"),
    EXPIRED("Expired", Scope.EGIFT),
    CONFIRMING_ADDRESS("Confirming Address", Scope.PHYSICAL),
    CONFIRMATION_CANCELED("Confirmation Canceled", Scope.PHYSICAL, "Confirmation Cancelled"),
    ORDER_RECEIVED("Order Received", Scope.PHYSICAL, "Processing"),
    FULFILLING("Fulfilling", Scope.PHYSICAL),
    AMAZON_FULFILLING("Amazon Fulfilling", Scope.PHYSICAL),
    AMAZON_SHIPPED("Amazon Shipped", Scope.PHYSICAL),
    SHIPPED("Shipped", Scope.PHYSICAL),
    DELIVERED("Delivered", Scope.PHYSICAL),
    FULFILLMENT_ISSUE("Fulfillment Issue", Scope.PHYSICAL, "Paused"),
    UNDELIVERABLE("Undeliverable", Scope.PHYSICAL),
    CANCELED("Canceled", Scope.PHYSICAL, "Cancelled"),
    REFUNDED("Refunded", Scope.BOTH),
    FAILED("Failed", Scope.PHYSICAL);

    /** Which kind of send a status belongs to. */
    public enum Scope { EGIFT, PHYSICAL, BOTH }

    /** Statuses after which nothing more happens to a send: a cancel finds it already closed. */
    public static final Set<SendStatus> CLOSED =
            EnumSet.of(CANCELED, CONFIRMATION_CANCELED, REFUNDED, FAILED, EXPIRED);

    /** A parcel in one of these has left the warehouse: nobody can stop it any more. */
    public static final Set<SendStatus> SHIPPED_OR_LATER =
            EnumSet.of(SHIPPED, AMAZON_SHIPPED, DELIVERED, UNDELIVERABLE);

    private final String displayName;
    private final Scope scope;
    private final List<String> aliases;

    SendStatus(String displayName, Scope scope, String... aliases) {
        this.displayName = displayName;
        this.scope = scope;
        this.aliases = List.of(aliases);
    }

    public String displayName() {
        return displayName;
    }

    public Scope scope() {
        return scope;
    }

    public boolean appliesTo(SendType type) {
        return scope == Scope.BOTH || (scope == Scope.EGIFT) == (type == SendType.EGIFT);
    }

    /** Key of the one-line meaning in the message bundle; a refund means something else for an eGift. */
    public String meaningKey(SendType type) {
        if (this == REFUNDED && type != null) {
            return "status." + name() + (type == SendType.EGIFT ? ".egift" : ".physical") + ".meaning";
        }
        return "status." + name() + ".meaning";
    }

    /** Parses a code, shown name or alias, case-insensitive; anything else is empty, never a default. */
    public static Optional<SendStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.trim();
        String codeKey = key.toUpperCase(Locale.ROOT).replace(' ', '_');
        for (SendStatus s : values()) {
            if (s.name().equals(codeKey) || s.displayName.equalsIgnoreCase(key)) {
                return Optional.of(s);
            }
            for (String alias : s.aliases) {
                if (alias.equalsIgnoreCase(key)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
