package sendtracker.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import sendtracker.domain.Send;

/** Writes sends to a file one at a time; closing finishes the file. */
public interface SendWriter extends Closeable {

    void write(Send send) throws IOException;

    static SendWriter create(SendFormat format, OutputStream out) throws IOException {
        return format == SendFormat.JSON ? new JsonSendWriter(out) : new CsvSendWriter(out, true);
    }
}
