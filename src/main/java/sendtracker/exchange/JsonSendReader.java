package sendtracker.exchange;

import static sendtracker.exchange.CsvColumn.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.Texts;

/**
 * Reads sends from JSON (docs/design.md, "JSON") with Jackson's streaming parser: a top-level array of send
 * objects, or an object holding one as {@code sends}, {@code data} or {@code items}. Each send
 * object is read as a small tree, never the whole file. Field names are the gifting platform's v3
 * names plus snake_case for the rest, as {@link JsonSendWriter} writes them.
 */
public final class JsonSendReader implements SendFileReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> WRAPPERS = Set.of("sends", "data", "items");
    private static final int PROGRESS_EVERY = 256;
    private static final String[] NAMES = new String[CsvColumn.values().length];

    static {
        name(SEND_ID, "id");
        name(CREATED_AT, "created_at");
        name(TYPE, "type");
        name(SUBTYPE, "subtype");
        name(STATUS, "status");
        name(STATUS_CHANGED_AT, "status_changed_at");
        name(ISSUE, "issue");
        name(SENDER_NAME, "sender.name");
        name(SENDER_EMAIL, "sender.email");
        name(TEAM, "sender.team_name");
        name(RECIPIENT_NAME, "recipient.name");
        name(RECIPIENT_EMAIL, "recipient.email");
        name(RECIPIENT_COMPANY, "recipient.company_name");
        name(ADDRESS_LINE1, "address.line1");
        name(ADDRESS_LINE2, "address.line2");
        name(CITY, "address.city");
        name(REGION, "address.region");
        name(POSTAL_CODE, "address.postal_code");
        name(COUNTRY, "address.country");
        name(CAMPAIGN, "touch.name");
        name(CAMPAIGN_STATE, "campaign_state");
        name(GIFT, "gift_name");
        name(QUANTITY, "quantity");
        name(COST, "current_total_cost");
        name(CURRENCY, "currency");
        name(FUNDING_SOURCE, "funding_source");
        name(ADDRESS_CONFIRMATION, "address_confirmation");
        name(ADDRESS_CONFIRMED_AT, "address_confirmed_at");
        name(CARRIER, "carrier");
        name(TRACKING_NUMBER, "tracking_number");
        name(TRACKING_URL, "tracking_url");
        name(TEST_MODE, "test_mode");
        name(SENT_VIA, "sent_via");
        name(RECIPIENT_MESSAGE, "recipient_message");
        name(CANCEL_REQUEST, "cancel_requests");
    }

    private static void name(CsvColumn c, String jsonName) {
        NAMES[c.ordinal()] = jsonName;
    }

    private final Path file;

    JsonSendReader(Path file) {
        this.file = file;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public SendFormat format() {
        return SendFormat.JSON;
    }

    @Override
    public List<String> originalColumns() {
        return List.of(Texts.get("exchange.rejects.jsonColumn"));
    }

    /** Works on the parser positioned inside the array of sends; returns false when it stopped early. */
    private interface ArrayVisitor {
        boolean visit(JsonParser parser, CountingInputStream in) throws IOException;
    }

    private boolean pass(ArrayVisitor visitor) {
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
             JsonParser p = MAPPER.getFactory().createParser(in)) {
            boolean wrapped = toArray(p);
            if (!visitor.visit(p, in)) {
                return false;
            }
            if (wrapped) {
                skipRestOfObject(p);
            }
            if (p.nextToken() != null) {
                throw error(p.currentTokenLocation(), Texts.get("exchange.json.trailing"));
            }
            return true;
        } catch (JsonProcessingException e) {
            throw error(e.getLocation(), JsonSyntax.problem(e), e);
        } catch (IOException e) {
            throw new SendFileException(file, 0, 0, Texts.get("exchange.file.unreadable", e.getMessage()), e);
        }
    }

    /** Moves to the array of sends; true when it sits in a wrapping object. */
    private boolean toArray(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new SendFileException(file, 1, 0, Texts.get("exchange.file.empty"));
        }
        if (t == JsonToken.START_ARRAY) {
            return false;
        }
        if (t == JsonToken.START_OBJECT) {
            JsonLocation start = p.currentTokenLocation();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (WRAPPERS.contains(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw error(p.currentTokenLocation(), Texts.get("exchange.json.wrapperNotArray", name));
                    }
                    return true;
                }
                p.skipChildren();
            }
            throw error(start, Texts.get("exchange.json.notSends"));
        }
        throw error(p.currentTokenLocation(), Texts.get("exchange.json.notSends"));
    }

    private void skipRestOfObject(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
        }
    }

    private SendFileException error(JsonLocation at, String problem) {
        return error(at, problem, null);
    }

    private SendFileException error(JsonLocation at, String problem, Throwable cause) {
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        long column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new SendFileException(file, line, column, problem, cause);
    }

    @Override
    public FileCheck check(Progress progress, BooleanSupplier cancelled) {
        long[] rows = {0};
        pass((p, in) -> {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw error(p.currentLocation(), Texts.get("exchange.json.truncated"));
                }
                walk(p, t);
                if (++rows[0] % PROGRESS_EVERY == 0) {
                    progress.update(rows[0], in.count());
                    if (cancelled.getAsBoolean()) {
                        throw new ReadCancelledException();
                    }
                }
            }
            return true;
        });
        progress.update(rows[0], SendFileReader.sizeOf(file));
        List<String> warnings = new ArrayList<>();
        if (rows[0] == 0) {
            warnings.add(Texts.get("exchange.file.noRows"));
        }
        return new FileCheck(rows[0], warnings);
    }

    /** Reads one value to its end, decoding every text so bad bytes show in the check pass. */
    private void walk(JsonParser p, JsonToken first) throws IOException {
        int depth = 0;
        JsonToken t = first;
        while (true) {
            if (t == null) {
                throw error(p.currentLocation(), Texts.get("exchange.json.truncated"));
            }
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            } else if (t == JsonToken.VALUE_STRING) {
                p.getText();
            }
            if (depth == 0) {
                return;
            }
            t = p.nextToken();
        }
    }

    @Override
    public boolean read(RowHandler handler, Progress progress, BooleanSupplier cancelled) {
        FieldReader fields = new FieldReader();
        SendAssembler assembler = new SendAssembler(NAMES, fields);
        String[] values = new String[CsvColumn.values().length];
        long[] rows = {0};
        boolean done = pass((p, in) -> {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                long line = p.currentTokenLocation().getLineNr();
                JsonNode node = MAPPER.readTree(p);
                handler.row(row(line, node, values, fields, assembler));
                if (++rows[0] % PROGRESS_EVERY == 0) {
                    progress.update(rows[0], in.count());
                }
            }
            return true;
        });
        if (done) {
            progress.update(rows[0], SendFileReader.sizeOf(file));
        }
        return done;
    }

    private SendRow row(long line, JsonNode node, String[] values, FieldReader f, SendAssembler assembler) {
        java.util.function.Supplier<List<String>> original = () -> List.of(node.toString());
        if (!node.isObject()) {
            return SendRow.rejected(line, null, Texts.get("exchange.json.notObject"), original);
        }
        f.reset();
        values[SEND_ID.ordinal()] = scalar(f, node, "id", "id");
        values[CREATED_AT.ordinal()] = scalar(f, node, "created_at", "created_at");
        values[TYPE.ordinal()] = scalar(f, node, "type", "type");
        values[SUBTYPE.ordinal()] = scalar(f, node, "subtype", "subtype");
        values[STATUS.ordinal()] = scalar(f, node, "status", "status");
        values[STATUS_CHANGED_AT.ordinal()] = scalar(f, node, "status_changed_at", "status_changed_at");
        values[ISSUE.ordinal()] = scalar(f, node, "issue", "issue");
        JsonNode sender = object(f, node, "sender");
        values[SENDER_NAME.ordinal()] = scalar(f, sender, "name", "sender.name");
        values[SENDER_EMAIL.ordinal()] = scalar(f, sender, "email", "sender.email");
        values[TEAM.ordinal()] = scalar(f, sender, "team_name", "sender.team_name");
        JsonNode recipient = object(f, node, "recipient");
        values[RECIPIENT_NAME.ordinal()] = scalar(f, recipient, "name", "recipient.name");
        values[RECIPIENT_EMAIL.ordinal()] = scalar(f, recipient, "email", "recipient.email");
        values[RECIPIENT_COMPANY.ordinal()] = scalar(f, recipient, "company_name", "recipient.company_name");
        JsonNode address = object(f, node, "address");
        values[ADDRESS_LINE1.ordinal()] = scalar(f, address, "line1", "address.line1");
        values[ADDRESS_LINE2.ordinal()] = scalar(f, address, "line2", "address.line2");
        values[CITY.ordinal()] = scalar(f, address, "city", "address.city");
        values[REGION.ordinal()] = scalar(f, address, "region", "address.region");
        values[POSTAL_CODE.ordinal()] = scalar(f, address, "postal_code", "address.postal_code");
        values[COUNTRY.ordinal()] = scalar(f, address, "country", "address.country");
        values[RECIPIENT_MESSAGE.ordinal()] = scalar(f, node, "recipient_message", "recipient_message");
        JsonNode touch = object(f, node, "touch");
        values[CAMPAIGN.ordinal()] = scalar(f, touch, "name", "touch.name");
        values[CAMPAIGN_STATE.ordinal()] = scalar(f, node, "campaign_state", "campaign_state");
        values[GIFT.ordinal()] = scalar(f, node, "gift_name", "gift_name");
        values[QUANTITY.ordinal()] = scalar(f, node, "quantity", "quantity");
        values[COST.ordinal()] = scalar(f, node, "current_total_cost", "current_total_cost");
        values[CURRENCY.ordinal()] = scalar(f, node, "currency", "currency");
        values[FUNDING_SOURCE.ordinal()] = scalar(f, node, "funding_source", "funding_source");
        values[ADDRESS_CONFIRMATION.ordinal()] = scalar(f, node, "address_confirmation", "address_confirmation");
        values[ADDRESS_CONFIRMED_AT.ordinal()] = scalar(f, node, "address_confirmed_at", "address_confirmed_at");
        values[CARRIER.ordinal()] = scalar(f, node, "carrier", "carrier");
        values[TRACKING_NUMBER.ordinal()] = scalar(f, node, "tracking_number", "tracking_number");
        values[TRACKING_URL.ordinal()] = scalar(f, node, "tracking_url", "tracking_url");
        values[TEST_MODE.ordinal()] = scalar(f, node, "test_mode", "test_mode");
        values[SENT_VIA.ordinal()] = scalar(f, node, "sent_via", "sent_via");
        values[CANCEL_REQUEST.ordinal()] = null;
        List<StatusUpdate> history = history(f, node.get("status_updates"));
        List<CancelRequest> requests = JsonCancelRequests.read(f, node.get("cancel_requests"));
        Send send = assembler.assemble(values, history, requests);
        return send == null ? SendRow.rejected(line, f.field(), f.reason(), original)
                : SendRow.accepted(line, send, original);
    }

    /** A nested object, or null when absent; anything else is a problem. */
    private static JsonNode object(FieldReader f, JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            f.problem(name, Texts.get("exchange.json.expectedObject"));
            return null;
        }
        return n;
    }

    /** A single value as text (numbers exactly as written), or null when absent. */
    private static String scalar(FieldReader f, JsonNode parent, String name, String path) {
        if (parent == null) {
            return null;
        }
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isContainerNode()) {
            f.problem(path, Texts.get("exchange.json.expectedValue"));
            return null;
        }
        if (n.isBigDecimal() || n.isFloatingPointNumber()) {
            return n.decimalValue().toPlainString();
        }
        return n.asText();
    }

    private static List<StatusUpdate> history(FieldReader f, JsonNode updates) {
        if (updates == null || updates.isNull()) {
            return List.of();
        }
        if (!updates.isArray()) {
            f.problem("status_updates", Texts.get("exchange.json.expectedArray"));
            return List.of();
        }
        List<StatusUpdate> history = new ArrayList<>(updates.size());
        for (int i = 0; i < updates.size(); i++) {
            JsonNode u = updates.get(i);
            String at = "status_updates[" + i + "]";
            if (!u.isObject()) {
                f.problem(at, Texts.get("exchange.json.expectedObject"));
                continue;
            }
            SendStatus status = f.status(at + ".status", scalar(f, u, "status", at + ".status"));
            var when = f.timestamp(at + ".occurred_at", scalar(f, u, "occurred_at", at + ".occurred_at"), true);
            String actor = f.text(at + ".actor", trimmed(scalar(f, u, "actor", at + ".actor")), FieldReader.EMAIL_MAX);
            String note = f.text(at + ".note", scalar(f, u, "note", at + ".note"), FieldReader.NOTE_MAX);
            if (status != null && when != null) {
                history.add(new StatusUpdate(status, when, actor, note));
            }
        }
        return history;
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }
}
