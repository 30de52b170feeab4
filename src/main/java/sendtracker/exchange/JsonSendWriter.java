package sendtracker.exchange;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import sendtracker.domain.PostalAddress;
import sendtracker.domain.Send;
import sendtracker.domain.StatusUpdate;

/**
 * Writes sends as a JSON array (docs/design.md, "JSON") with Jackson's streaming generator: the gifting
 * platform's v3 field names, snake_case for the rest, and each send's status history as
 * {@code status_updates}, its cancellation requests as {@code cancel_requests}. One send a line, so a message's line number finds it.
 */
public final class JsonSendWriter implements SendWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /** Which part of the array a writer writes: all of it, or one of the two of {@link SendFileParts}. */
    enum Part {
        /** The whole array. */
        WHOLE,
        /** Its opening bracket and first sends; the array stays open. */
        HEAD,
        /** More sends of an array that a head began, each after a comma; the array stays open. */
        TAIL
    }

    private final JsonGenerator g;
    private final Part part;
    private boolean first;

    public JsonSendWriter(OutputStream out) throws IOException {
        this(out, Part.WHOLE);
    }

    JsonSendWriter(OutputStream out, Part part) throws IOException {
        this.part = part;
        this.first = part != Part.TAIL;
        g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setRootValueSeparator(null);
        if (part != Part.TAIL) {
            g.writeRaw('[');
        }
    }

    @Override
    public void write(Send s) throws IOException {
        g.writeRaw(first ? "\n" : ",\n");
        first = false;
        writeSend(g, s);
    }

    /** How {@link Part#HEAD} and {@link Part#TAIL} are joined: the array's end, after {@code sends} sends in all. */
    static String end(long sends) {
        return sends == 0 ? "]\n" : "\n]\n";
    }

    /** One send as a JSON object alone (no array), e.g. for showing a single send. */
    public static void writeOne(OutputStream out, Send s) throws IOException {
        try (JsonGenerator one = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            writeSend(one, s);
            one.writeRaw('\n');
        }
    }

    private static void writeSend(JsonGenerator g, Send s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("created_at", Timestamps.format(s.createdAt()));
        g.writeStringField("type", s.typeDisplayName());
        g.writeStringField("subtype", s.subtype());
        g.writeStringField("status", s.status().displayName());
        g.writeStringField("status_changed_at", Timestamps.format(s.statusChangedAt()));
        g.writeStringField("issue", s.issue() == null ? null : s.issue().displayName());
        g.writeObjectFieldStart("sender");
        g.writeStringField("name", s.senderName());
        g.writeStringField("email", s.senderEmail());
        g.writeStringField("team_name", s.team());
        g.writeEndObject();
        g.writeObjectFieldStart("recipient");
        g.writeStringField("name", s.recipientName());
        g.writeStringField("email", s.recipientEmail());
        g.writeStringField("company_name", s.recipientCompany());
        g.writeEndObject();
        writeAddress(g, s.address());
        g.writeStringField("recipient_message", s.recipientMessage());
        if (s.campaign() == null) {
            g.writeNullField("touch");
        } else {
            g.writeObjectFieldStart("touch");
            g.writeStringField("name", s.campaign());
            g.writeEndObject();
        }
        g.writeStringField("campaign_state", s.campaignState().displayName());
        g.writeStringField("gift_name", s.gift());
        g.writeNumberField("quantity", s.quantity());
        if (s.cost() == null) {
            g.writeNullField("current_total_cost");
        } else {
            g.writeNumberField("current_total_cost", s.cost());
        }
        g.writeStringField("currency", s.currency());
        g.writeStringField("funding_source", s.fundingSource());
        g.writeBooleanField("address_confirmation", s.addressConfirmation());
        g.writeStringField("address_confirmed_at", Timestamps.format(s.addressConfirmedAt()));
        g.writeStringField("carrier", s.carrier());
        g.writeStringField("tracking_number", s.trackingNumber());
        g.writeStringField("tracking_url", s.trackingUrl());
        g.writeBooleanField("test_mode", s.testMode());
        g.writeStringField("sent_via", s.sentVia());
        g.writeArrayFieldStart("status_updates");
        for (StatusUpdate u : s.history()) {
            g.writeStartObject();
            g.writeStringField("status", u.status().displayName());
            g.writeStringField("occurred_at", Timestamps.format(u.occurredAt()));
            g.writeStringField("actor", u.actor());
            g.writeStringField("note", u.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        JsonCancelRequests.write(g, s.cancelRequests());
        g.writeEndObject();
    }

    private static void writeAddress(JsonGenerator g, PostalAddress a) throws IOException {
        if (a.isEmpty()) {
            g.writeNullField("address");
            return;
        }
        g.writeObjectFieldStart("address");
        g.writeStringField("line1", a.line1());
        g.writeStringField("line2", a.line2());
        g.writeStringField("city", a.city());
        g.writeStringField("region", a.region());
        g.writeStringField("postal_code", a.postalCode());
        g.writeStringField("country", a.country());
        g.writeEndObject();
    }

    /** Ends the array (unless it is a part) and closes the stream. */
    @Override
    public void close() throws IOException {
        if (part == Part.WHOLE) {
            g.writeRaw(end(first ? 0 : 1));
        }
        g.close();
    }
}
