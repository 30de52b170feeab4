package sendtracker.store;

/** The store cannot be opened or created at all (bad URL, folder not writable…). */
public class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
