package sendtracker.exchange;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import sendtracker.domain.Texts;

/**
 * A JSON syntax error in the words of someone who edits the file by hand: what was expected and
 * what was found, never the parser's internals ("[Source: …]", character codes, token names).
 * The file, line and column go in front of it ({@link SendFileException}); the parser's own
 * message stays in the exception's cause for a log.
 */
final class JsonSyntax {
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)'");
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern NUMBER = Pattern.compile("^Invalid numeric value: (.+)");
    private static final Pattern CODE = Pattern.compile(" ?\\(code \\d+\\)");
    private static final Pattern INTERNALS = Pattern.compile(" ?\\((?:for|start marker at|from)\\b.*$| ?\\[Source:.*$");

    private JsonSyntax() {
    }

    /** The problem in plain words, for the message "FILE, line L, column C: problem". */
    static String problem(JsonProcessingException e) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip();
        if (e instanceof JsonEOFException || raw.startsWith("Unexpected end-of-input")) {
            return endsTooEarly(e);
        }
        if (raw.startsWith("Invalid UTF-8")) {
            return Texts.get("exchange.file.notUtf8");
        }
        return Texts.get("exchange.json.malformed", what(raw, e));
    }

    private static String what(String raw, JsonProcessingException e) {
        Matcher m = UNEXPECTED.matcher(raw);
        if (m.find()) {
            String found = m.group(1);
            if (raw.contains("double-quote to start field name")) {
                return Texts.get("exchange.json.expectedFieldName", found);
            }
            if (raw.contains("comma to separate Object entries")) {
                return Texts.get("exchange.json.expectedCommaInObject", found);
            }
            if (raw.contains("comma to separate Array entries")) {
                return Texts.get("exchange.json.expectedCommaInArray", found);
            }
            if (raw.contains("colon to separate field name and value")) {
                return Texts.get("exchange.json.expectedColon", found);
            }
            if (raw.contains("expected a valid value") || raw.contains("expected a value")) {
                return Texts.get("exchange.json.expectedValueFound", found);
            }
            return Texts.get("exchange.json.unexpected", found);
        }
        if ((m = UNRECOGNIZED.matcher(raw)).find()) {
            return Texts.get("exchange.json.unrecognized", m.group(1));
        }
        if ((m = CLOSE_MARKER.matcher(raw)).find()) {
            JsonLocation open = openedAt(e);
            if (open == null) {
                return Texts.get("exchange.json.closeMarker", m.group(1));
            }
            return Texts.get(context(e).inObject() ? "exchange.json.closeObject" : "exchange.json.closeList",
                    m.group(1), line(open), column(open));
        }
        if ((m = ESCAPE.matcher(raw)).find()) {
            return Texts.get("exchange.json.escape", m.group(1));
        }
        if ((m = CONTROL.matcher(raw)).find()) {
            int code = Integer.parseInt(m.group(1));
            return Texts.get(code == '\n' || code == '\r' ? "exchange.json.lineBreakInText"
                    : code == '\t' ? "exchange.json.tabInText" : "exchange.json.controlInText");
        }
        if ((m = NUMBER.matcher(raw)).find()) {
            return Texts.get("exchange.json.number", plainDetail(m.group(1)));
        }
        return plainDetail(raw);
    }

    /** The parser's first sentence without character codes and source descriptions. */
    private static String plainDetail(String raw) {
        String line = raw.lines().findFirst().orElse("");
        line = INTERNALS.matcher(CODE.matcher(line).replaceAll("")).replaceAll("").strip();
        while (line.endsWith(":") || line.endsWith(";") || line.endsWith(",")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return line.isEmpty() ? Texts.get("exchange.json.unreadable") : line.substring(0, 1).toLowerCase(Locale.ROOT)
                + line.substring(1);
    }

    /** A file that stops inside a text, an object or the list: what was left open, and where it began. */
    private static String endsTooEarly(JsonProcessingException e) {
        JsonToken decoding = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
        if (decoding == JsonToken.VALUE_STRING || decoding == JsonToken.FIELD_NAME) {
            return Texts.get("exchange.json.truncatedInText");
        }
        JsonLocation open = openedAt(e);
        JsonStreamContext context = context(e);
        if (open == null || context == null || context.inRoot()) {
            return Texts.get("exchange.json.truncated");
        }
        return Texts.get(context.inObject() ? "exchange.json.truncatedInObject" : "exchange.json.truncatedInList",
                line(open), column(open));
    }

    // as text: a number argument would come out grouped ("line 1,204")
    private static String line(JsonLocation at) {
        return String.valueOf(at.getLineNr());
    }

    private static String column(JsonLocation at) {
        return String.valueOf(at.getColumnNr());
    }

    private static JsonStreamContext context(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null;
    }

    /** Where the object or list the parser was in began, if it knows. */
    private static JsonLocation openedAt(JsonProcessingException e) {
        JsonStreamContext context = context(e);
        if (context == null || context.inRoot()) {
            return null;
        }
        JsonLocation at = context.startLocation(ContentReference.unknown());
        return at == null || at.getLineNr() <= 0 ? null : at;
    }
}
