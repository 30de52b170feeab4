package sendtracker.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One gift sent to one recipient, with everything the tracker shows about it.
 * {@code typeName} is the source's own name for {@link SendType#OTHER} sends (null otherwise).
 * {@code version} counts stored changes; it guards a cancel against a row that moved on.
 * {@code cancelRequests} are its requests to Support to cancel it, oldest first (read with the history).
 */
public record Send(
        String id,
        Instant createdAt,
        SendType type,
        String typeName,
        String subtype,
        SendStatus status,
        Instant statusChangedAt,
        SendIssue issue,
        String senderName,
        String senderEmail,
        String team,
        String recipientName,
        String recipientEmail,
        String recipientCompany,
        PostalAddress address,
        String recipientMessage,
        String campaign,
        CampaignState campaignState,
        String gift,
        int quantity,
        BigDecimal cost,
        String currency,
        String fundingSource,
        boolean addressConfirmation,
        Instant addressConfirmedAt,
        String carrier,
        String trackingNumber,
        String trackingUrl,
        boolean testMode,
        String sentVia,
        List<StatusUpdate> history,
        long version,
        List<CancelRequest> cancelRequests) {

    public Send {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        if (statusChangedAt == null) {
            statusChangedAt = createdAt;
        }
        if (address == null) {
            address = PostalAddress.NONE;
        }
        if (campaignState == null) {
            campaignState = CampaignState.ACTIVE;
        }
        history = history == null ? List.of() : List.copyOf(history);
        cancelRequests = cancelRequests == null ? List.of() : List.copyOf(cancelRequests);
    }

    /** A send without cancellation requests (the shape before requests were tracked). */
    public Send(String id, Instant createdAt, SendType type, String typeName, String subtype, SendStatus status,
            Instant statusChangedAt, SendIssue issue, String senderName, String senderEmail, String team,
            String recipientName, String recipientEmail, String recipientCompany, PostalAddress address,
            String recipientMessage, String campaign, CampaignState campaignState, String gift, int quantity,
            BigDecimal cost, String currency, String fundingSource, boolean addressConfirmation,
            Instant addressConfirmedAt, String carrier, String trackingNumber, String trackingUrl, boolean testMode,
            String sentVia, List<StatusUpdate> history, long version) {
        this(id, createdAt, type, typeName, subtype, status, statusChangedAt, issue, senderName, senderEmail, team,
                recipientName, recipientEmail, recipientCompany, address, recipientMessage, campaign, campaignState,
                gift, quantity, cost, currency, fundingSource, addressConfirmation, addressConfirmedAt, carrier,
                trackingNumber, trackingUrl, testMode, sentVia, history, version, List.of());
    }

    /** The send's latest cancellation request (requests are kept oldest first), or null when it has none. */
    public CancelRequest latestCancelRequest() {
        return cancelRequests.isEmpty() ? null : cancelRequests.get(cancelRequests.size() - 1);
    }

    /** The type as shown: the source's own name for OTHER sends. */
    public String typeDisplayName() {
        return type == SendType.OTHER && typeName != null && !typeName.isBlank() ? typeName : type.displayName();
    }

    public boolean addressConfirmed() {
        return addressConfirmedAt != null;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder: readers and generators fill a send field by field. */
    public static final class Builder {
        private String id;
        private Instant createdAt;
        private SendType type;
        private String typeName;
        private String subtype;
        private SendStatus status;
        private Instant statusChangedAt;
        private SendIssue issue;
        private String senderName;
        private String senderEmail;
        private String team;
        private String recipientName;
        private String recipientEmail;
        private String recipientCompany;
        private PostalAddress address = PostalAddress.NONE;
        private String recipientMessage;
        private String campaign;
        private CampaignState campaignState = CampaignState.ACTIVE;
        private String gift;
        private int quantity = 1;
        private BigDecimal cost;
        private String currency;
        private String fundingSource;
        private boolean addressConfirmation;
        private Instant addressConfirmedAt;
        private String carrier;
        private String trackingNumber;
        private String trackingUrl;
        private boolean testMode;
        private String sentVia;
        // The lists are the caller's (or the send's, immutable) until addHistory needs its own:
        // a bulk read builds a million sends and copies each list once, in build (docs/performance.md).
        private List<StatusUpdate> history = List.of();
        private boolean ownHistory;
        private long version;
        private List<CancelRequest> cancelRequests = List.of();

        private Builder() {
        }

        private Builder(Send s) {
            id = s.id; createdAt = s.createdAt; type = s.type; typeName = s.typeName; subtype = s.subtype;
            status = s.status; statusChangedAt = s.statusChangedAt; issue = s.issue;
            senderName = s.senderName; senderEmail = s.senderEmail; team = s.team;
            recipientName = s.recipientName; recipientEmail = s.recipientEmail; recipientCompany = s.recipientCompany;
            address = s.address; recipientMessage = s.recipientMessage; campaign = s.campaign;
            campaignState = s.campaignState; gift = s.gift; quantity = s.quantity; cost = s.cost;
            currency = s.currency; fundingSource = s.fundingSource; addressConfirmation = s.addressConfirmation;
            addressConfirmedAt = s.addressConfirmedAt; carrier = s.carrier; trackingNumber = s.trackingNumber;
            trackingUrl = s.trackingUrl; testMode = s.testMode; sentVia = s.sentVia;
            history = s.history; version = s.version;
            cancelRequests = s.cancelRequests;
        }

        public Builder id(String v) { id = v; return this; }
        /** The id given so far (a bulk read keys its sends' histories by it before they are built). */
        public String id() { return id; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder type(SendType v) { type = v; return this; }
        public Builder typeName(String v) { typeName = v; return this; }
        public Builder subtype(String v) { subtype = v; return this; }
        public Builder status(SendStatus v) { status = v; return this; }
        public Builder statusChangedAt(Instant v) { statusChangedAt = v; return this; }
        public Builder issue(SendIssue v) { issue = v; return this; }
        public Builder senderName(String v) { senderName = v; return this; }
        public Builder senderEmail(String v) { senderEmail = v; return this; }
        public Builder team(String v) { team = v; return this; }
        public Builder recipientName(String v) { recipientName = v; return this; }
        public Builder recipientEmail(String v) { recipientEmail = v; return this; }
        public Builder recipientCompany(String v) { recipientCompany = v; return this; }
        public Builder address(PostalAddress v) { address = v; return this; }
        public Builder recipientMessage(String v) { recipientMessage = v; return this; }
        public Builder campaign(String v) { campaign = v; return this; }
        public Builder campaignState(CampaignState v) { campaignState = v; return this; }
        public Builder gift(String v) { gift = v; return this; }
        public Builder quantity(int v) { quantity = v; return this; }
        public Builder cost(BigDecimal v) { cost = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder fundingSource(String v) { fundingSource = v; return this; }
        public Builder addressConfirmation(boolean v) { addressConfirmation = v; return this; }
        public Builder addressConfirmedAt(Instant v) { addressConfirmedAt = v; return this; }
        public Builder carrier(String v) { carrier = v; return this; }
        public Builder trackingNumber(String v) { trackingNumber = v; return this; }
        public Builder trackingUrl(String v) { trackingUrl = v; return this; }
        public Builder testMode(boolean v) { testMode = v; return this; }
        public Builder sentVia(String v) { sentVia = v; return this; }
        public Builder history(List<StatusUpdate> v) { history = List.copyOf(v); ownHistory = false; return this; }
        public Builder addHistory(StatusUpdate v) {
            if (!ownHistory) {
                history = new ArrayList<>(history);
                ownHistory = true;
            }
            history.add(v);
            return this;
        }
        public Builder version(long v) { version = v; return this; }
        public Builder cancelRequests(List<CancelRequest> v) { cancelRequests = List.copyOf(v); return this; }

        public Send build() {
            return new Send(id, createdAt, type, typeName, subtype, status, statusChangedAt, issue,
                    senderName, senderEmail, team, recipientName, recipientEmail, recipientCompany, address,
                    recipientMessage, campaign, campaignState, gift, quantity, cost, currency, fundingSource,
                    addressConfirmation, addressConfirmedAt, carrier, trackingNumber, trackingUrl, testMode,
                    sentVia, history, version, cancelRequests);
        }
    }
}
