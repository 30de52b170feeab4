package sendtracker.store;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.ViewColumn;
import sendtracker.domain.ViewSettings;

/**
 * A view's settings as the store keeps them: one JSON object with a format number
 * (docs/decisions/0017-saved-views-as-versioned-json.md). Written in full; read leniently, so a
 * view outlives the version that wrote it: keys it does not know (a newer filter) are skipped,
 * keys it misses keep their defaults, and codes it does not know (a status no longer there) are
 * left out. Only text that is no JSON object at all is refused.
 */
final class SavedViewFormat {
    /** Raised when the meaning of a key changes; a reader then translates the older numbers. */
    static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private SavedViewFormat() {
    }

    static String write(ViewSettings view) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", VERSION);
            SendFilter f = view.filter();
            g.writeObjectFieldStart("filter");
            codes(g, "statuses", f.statuses());
            codes(g, "types", f.types());
            g.writeStringField("search", f.search());
            g.writeStringField("team", f.team());
            g.writeStringField("sender", f.senderEmail());
            g.writeStringField("from", f.from() == null ? null : f.from().toString());
            g.writeStringField("to", f.to() == null ? null : f.to().toString());
            g.writeStringField("testMode", f.testMode().name());
            g.writeBooleanField("attention", f.attentionOnly());
            g.writeBooleanField("pendingRequests", f.pendingRequestOnly());
            codes(g, "campaigns", f.campaignStates());
            g.writeEndObject();
            g.writeObjectFieldStart("sort");
            g.writeStringField("column", view.sort().field().name());
            g.writeBooleanField("ascending", view.sort().ascending());
            g.writeEndObject();
            g.writeArrayFieldStart("columns");
            for (ViewColumn c : view.columns()) {
                g.writeStartObject();
                g.writeStringField("key", c.key());
                g.writeBooleanField("visible", c.visible());
                g.writeNumberField("width", c.width());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("A view could not be written as JSON", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void codes(JsonGenerator g, String field, Collection<? extends Enum<?>> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (Enum<?> v : values) {
            g.writeString(v.name());
        }
        g.writeEndArray();
    }

    /** The settings in {@code text}; throws when it is no JSON object. */
    static ViewSettings read(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a saved view is a JSON object");
            }
            SendFilter filter = SendFilter.ALL;
            SendSort sort = SendSort.NEWEST_FIRST;
            List<ViewColumn> columns = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "filter" -> filter = filter(p);
                    case "sort" -> sort = sort(p);
                    case "columns" -> columns = columns(p);
                    default -> p.skipChildren(); // "format", and what a newer version added
                }
            }
            return new ViewSettings(filter, sort, columns);
        }
    }

    private static SendFilter filter(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return SendFilter.ALL;
        }
        Set<SendStatus> statuses = Set.of();
        Set<SendType> types = Set.of();
        Set<CampaignState> campaigns = Set.of();
        String search = null;
        String team = null;
        String sender = null;
        LocalDate from = null;
        LocalDate to = null;
        TestModeFilter testMode = TestModeFilter.INCLUDE;
        boolean attention = false;
        boolean pendingRequests = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "statuses" -> statuses = codes(p, SendStatus.class);
                case "types" -> types = codes(p, SendType.class);
                case "campaigns" -> campaigns = codes(p, CampaignState.class);
                case "search" -> search = text(p);
                case "team" -> team = text(p);
                case "sender" -> sender = text(p);
                case "from" -> from = date(p);
                case "to" -> to = date(p);
                case "testMode" -> testMode = TestModeFilter.parse(text(p)).orElse(TestModeFilter.INCLUDE);
                case "attention" -> attention = p.currentToken() == JsonToken.VALUE_TRUE;
                case "pendingRequests" -> pendingRequests = p.currentToken() == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
        }
        return new SendFilter(statuses, types, search, sender, team, from, to, testMode, attention, campaigns,
                pendingRequests);
    }

    private static SendSort sort(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return SendSort.NEWEST_FIRST;
        }
        SendSort.Field field = SendSort.NEWEST_FIRST.field();
        boolean ascending = SendSort.NEWEST_FIRST.ascending();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "column" -> field = code(text(p), SendSort.Field.class, field);
                case "ascending" -> ascending = p.currentToken() == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
        }
        return new SendSort(field, ascending);
    }

    private static List<ViewColumn> columns(JsonParser p) throws IOException {
        List<ViewColumn> out = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return out;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String key = null;
            boolean visible = true;
            double width = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "key" -> key = text(p);
                    case "visible" -> visible = p.currentToken() != JsonToken.VALUE_FALSE;
                    case "width" -> width = p.currentToken().isNumeric() ? p.getDoubleValue() : 0;
                    default -> p.skipChildren();
                }
            }
            if (key != null) {
                out.add(new ViewColumn(key, visible, width));
            }
        }
        return out;
    }

    /** A string value, or null for anything else (skipped). */
    private static String text(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private static LocalDate date(JsonParser p) throws IOException {
        String text = text(p);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> codes(JsonParser p, Class<E> type) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return Set.of();
        }
        Set<E> out = EnumSet.noneOf(type);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            E value = code(text(p), type, null);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E code(String text, Class<E> type, E otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
