package sendtracker.service;

import java.io.OutputStream;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;

/** Writes sends to a stream in the export formats (for list/show on the command line). */
public final class SendOutput {
    private final SendService sends;

    public SendOutput(SendService sends) {
        this.sends = sends;
    }

    /** The sends the viewer may see that the filter selects, in the export shape of {@code format}. */
    public void write(OutputStream out, String format, User viewer, SendFilter filter, SendSort sort, int limit) {
        throw new IllegalStateException("format " + format + " arrives with the exchange package");
    }

    /** One send (with history) as a JSON object in the export shape. */
    public void writeOne(OutputStream out, Send send) {
        throw new IllegalStateException("JSON arrives with the exchange package");
    }
}
