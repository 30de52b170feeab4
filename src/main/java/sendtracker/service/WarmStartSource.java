package sendtracker.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;

/**
 * A {@link SendSource} whose first questions — the users and the unfiltered first page — are
 * asked as soon as the store is open, while the window is still loading
 * its scene; the window's own first calls then find their answers ready instead of starting cold
 * queries after the window is shown (docs/decisions/0014-launch-time.md). Each early answer is
 * handed out once, only to the call that asks exactly the same question, and only while it is
 * fresh; every other call, and every call after a failed early answer, goes to the store.
 */
public final class WarmStartSource implements SendSource {
    /** An early answer older than this is not used: the store may have changed since. */
    static final long FRESH_FOR_MS = 15_000;

    private final SendSource inner;
    private final long startedAt;
    private final Early<List<User>> users;
    private final Early<User> defaultUser;
    private final Early<Viewed<SendPage>> firstPage;
    private final SendSort sort;
    private final int pageSize;

    private WarmStartSource(SendSource inner, String preferredEmail, SendSort sort, int pageSize, Executor executor) {
        this.inner = inner;
        this.sort = sort;
        this.pageSize = pageSize;
        this.startedAt = System.currentTimeMillis();
        this.users = new Early<>(CompletableFuture.supplyAsync(inner::users, executor));
        this.defaultUser = new Early<>(CompletableFuture.supplyAsync(inner::defaultUser, executor));
        CompletableFuture<User> viewer = users.future.thenCombine(defaultUser.future,
                (all, fallback) -> pick(all, fallback, preferredEmail));
        this.firstPage = new Early<>(viewer.thenApplyAsync(v -> new Viewed<>(v,
                inner.page(v, SendFilter.ALL, sort, 0, pageSize)), executor));
    }

    /**
     * Starts asking {@code inner} the window's first questions on {@code executor}: the page is
     * the one {@code preferredEmail} (or, when null or unknown, the default user) sees unfiltered,
     * sorted by {@code sort}, {@code pageSize} rows from the top.
     */
    public static WarmStartSource start(SendSource inner, String preferredEmail, SendSort sort, int pageSize,
            Executor executor) {
        return new WarmStartSource(Objects.requireNonNull(inner), preferredEmail, sort, pageSize, executor);
    }

    /** The user the window will choose: the preferred one when known, else the store's default. */
    private static User pick(List<User> all, User fallback, String preferredEmail) {
        if (preferredEmail != null) {
            for (User u : all) {
                if (u.isEmail(preferredEmail)) {
                    return u;
                }
            }
        }
        return fallback;
    }

    private boolean fresh() {
        return System.currentTimeMillis() - startedAt <= FRESH_FOR_MS;
    }

    @Override
    public List<User> users() {
        return users.take(fresh()).orElseGet(inner::users);
    }

    @Override
    public User defaultUser() {
        return defaultUser.take(fresh()).orElseGet(inner::defaultUser);
    }

    @Override
    public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit) {
        if (offset == 0 && limit == pageSize && this.sort.equals(sort) && SendFilter.ALL.equals(filter)) {
            Optional<SendPage> early = firstPage.take(fresh(), a -> a.viewer().equals(viewer)).map(Viewed::answer);
            if (early.isPresent()) {
                return early.get();
            }
        }
        return inner.page(viewer, filter, sort, offset, limit);
    }

    /**
     * Always the store's answer: a count is a pass over every visible send (1.6 s of one core at 1M),
     * which asked early would take the second core from the first layout; the window asks it once
     * its first rows are shown (docs/decisions/0014-launch-time.md).
     */
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
    public Optional<CancelRequestService> cancelRequests() {
        return inner.cancelRequests();
    }

    @Override
    public boolean isReadOnly() {
        return inner.isReadOnly();
    }

    /** An answer and the viewer it was asked for. */
    private record Viewed<T>(User viewer, T answer) {
    }

    /** An answer fetched early, handed out at most once; empty when taken, stale or failed. */
    private static final class Early<T> {
        private final CompletableFuture<T> future;
        private final AtomicBoolean taken = new AtomicBoolean();

        Early(CompletableFuture<T> future) {
            this.future = future;
        }

        Optional<T> take(boolean fresh) {
            return take(fresh, answer -> true);
        }

        /** The answer if it is {@code wanted}; one that is not stays for the question it answers. */
        Optional<T> take(boolean fresh, Predicate<T> wanted) {
            if (!fresh || taken.get()) {
                return Optional.empty();
            }
            T answer;
            try {
                answer = future.join();
            } catch (CompletionException | CancellationException e) {
                taken.set(true);
                return Optional.empty(); // the store is asked again, and its failure reaches the window as usual
            }
            if (answer == null || !wanted.test(answer) || !taken.compareAndSet(false, true)) {
                return Optional.empty();
            }
            return Optional.of(answer);
        }
    }
}
