package sendtracker.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;
import sendtracker.service.CancelResult;
import sendtracker.service.SendSource;

/** A source that passes every call on; tests override the one they want to misbehave. */
class DelegatingSource implements SendSource {
    private final SendSource inner;

    DelegatingSource(SendSource inner) {
        this.inner = inner;
    }

    @Override
    public List<User> users() {
        return inner.users();
    }

    @Override
    public User defaultUser() {
        return inner.defaultUser();
    }

    @Override
    public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit) {
        return inner.page(viewer, filter, sort, offset, limit);
    }

    @Override
    public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter) {
        return inner.countByStatus(viewer, filter);
    }

    @Override
    public Spend spend(User viewer, SendFilter filter, SpendGroup by) {
        return inner.spend(viewer, filter, by);
    }

    @Override
    public Optional<Send> find(User viewer, String id) {
        return inner.find(viewer, id);
    }

    @Override
    public CancelDecision preview(User actor, Send send) {
        return inner.preview(actor, send);
    }

    @Override
    public CancelResult cancel(User actor, String sendId, Long expectedVersion, String reason) {
        return inner.cancel(actor, sendId, expectedVersion, reason);
    }

    @Override
    public String supportRequest(Send send, CancelDecision decision) {
        return inner.supportRequest(send, decision);
    }

    @Override
    public Instant now() {
        return inner.now();
    }

    @Override
    public boolean isReadOnly() {
        return inner.isReadOnly();
    }
}
