package sendtracker.exchange;

/** The user cancelled while a file was being checked; nothing was stored. */
public class ReadCancelledException extends RuntimeException {
    public ReadCancelledException() {
        super("cancelled");
    }
}
