package sendtracker.exchange;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.Texts;

/**
 * A send's {@code cancel_requests} in the JSON export: every field of each request, so an import
 * gives back exactly what was exported (docs/design.md, "Cancellation requests").
 */
final class JsonCancelRequests {
    private static final int CASE_MAX = 200;

    private JsonCancelRequests() {
    }

    static void write(JsonGenerator g, List<CancelRequest> requests) throws IOException {
        g.writeArrayFieldStart("cancel_requests");
        for (CancelRequest r : requests) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("state", r.state().name());
            g.writeStringField("requested_by", r.requestedBy());
            g.writeStringField("requested_at", Timestamps.format(r.requestedAt()));
            g.writeStringField("reason", r.reason());
            g.writeStringField("support_text", r.supportText());
            g.writeStringField("case", r.caseNo());
            g.writeStringField("note", r.note());
            g.writeStringField("sent_by", r.sentBy());
            g.writeStringField("sent_at", Timestamps.format(r.sentAt()));
            g.writeStringField("resolved_by", r.resolvedBy());
            g.writeStringField("resolved_at", Timestamps.format(r.resolvedAt()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The requests of one send object (their send id is filled in by the assembler); problems go to {@code f}. */
    static List<CancelRequest> read(FieldReader f, JsonNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            f.problem("cancel_requests", Texts.get("exchange.json.expectedArray"));
            return List.of();
        }
        List<CancelRequest> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String at = "cancel_requests[" + i + "]";
            if (!r.isObject()) {
                f.problem(at, Texts.get("exchange.json.expectedObject"));
                continue;
            }
            String id = f.required(at + ".id", text(f, r, "id", at), FieldReader.ID_MAX);
            CancelRequestState state = f.requestState(at + ".state", text(f, r, "state", at));
            if (state == null && f.ok()) {
                f.problem(at + ".state", Texts.get("exchange.row.missing"));
            }
            Instant requestedAt = f.timestamp(at + ".requested_at", text(f, r, "requested_at", at), true);
            String requestedBy = email(f, r, "requested_by", at);
            String reason = f.text(at + ".reason", text(f, r, "reason", at), FieldReader.NOTE_MAX);
            String supportText = f.text(at + ".support_text", text(f, r, "support_text", at), FieldReader.MESSAGE_MAX);
            String caseNo = f.text(at + ".case", text(f, r, "case", at), CASE_MAX);
            String note = f.text(at + ".note", text(f, r, "note", at), FieldReader.NOTE_MAX);
            String sentBy = email(f, r, "sent_by", at);
            Instant sentAt = f.timestamp(at + ".sent_at", text(f, r, "sent_at", at), false);
            String resolvedBy = email(f, r, "resolved_by", at);
            Instant resolvedAt = f.timestamp(at + ".resolved_at", text(f, r, "resolved_at", at), false);
            if (id != null && state != null && requestedAt != null) {
                out.add(new CancelRequest(id, "", state, requestedBy, requestedAt, reason, supportText, caseNo, note,
                        sentBy, sentAt, resolvedBy, resolvedAt));
            }
        }
        return out;
    }

    private static String email(FieldReader f, JsonNode r, String name, String at) {
        String v = text(f, r, name, at);
        return f.text(at + "." + name, v == null ? null : v.trim(), FieldReader.EMAIL_MAX);
    }

    private static String text(FieldReader f, JsonNode parent, String name, String at) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isContainerNode()) {
            f.problem(at + "." + name, Texts.get("exchange.json.expectedValue"));
            return null;
        }
        return n.asText();
    }
}
