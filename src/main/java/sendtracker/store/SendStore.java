package sendtracker.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;

/**
 * Where sends, users and teams live. Every read takes the viewer and applies
 * {@link sendtracker.domain.Visibility} in the query itself: a send the viewer may not see
 * is simply not there. The SQL stays portable (H2 now, PostgreSQL for a shared team store).
 */
public interface SendStore extends SendQuery, AutoCloseable {

    // ---- users and teams

    List<User> users();

    Optional<User> user(String email);

    /**
     * Every team's name, alphabetical. A store without a team list of its own names the teams
     * of its users (a team named only by sends is then missing).
     */
    default List<String> teamNames() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (User u : users()) {
            if (u.team() != null) {
                names.add(u.team());
            }
            names.addAll(u.managedTeams());
        }
        return List.copyOf(names);
    }

    /** The acting user when none is named: the first Admin, or a built-in local admin in an empty store. */
    User defaultUser();

    /** Adds or updates users by email (teams created as needed); used by the demo generator and import. */
    void saveUsers(List<User> users);

    // ---- reads

    /** Every send in the store, ignoring visibility (to tell an empty store). */
    long sendCount();

    /** One send with its full history, or empty when it does not exist or the viewer may not see it. */
    Optional<Send> find(User viewer, String id);

    /** Sends by id in the given order (ids that are missing are skipped), without history, no visibility check. */
    List<Send> findByIds(List<String> ids);

    /**
     * Streams every send the filter selects, in order, to the sink; with history when asked.
     * Memory does not grow with the number of sends.
     */
    void forEach(User viewer, SendFilter filter, SendSort sort, Instant now, boolean withHistory, SendSink sink);

    /**
     * As {@link #forEach}, for one of {@code parts} reads that a caller runs at once: each holds
     * that much less in memory, so that together they hold what one read would.
     */
    default void forEachPart(int parts, User viewer, SendFilter filter, SendSort sort, Instant now,
            boolean withHistory, SendSink sink) {
        forEach(viewer, filter, sort, now, withHistory, sink);
    }

    /** When the store's first and last sends were created (as far as it can tell at once). */
    record CreationSpan(Instant first, Instant last) {
    }

    /**
     * The creation times of the first and last sends the store holds, or empty when it holds none
     * or cannot tell without reading them all. An export splits its work by it
     * (docs/decisions/0037-exports-in-two-halves.md).
     */
    default Optional<CreationSpan> creationSpan() {
        return Optional.empty();
    }

    // ---- writes

    /**
     * Stores sends by id: new ones are added; a stored one is replaced only when the given
     * one's status changed later. Senders, teams and campaigns are created as needed.
     * One transaction per call.
     */
    UpsertCounts upsert(List<Send> sends);

    /** How many sends an import hands to one {@link #upsert} on this store (one transaction each). */
    default int importBatchSize() {
        return DEFAULT_IMPORT_BATCH;
    }

    /**
     * A transaction for the first batches of an import whose file is still being checked, when the
     * store can hold one open (both stores do: docs/decisions/0028-team-import-stores-while-it-checks.md,
     * 0036-local-import-stores-while-it-checks.md); empty when each batch must commit on its own.
     */
    default Optional<HeldUpserts> holdUpserts() {
        return Optional.empty();
    }

    /**
     * Where an import's batches go once its file has passed the check: two at once on two connections
     * (the team store), or one after another, synced once at the end (the local store,
     * docs/decisions/0035-h2-import-syncs-at-its-end.md); empty when each goes to {@link #upsert} in turn.
     */
    default Optional<UpsertPipeline> pipelineUpserts() {
        return Optional.empty();
    }

    /** Rows per import transaction unless a store says otherwise. */
    int DEFAULT_IMPORT_BATCH = 5_000;

    /**
     * Cancels one send in one transaction: re-reads and locks the stored row, evaluates the
     * policy on it, and when it allows: status Canceled, a history entry, and a credit back
     * to the funding source. {@code expectedVersion} (or null) is the version the caller saw.
     *
     * @throws SendNotFoundException when missing or not visible to the actor
     * @throws ConflictException     when the stored version differs from the expected one
     */
    CancelCommit cancel(String sendId, Long expectedVersion, User actor, String reason, Instant now,
            CancelPolicy policy);

    /** Posts credits requested at least {@code age} ago: their sends become Refunded. Returns how many. */
    int settleCredits(Instant now, Duration age);

    /** The store's cancellation requests; empty for a store that does not keep them. */
    default Optional<CancelRequestStore> cancelRequests() {
        return Optional.empty();
    }

    void addListener(StoreListener listener);

    @Override
    void close();

    /** Receives streamed sends; throwing stops the stream. */
    @FunctionalInterface
    interface SendSink {
        void accept(Send send) throws Exception;
    }
}
