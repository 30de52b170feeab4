package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;
import sendtracker.store.TeamStoreServer;

/** Two clients of one store: a change through one reaches the other's index by the change feed alone. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChangeWatcherTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    @Test
    void aCancelThroughOneClientShowsInTheOthersIndexAndPage() throws Exception {
        String url = kind.url(dir);
        try (Backend writer = Backend.open(url, TestStores.CLOCK, false)) {
            writer.demo().generate(300, 42L, n -> { });
        }
        try (Backend window = Backend.open(url, TestStores.CLOCK, false, true);
                Backend other = Backend.open(url, TestStores.CLOCK, false)) {
            ChangeWatcher watcher = window.changes().orElseThrow().start();
            List<Collection<String>> heard = new CopyOnWriteArrayList<>();
            watcher.onChanged(heard::add);
            User admin = window.sends().defaultUser();
            Send target = cancelable(other, admin);
            assertTrue(other.sends().cancel(admin, target.id(), target.version(), "test").canceled());

            awaitTrue(() -> statusInWindow(window, admin, target.id()) == SendStatus.CANCELED,
                    "the window's page shows the cancel of the other client");
            awaitTrue(() -> heard.stream().anyMatch(ids -> ids.contains(target.id())), "the window was told");
            if (kind == StoreKind.TEAM) {
                awaitTrue(() -> watcher.state() == ChangeWatcher.State.LIVE, "listening");
            } else {
                assertEquals(ChangeWatcher.State.POLLING, watcher.state());
            }
        }
    }

    @Test
    void aKilledListenConnectionIsCaughtUpByPollingAndReconnected() throws Exception {
        String url = kind.url(dir);
        try (Backend writer = Backend.open(url, TestStores.CLOCK, false)) {
            writer.demo().generate(300, 42L, n -> { });
        }
        try (Backend window = Backend.open(url, TestStores.CLOCK, false, true);
                Backend other = Backend.open(url, TestStores.CLOCK, false)) {
            ChangeWatcher watcher = window.changes().orElseThrow().start();
            if (kind != StoreKind.TEAM) {
                // a local store sends no notifications: there is no connection to kill, polling alone keeps up
                assertEquals(-1, watcher.listeningBackendPid());
                User admin = window.sends().defaultUser();
                Send target = cancelable(other, admin);
                assertTrue(other.sends().cancel(admin, target.id(), target.version(), "test").canceled());
                awaitTrue(() -> statusInWindow(window, admin, target.id()) == SendStatus.CANCELED, "polled");
                assertEquals(ChangeWatcher.State.POLLING, watcher.state());
                return;
            }
            awaitTrue(() -> watcher.listeningBackendPid() > 0, "listening");
            int pid = watcher.listeningBackendPid();
            try (Connection admin = DriverManager.getConnection(TeamStoreServer.url("postgres"));
                    PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                ps.setInt(1, pid);
                ps.executeQuery().close();
            }
            User admin = window.sends().defaultUser();
            Send target = cancelable(other, admin);
            assertTrue(other.sends().cancel(admin, target.id(), target.version(), "test").canceled());
            awaitTrue(() -> statusInWindow(window, admin, target.id()) == SendStatus.CANCELED,
                    "the window caught up without the notification");
            awaitTrue(() -> watcher.listeningBackendPid() > 0 && watcher.listeningBackendPid() != pid,
                    "listening again on a new connection");
        }
    }

    private static Send cancelable(Backend b, User admin) {
        return b.sends().page(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 300).rows().stream()
                .filter(s -> b.sends().preview(admin, s).outcome() == sendtracker.domain.CancelOutcome.CANCELED)
                .findFirst().orElseThrow();
    }

    private static SendStatus statusInWindow(Backend window, User viewer, String id) {
        Optional<Send> s = window.sends().page(viewer, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 300).rows().stream()
                .filter(x -> x.id().equals(id)).findFirst();
        return s.map(Send::status).orElse(null);
    }

    /** Waits (bounded) until {@code condition} holds. */
    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
