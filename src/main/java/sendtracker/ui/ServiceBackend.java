package sendtracker.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;
import sendtracker.service.CancelResult;
import sendtracker.service.SendService;

/** The window's source over the real {@link SendService} (a live store or an offline review). */
public final class ServiceBackend implements SendsBackend {
    private final SendService service;
    private final ExportRunner exporter;
    private final Runnable onClose;
    private final String openingNote;

    /** A source over a store someone else closes, without export. */
    public ServiceBackend(SendService service) {
        this(service, null, () -> { });
    }

    /**
     * @param exporter writes this source's sends to a file (null: no export)
     * @param onClose  runs when the window is done with the source (an offline review drops its store)
     */
    public ServiceBackend(SendService service, ExportRunner exporter, Runnable onClose) {
        this(service, exporter, onClose, null);
    }

    /** @param openingNote what the user should know about how it was opened (null: nothing) */
    public ServiceBackend(SendService service, ExportRunner exporter, Runnable onClose, String openingNote) {
        this.service = service;
        this.exporter = exporter;
        this.onClose = onClose;
        this.openingNote = openingNote;
    }

    @Override
    public String openingNote() {
        return openingNote;
    }

    @Override
    public ExportRunner exporter() {
        return exporter;
    }

    @Override
    public void close() {
        onClose.run();
    }

    public SendService service() {
        return service;
    }

    @Override
    public List<User> users() {
        return service.users();
    }

    @Override
    public User defaultUser() {
        return service.defaultUser();
    }

    @Override
    public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit) {
        return service.page(viewer, filter, sort, offset, limit);
    }

    @Override
    public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter) {
        return service.countByStatus(viewer, filter);
    }

    @Override
    public Optional<Send> find(User viewer, String id) {
        return service.find(viewer, id);
    }

    @Override
    public CancelDecision preview(User actor, Send send) {
        return service.preview(actor, send);
    }

    @Override
    public CancelReply cancel(User actor, String sendId, Long expectedVersion, String reason) {
        CancelResult r = service.cancel(actor, sendId, expectedVersion, reason);
        CancelDecision decision = r.outcome() == null
                // Not found (or no longer visible): Support is the way forward, with the id.
                ? new CancelDecision(CancelRule.TECHNICAL_FAILURE.outcome(), CancelRule.TECHNICAL_FAILURE, r.message())
                : new CancelDecision(r.outcome(), r.rule(), r.message());
        return new CancelReply(decision, r.send(), r.conflict(), r.supportRequest());
    }

    @Override
    public String supportRequest(Send send, CancelDecision decision) {
        return service.supportRequest(send, decision);
    }

    @Override
    public Instant now() {
        return service.now();
    }

    @Override
    public boolean isReadOnly() {
        return service.isReadOnly();
    }
}
