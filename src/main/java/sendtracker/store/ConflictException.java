package sendtracker.store;

import sendtracker.domain.Send;

/** The send changed since the caller saw it; carries the send as it is now. */
public class ConflictException extends StoreException {
    private final transient Send current;

    public ConflictException(String message, Send current) {
        super(message);
        this.current = current;
    }

    public Send current() {
        return current;
    }
}
