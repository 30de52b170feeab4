package sendtracker.exchange;

import static sendtracker.exchange.CsvColumn.*;

import java.time.Instant;
import java.util.List;

import sendtracker.domain.PostalAddress;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;

/**
 * Builds a send from the text of its fields, the rules both file formats share. Values come
 * indexed by {@link CsvColumn#ordinal()} (null when absent); {@code names} are what the user
 * calls those fields in this format, for the messages.
 */
final class SendAssembler {
    private final String[] names;
    private final FieldReader f;

    SendAssembler(String[] names, FieldReader fields) {
        this.names = names.clone();
        this.f = fields;
    }

    private String name(CsvColumn c) {
        return names[c.ordinal()];
    }

    /** The send, or null when a field is wrong (then {@link FieldReader#field()} and reason tell why). */
    Send assemble(String[] v, List<StatusUpdate> history) {
        return assemble(v, history, null);
    }

    /**
     * As {@link #assemble(String[], List)}, with the cancellation requests a JSON file gives. A CSV
     * file gives none: its Cancel Request column is only the latest state, for reading, and a
     * request made up from it would have no id, requester or time of its own
     * (docs/decisions/0016-cancellation-requests-in-exports.md). The column is still checked.
     */
    Send assemble(String[] v, List<StatusUpdate> history, List<CancelRequest> requests) {
        if (requests == null) {
            f.requestState(name(CANCEL_REQUEST), v[CANCEL_REQUEST.ordinal()]);
        }
        String id = f.required(name(SEND_ID), v[SEND_ID.ordinal()], FieldReader.ID_MAX);
        Instant createdAt = f.timestamp(name(CREATED_AT), v[CREATED_AT.ordinal()], true);
        String typeText = v[TYPE.ordinal()];
        SendType type = null;
        String typeName = null;
        if (typeText == null || typeText.isBlank()) {
            f.problem(name(TYPE), sendtracker.domain.Texts.get("exchange.row.missing"));
        } else {
            type = f.type(typeText);
            if (type == SendType.OTHER) {
                typeName = f.text(name(TYPE), typeText.trim(), FieldReader.TEXT_MAX);
            }
        }
        SendStatus status = f.status(name(STATUS), v[STATUS.ordinal()]);
        Instant statusChangedAt = f.timestamp(name(STATUS_CHANGED_AT), v[STATUS_CHANGED_AT.ordinal()], false);
        Send.Builder b = Send.builder()
                .subtype(text(v, SUBTYPE, FieldReader.TEXT_MAX))
                .issue(f.issue(name(ISSUE), v[ISSUE.ordinal()]))
                .senderName(text(v, SENDER_NAME, FieldReader.TEXT_MAX))
                .senderEmail(email(v, SENDER_EMAIL))
                .team(text(v, TEAM, FieldReader.TEXT_MAX))
                .recipientName(text(v, RECIPIENT_NAME, FieldReader.TEXT_MAX))
                .recipientEmail(email(v, RECIPIENT_EMAIL))
                .recipientCompany(text(v, RECIPIENT_COMPANY, FieldReader.TEXT_MAX))
                .address(address(v))
                .recipientMessage(text(v, RECIPIENT_MESSAGE, FieldReader.MESSAGE_MAX))
                .campaign(text(v, CAMPAIGN, FieldReader.TEXT_MAX))
                .campaignState(f.campaignState(name(CAMPAIGN_STATE), v[CAMPAIGN_STATE.ordinal()]))
                .gift(text(v, GIFT, FieldReader.TEXT_MAX))
                .quantity(f.quantity(name(QUANTITY), v[QUANTITY.ordinal()]))
                .cost(f.cost(name(COST), v[COST.ordinal()]))
                .currency(text(v, CURRENCY, FieldReader.CURRENCY_MAX))
                .fundingSource(text(v, FUNDING_SOURCE, FieldReader.TEXT_MAX))
                .addressConfirmation(f.bool(name(ADDRESS_CONFIRMATION), v[ADDRESS_CONFIRMATION.ordinal()]))
                .addressConfirmedAt(f.timestamp(name(ADDRESS_CONFIRMED_AT), v[ADDRESS_CONFIRMED_AT.ordinal()], false))
                .carrier(text(v, CARRIER, FieldReader.TEXT_MAX))
                .trackingNumber(text(v, TRACKING_NUMBER, FieldReader.TEXT_MAX))
                .trackingUrl(text(v, TRACKING_URL, FieldReader.URL_MAX))
                .testMode(f.bool(name(TEST_MODE), v[TEST_MODE.ordinal()]))
                .sentVia(text(v, SENT_VIA, FieldReader.TEXT_MAX));
        if (!f.ok()) {
            return null;
        }
        if (statusChangedAt == null) {
            statusChangedAt = lastEntered(history, status);
        }
        List<CancelRequest> kept = requests != null ? requests : List.of();
        return b.id(id).createdAt(createdAt).type(type).typeName(typeName).status(status)
                .statusChangedAt(statusChangedAt).history(history == null ? List.of() : history)
                .cancelRequests(withSendId(kept, id)).build();
    }

    /** The requests of the send {@code id}, as they came (the file's own send id is the send's). */
    private static List<CancelRequest> withSendId(List<CancelRequest> requests, String id) {
        List<CancelRequest> out = new java.util.ArrayList<>(requests.size());
        for (CancelRequest r : requests) {
            out.add(new CancelRequest(r.id(), id, r.state(), r.requestedBy(), r.requestedAt(), r.reason(),
                    r.supportText(), r.caseNo(), r.note(), r.sentBy(), r.sentAt(), r.resolvedBy(), r.resolvedAt()));
        }
        return out;
    }

    /** Without its own field, a status changed when the history last entered it. */
    private static Instant lastEntered(List<StatusUpdate> history, SendStatus status) {
        if (history == null) {
            return null;
        }
        Instant at = null;
        for (StatusUpdate u : history) {
            if (u.status() == status) {
                at = u.occurredAt();
            }
        }
        return at;
    }

    private String text(String[] v, CsvColumn c, int max) {
        return f.text(name(c), v[c.ordinal()], max);
    }

    private String email(String[] v, CsvColumn c) {
        String e = v[c.ordinal()];
        return f.text(name(c), e == null ? null : e.trim(), FieldReader.EMAIL_MAX);
    }

    private PostalAddress address(String[] v) {
        PostalAddress a = new PostalAddress(text(v, ADDRESS_LINE1, FieldReader.TEXT_MAX),
                text(v, ADDRESS_LINE2, FieldReader.TEXT_MAX), text(v, CITY, FieldReader.TEXT_MAX),
                text(v, REGION, FieldReader.TEXT_MAX), text(v, POSTAL_CODE, FieldReader.TEXT_MAX),
                text(v, COUNTRY, FieldReader.TEXT_MAX));
        return a.isEmpty() ? PostalAddress.NONE : a;
    }
}
