package sendtracker.store;

/** No such send, or one the acting user may not see: both look the same to them. */
public class SendNotFoundException extends StoreException {
    private final String sendId;

    public SendNotFoundException(String sendId, String message) {
        super(message);
        this.sendId = sendId;
    }

    public String sendId() {
        return sendId;
    }
}
