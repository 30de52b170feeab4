package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;

/**
 * Every time the tracker records is in whole seconds, as DESIGN §2 shows them
 * ({@code 2026-11-21T14:03:00Z}), even when the clock has milliseconds: a cancel, a request and its
 * steps, and so the exports of them (docs/design.md, "Cancellation requests").
 */
class WholeSecondTimestampsTest {
    private static final Instant FINE = Instant.parse("2026-11-21T12:00:07.292Z");
    private static final Instant WHOLE = Instant.parse("2026-11-21T12:00:07Z");

    @TempDir
    Path dir;

    @Test
    void aCancelARequestAndItsStepsAreStampedInWholeSecondsAndExportedSo() throws Exception {
        Path json = dir.resolve("out.json");
        Path csv = dir.resolve("out.csv");
        try (Backend b = Backend.open(TestStores.url(dir.resolve("s")), Clock.fixed(FINE, ZoneOffset.UTC), false)) {
            b.demo().generate(300, 42L, n -> { });
            SendService sends = b.sends();
            User admin = sends.defaultUser();
            assertEquals(WHOLE, sends.now());
            List<Send> all = new ArrayList<>();
            b.store().forEach(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, sends.now(), true, all::add);

            CancelResult canceled = null;
            CancelRequest requested = null;
            CancelRequestService requests = sends.cancelRequests().orElseThrow();
            for (Send s : all) {
                if (canceled == null && sends.preview(admin, s).outcome() == CancelOutcome.CANCELED) {
                    canceled = sends.cancel(admin, s.id(), s.version(), "test");
                } else if (requested == null && s.cancelRequests().isEmpty()) {
                    CancelRequestService.Result r = requests.request(admin, s.id(), null);
                    requested = r.done() ? r.request() : null;
                }
            }
            assertTrue(canceled != null && canceled.canceled(), "the demo data has a send to cancel");
            assertTrue(requested != null, "and one only Support can cancel");
            Send after = sends.find(admin, canceled.sendId()).orElseThrow();
            assertEquals(WHOLE, after.statusChangedAt());
            assertEquals(WHOLE, after.history().get(after.history().size() - 1).occurredAt());
            assertEquals(WHOLE, requested.requestedAt());
            CancelRequest sent = requests.markSent(admin, requested.id(), "CS-1").request();
            assertEquals(WHOLE, sent.sentAt());

            b.exporter().export(json, SendFormat.JSON, admin, SendFilter.ALL, SendSort.NEWEST_FIRST,
                    ExportService.Progress.NONE, () -> false);
            b.exporter().export(csv, SendFormat.CSV, admin, SendFilter.ALL, SendSort.NEWEST_FIRST,
                    ExportService.Progress.NONE, () -> false);
        }
        for (Path file : List.of(json, csv)) {
            String text = Files.readString(file);
            assertTrue(text.contains("2026-11-21T12:00:07Z"), file + " has the new times");
            assertFalse(text.contains("12:00:07.292"), file + " has no milliseconds");
        }
    }
}
