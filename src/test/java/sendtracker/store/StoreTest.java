package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;
import sendtracker.service.Backend;
import sendtracker.service.CancelResult;
import sendtracker.service.StoreKind;
import sendtracker.service.TestStores;

/** The store's contract, on the local store and on the team store alike. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class StoreTest {
    private static final Instant NOW = TestStores.CLOCK.instant();

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    @Test
    void migrationsCreateAnEmptyStoreAndLeaveAnExistingOneIntact() throws Exception {
        String url = kind.url(dir);
        try (Database db = Database.open(url)) {
            assertTrue(db.isNew());
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 1);
            }
            JdbcSendStore store = new JdbcSendStore(db);
            assertEquals(0, store.sendCount());
            assertEquals(JdbcSendStore.LOCAL_ADMIN, store.defaultUser());
            // the team store takes an import in larger transactions (docs/decisions/0024)
            assertEquals(kind == StoreKind.LOCAL, store.importBatchSize() == SendStore.DEFAULT_IMPORT_BATCH);
            assertTrue(store.importBatchSize() >= SendStore.DEFAULT_IMPORT_BATCH);
            store.upsert(List.of(send("KEEP-1", SendStatus.SHIPPED, NOW)));
        }
        try (Database db = Database.open(url)) {
            assertFalse(db.isNew());
            assertEquals(1, new JdbcSendStore(db).sendCount());
        }
    }

    @Test
    void everyRoleSeesExactlyWhatItMayInListShowCancelAndExport() {
        try (Backend b = TestStores.demo(kind, dir, 1500)) {
            SendStore store = b.store();
            List<Send> all = new ArrayList<>();
            User admin = store.defaultUser();
            store.forEach(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, NOW, false, all::add);
            assertEquals(1500, all.size());
            for (User viewer : store.users()) {
                long expected = all.stream().filter(s -> Visibility.canSee(viewer, s)).count();
                SendPage page = store.page(viewer, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 5000, NOW);
                assertEquals(expected, page.total(), viewer.email());
                assertEquals(expected, page.rows().size());
                page.rows().forEach(s -> assertTrue(Visibility.canSee(viewer, s), viewer.email() + " sees " + s.id()));
                List<Send> exported = new ArrayList<>();
                store.forEach(viewer, SendFilter.ALL, SendSort.NEWEST_FIRST, NOW, false, exported::add);
                assertEquals(expected, exported.size());
                if (viewer.role() == Role.SENDER) {
                    page.rows().forEach(s -> assertTrue(viewer.isEmail(s.senderEmail())));
                    Send foreign = all.stream().filter(s -> !viewer.isEmail(s.senderEmail())).findFirst().orElseThrow();
                    assertTrue(store.find(viewer, foreign.id()).isEmpty(), "show of another's send is not found");
                    CancelResult r = b.sends().cancel(viewer, foreign.id(), null, null);
                    assertTrue(r.notFound(), "cancel of another's send is not found");
                    assertEquals(foreign.status(), store.find(admin, foreign.id()).orElseThrow().status());
                }
                if (viewer.role() == Role.MANAGER) {
                    page.rows().forEach(s -> assertTrue(viewer.manages(s.team()), viewer.email() + " sees " + s.id()));
                    assertTrue(expected > 0 && expected < all.size());
                }
            }
        }
    }

    @Test
    void aManagersCountsAndSpendAreTheManagedTeamsOnlyNotTheirOwnSendsElsewhere() {
        try (Backend b = TestStores.demo(kind, dir, 400)) {
            SendStore store = b.store();
            User manager = store.users().stream().filter(u -> u.role() == Role.MANAGER).findFirst().orElseThrow();
            String elsewhere = store.users().stream().map(User::team)
                    .filter(t -> t != null && !manager.manages(t)).findFirst().orElseThrow();
            Send ownElsewhere = send("OWN-ELSEWHERE", SendStatus.SHIPPED, NOW).toBuilder().senderEmail(manager.email())
                    .senderName(manager.name()).team(elsewhere).currency("EUR")
                    .cost(new java.math.BigDecimal("7.25")).build();
            Send ownManaged = send("OWN-MANAGED", SendStatus.SHIPPED, NOW).toBuilder().senderEmail(manager.email())
                    .senderName(manager.name()).team(manager.managedTeams().iterator().next()).currency("EUR")
                    .cost(new java.math.BigDecimal("3.50")).build();
            store.upsert(List.of(ownElsewhere, ownManaged));
            User viewer = store.user(manager.email()).orElseThrow();
            List<Send> all = new ArrayList<>();
            store.forEach(store.defaultUser(), SendFilter.ALL, SendSort.NEWEST_FIRST, NOW, false, all::add);
            List<Send> seen = all.stream().filter(s -> Visibility.canSee(viewer, s)).toList();
            assertTrue(seen.stream().noneMatch(s -> s.id().equals("OWN-ELSEWHERE")) && seen.size() < all.size());
            assertTrue(seen.stream().anyMatch(s -> s.id().equals("OWN-MANAGED")));
            assertTrue(store.find(viewer, "OWN-ELSEWHERE").isEmpty(), "their own send in another team is not found");

            assertEquals(seen.size(), store.page(viewer, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 10, NOW).total());
            Map<SendStatus, Long> byStatus = new java.util.EnumMap<>(SendStatus.class);
            seen.forEach(s -> byStatus.merge(s.status(), 1L, Long::sum));
            assertEquals(byStatus, store.countByStatus(viewer, SendFilter.ALL, NOW), "the managed teams' sends only");
            SendFilter shipped = SendFilter.ALL.withStatuses(Set.of(SendStatus.SHIPPED));
            assertEquals(byStatus.get(SendStatus.SHIPPED), store.page(viewer, shipped, SendSort.NEWEST_FIRST, 0, 1, NOW).total());
            sendtracker.domain.Spend spend = store.spend(viewer, SendFilter.ALL, sendtracker.domain.SpendGroup.NONE, NOW);
            assertEquals(seen.size(), spend.sends());
            java.math.BigDecimal eur = seen.stream().filter(s -> "EUR".equals(s.currency()) && s.cost() != null)
                    .map(Send::cost).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            assertEquals(0, eur.compareTo(spend.byCurrency().get("EUR").total()), spend.toString());
        }
    }

    @Test
    void cancelIsOneTransactionWithHistoryCreditAndLaterRefund() {
        try (Backend b = Backend.open(kind.url(dir), TestStores.CLOCK, false)) {
            SendStore store = b.store();
            store.upsert(List.of(send("C-1", SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(600))));
            User owner = store.user("owner@example.com").orElseThrow();
            assertEquals(Role.SENDER, owner.role());
            Send before = store.find(owner, "C-1").orElseThrow();

            CancelCommit commit = store.cancel("C-1", before.version(), owner, "Wrong gift", NOW, new CancelPolicy());
            assertTrue(commit.committed());
            assertEquals(CancelOutcome.CANCELED, commit.decision().outcome());
            Send after = commit.send();
            assertEquals(SendStatus.CANCELED, after.status());
            assertEquals(before.version() + 1, after.version());
            StatusUpdate last = after.history().get(after.history().size() - 1);
            assertEquals(SendStatus.CANCELED, last.status());
            assertEquals("owner@example.com", last.actor());
            assertEquals("Wrong gift", last.note());
            assertEquals(NOW, last.occurredAt());

            assertEquals(0, store.settleCredits(NOW.plusSeconds(60), Duration.ofDays(1)), "not due yet");
            assertEquals(1, store.settleCredits(NOW.plus(Duration.ofDays(2)), Duration.ofDays(1)));
            Send refunded = store.find(owner, "C-1").orElseThrow();
            assertEquals(SendStatus.REFUNDED, refunded.status());
            assertEquals(SendStatus.REFUNDED, refunded.history().get(refunded.history().size() - 1).status());
            assertEquals(0, store.settleCredits(NOW.plus(Duration.ofDays(3)), Duration.ofDays(1)), "credited once");
        }
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        try (Backend b = Backend.open(kind.url(dir), TestStores.CLOCK, false)) {
            SendStore store = b.store();
            store.upsert(List.of(send("V-1", SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(600))));
            User admin = store.defaultUser();
            long seen = store.find(admin, "V-1").orElseThrow().version();
            store.upsert(List.of(send("V-1", SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(60))));
            ConflictException e = assertThrows(ConflictException.class,
                    () -> store.cancel("V-1", seen, admin, null, NOW, new CancelPolicy()));
            assertNotNull(e.current());
            assertEquals(SendStatus.CONFIRMING_ADDRESS, store.find(admin, "V-1").orElseThrow().status());
            CancelResult r = b.sends().cancel(admin, "V-1", seen, null);
            assertTrue(r.conflict());
            assertFalse(r.canceled());
        }
    }

    @Test
    void twoClientsCancellingAtOnceExactlyOneSucceeds() throws Exception {
        try (Backend b = Backend.open(kind.url(dir), TestStores.CLOCK, false)) {
            SendStore store = b.store();
            for (int round = 0; round < 20; round++) {
                store.upsert(List.of(send("R-" + round, SendStatus.CONFIRMING_ADDRESS, NOW.minusSeconds(600))));
            }
            User owner = store.user("owner@example.com").orElseThrow();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    String id = "R-" + round;
                    CountDownLatch start = new CountDownLatch(1);
                    Callable<CancelResult> task = () -> {
                        if (!start.await(30, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("the start signal never came");
                        }
                        return b.sends().cancel(owner, id, null, "race");
                    };
                    Future<CancelResult> one = pool.submit(task);
                    Future<CancelResult> two = pool.submit(task);
                    start.countDown();
                    List<CancelResult> results = List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
                    long won = results.stream().filter(CancelResult::canceled).count();
                    assertEquals(1, won, id + ": " + results);
                    CancelResult lost = results.stream().filter(r -> !r.canceled()).findFirst().orElseThrow();
                    assertTrue(lost.conflict() || lost.outcome() == CancelOutcome.ALREADY_CLOSED, lost.toString());
                    Send s = store.find(owner, id).orElseThrow();
                    assertEquals(1, s.history().stream().filter(u -> u.status() == SendStatus.CANCELED).count());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void upsertReplacesOnlyWithANewerStatusChange() {
        try (Backend b = Backend.open(kind.url(dir), TestStores.CLOCK, false)) {
            SendStore store = b.store();
            UpsertCounts first = store.upsert(List.of(send("U-1", SendStatus.ORDER_RECEIVED, NOW.minusSeconds(900))));
            assertEquals(new UpsertCounts(1, 0, 0), first);
            UpsertCounts older = store.upsert(List.of(send("U-1", SendStatus.CANCELED, NOW.minusSeconds(1800))));
            assertEquals(new UpsertCounts(0, 0, 1), older);
            UpsertCounts newer = store.upsert(List.of(send("U-1", SendStatus.SHIPPED, NOW.minusSeconds(60))));
            assertEquals(new UpsertCounts(0, 1, 0), newer);
            User admin = store.defaultUser();
            assertEquals(SendStatus.SHIPPED, store.find(admin, "U-1").orElseThrow().status());
            Map<SendStatus, Long> counts = store.countByStatus(admin, SendFilter.ALL.withStatuses(Set.of(SendStatus.FAILED)),
                    NOW);
            assertEquals(Map.of(SendStatus.SHIPPED, 1L), counts, "status counts ignore the status filter");
        }
    }

    @Test
    void aNewerVersionWithoutHistoryKeepsTheStoredHistory() {
        try (Backend b = Backend.open(kind.url(dir), TestStores.CLOCK, false)) {
            SendStore store = b.store();
            store.upsert(List.of(send("H-1", SendStatus.ORDER_RECEIVED, NOW.minusSeconds(900))));
            Send fromCsv = send("H-1", SendStatus.FULFILLING, NOW.minusSeconds(60)).toBuilder().history(List.of()).build();
            assertEquals(new UpsertCounts(0, 1, 0), store.upsert(List.of(fromCsv)));
            List<StatusUpdate> h = store.find(store.defaultUser(), "H-1").orElseThrow().history();
            assertEquals(List.of(SendStatus.INITIATED, SendStatus.ORDER_RECEIVED, SendStatus.FULFILLING),
                    h.stream().map(StatusUpdate::status).toList());
            assertEquals(NOW.minusSeconds(60), h.get(2).occurredAt());
        }
    }

    static Send send(String id, SendStatus status, Instant changed) {
        return Send.builder().id(id).createdAt(NOW.minusSeconds(86400)).type(SendType.INVENTORIED).status(status)
                .statusChangedAt(changed).senderEmail("owner@example.com").senderName("Owner").team("Team A")
                .recipientName("Rita Recipient").campaign("Test Campaign").cost(new java.math.BigDecimal("25.00"))
                .currency("USD").fundingSource("Team A budget").addressConfirmation(true)
                .addHistory(new StatusUpdate(SendStatus.INITIATED, NOW.minusSeconds(86400), null, null))
                .addHistory(new StatusUpdate(status, changed, null, null)).build();
    }
}
