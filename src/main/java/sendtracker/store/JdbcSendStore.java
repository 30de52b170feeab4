package sendtracker.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.Spend;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;

/**
 * The store on JDBC (embedded H2 by default): a front that hands each job to its part — the
 * {@link Directory} of users, teams and campaigns, {@link SendReads}, {@link SendWrites} and
 * {@link CancelsAndCredits}, {@link CancelRequests} — and tells the listeners what each committed write changed.
 */
public final class JdbcSendStore implements SendStore {
    /** The acting user of a store that has no Admin yet (a new, empty store). */
    public static final User LOCAL_ADMIN = new User(0, "admin@localhost", "Local administrator", Role.ADMIN, null,
            Set.of());

    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final Directory directory;
    private final SendReads reads;
    private final SendWrites writes;
    /** The team store's bulk path (COPY and set-based SQL), null on H2. */
    private final CopyUpserts copyUpserts;
    private final CancelsAndCredits cancels;
    private final CancelRequests requests;
    private final Runnable onClose;
    private final Connections connections;

    /** The store in an opened database, in its dialect; closing the store closes the database. */
    public JdbcSendStore(Database database) {
        this(new Connections(database.dataSource(), database.bulkReads(), database.dialect()), database::close);
    }

    /** The store in an H2 database's {@code dataSource}; {@code onClose} runs when the store closes. */
    public JdbcSendStore(DataSource dataSource, Runnable onClose) {
        this(new Connections(dataSource, H2Dialect.INSTANCE), onClose);
    }

    private JdbcSendStore(Connections connections, Runnable onClose) {
        this.directory = new Directory(connections);
        this.reads = new SendReads(connections);
        this.writes = new SendWrites(connections, directory, this::fire);
        this.copyUpserts = connections.dialect() == PostgresDialect.INSTANCE
                ? new CopyUpserts(connections, directory, this::fire) : null;
        this.cancels = new CancelsAndCredits(connections, this::fire);
        this.requests = new CancelRequests(connections, this::fire);
        this.onClose = onClose;
        this.connections = connections;
    }

    @Override
    public List<User> users() {
        return directory.users();
    }

    @Override
    public Optional<User> user(String email) {
        return directory.user(email);
    }

    @Override
    public List<String> teamNames() {
        return directory.teamNames();
    }

    @Override
    public User defaultUser() {
        return directory.defaultUser(LOCAL_ADMIN);
    }

    @Override
    public void saveUsers(List<User> users) {
        directory.saveUsers(users);
    }

    @Override
    public long sendCount() {
        return reads.sendCount();
    }

    @Override
    public SendPage page(User viewer, SendFilter filter, SendSort sort, int offset, int limit, Instant now) {
        return reads.page(viewer, filter, sort, offset, limit, now);
    }

    @Override
    public long count(User viewer, SendFilter filter, Instant now) {
        return reads.count(viewer, filter, now);
    }

    @Override
    public Map<SendStatus, Long> countByStatus(User viewer, SendFilter filter, Instant now) {
        return reads.countByStatus(viewer, filter, now);
    }

    @Override
    public Spend spend(User viewer, SendFilter filter, SpendGroup by, Instant now) {
        return reads.spend(viewer, filter, by, now);
    }

    @Override
    public Optional<Send> find(User viewer, String id) {
        return reads.find(viewer, id);
    }

    @Override
    public List<Send> findByIds(List<String> ids) {
        return reads.findByIds(ids);
    }

    @Override
    public void forEach(User viewer, SendFilter filter, SendSort sort, Instant now, boolean withHistory,
            SendSink sink) {
        reads.forEach(viewer, filter, sort, now, withHistory, 1, sink);
    }

    @Override
    public void forEachPart(int parts, User viewer, SendFilter filter, SendSort sort, Instant now, boolean withHistory,
            SendSink sink) {
        reads.forEach(viewer, filter, sort, now, withHistory, parts, sink);
    }

    @Override
    public Optional<CreationSpan> creationSpan() {
        return reads.creationSpan();
    }

    @Override
    public UpsertCounts upsert(List<Send> sends) {
        return copyUpserts != null ? copyUpserts.upsert(sends) : writes.upsert(sends);
    }

    @Override
    public Optional<HeldUpserts> holdUpserts() {
        return Optional.of(copyUpserts != null ? copyUpserts.hold() : writes.hold());
    }

    @Override
    public Optional<UpsertPipeline> pipelineUpserts() {
        return Optional.of(copyUpserts != null ? copyUpserts.pipeline() : SerialUpserts.start(connections, writes));
    }

    @Override
    public int importBatchSize() {
        return copyUpserts != null ? CopyUpserts.BATCH : SendStore.super.importBatchSize();
    }

    @Override
    public CancelCommit cancel(String sendId, Long expectedVersion, User actor, String reason, Instant now,
            CancelPolicy policy) {
        return cancels.cancel(sendId, expectedVersion, actor, reason, now, policy);
    }

    @Override
    public int settleCredits(Instant now, Duration age) {
        return cancels.settleCredits(now, age);
    }

    @Override
    public Optional<CancelRequestStore> cancelRequests() {
        return Optional.of(requests);
    }

    @Override
    public void addListener(StoreListener listener) {
        listeners.add(listener);
    }

    private void fire(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        for (StoreListener l : listeners) {
            l.sendsChanged(ids);
        }
    }

    @Override
    public void close() {
        // a closed store tells no one of writes: its listeners (a read index) are let go with it, even
        // while a caller still holds the closed store
        listeners.clear();
        onClose.run();
    }
}
