package sendtracker.exchange;

import java.util.List;
import java.util.function.Supplier;

import sendtracker.domain.Send;

/**
 * One row of a file: either a send, or why it is rejected (the field and the reason). The row's
 * original content (CSV cells, or the JSON object's text) is kept for the reject file.
 */
public final class SendRow {
    private final long line;
    private final Send send;
    private final String field;
    private final String reason;
    private final Supplier<List<String>> original;

    private SendRow(long line, Send send, String field, String reason, Supplier<List<String>> original) {
        this.line = line;
        this.send = send;
        this.field = field;
        this.reason = reason;
        this.original = original;
    }

    static SendRow accepted(long line, Send send, Supplier<List<String>> original) {
        return new SendRow(line, send, null, null, original);
    }

    static SendRow rejected(long line, String field, String reason, Supplier<List<String>> original) {
        return new SendRow(line, null, field, reason, original);
    }

    /** The same row, rejected for a reason found after reading (a duplicate id, say). */
    public SendRow reject(String rejectField, String rejectReason) {
        return new SendRow(line, null, rejectField, rejectReason, original);
    }

    /** The 1-based line the row starts on. */
    public long line() {
        return line;
    }

    public boolean isAccepted() {
        return send != null;
    }

    /** The send, or null when rejected. */
    public Send send() {
        return send;
    }

    /** The first field at fault, or null when accepted (or the row as a whole is at fault). */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The row as it was in the file: CSV cells in file order, or the JSON object's text. */
    public List<String> original() {
        return original.get();
    }
}
