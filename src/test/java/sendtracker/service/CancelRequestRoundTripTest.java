package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;

/**
 * Cancellation requests through export and import (docs/design.md, "Cancellation requests"): JSON
 * keeps every field of every request; CSV shows the latest request's state but its import makes no
 * request (docs/decisions/0016); an offline review shows them.
 */
class CancelRequestRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void jsonKeepsEveryRequestAndCsvOnlyShowsTheLatestState() throws Exception {
        Map<String, List<CancelRequest>> made = new TreeMap<>();
        Path json = dir.resolve("out.json");
        Path csv = dir.resolve("out.csv");
        try (Backend b = TestStores.demo(dir.resolve("a"), 300)) {
            User admin = b.sends().defaultUser();
            CancelRequestService requests = b.sends().cancelRequests().orElseThrow();
            List<Send> egifts = new ArrayList<>();
            b.store().forEach(admin, SendFilter.ALL, SendSort.NEWEST_FIRST, b.sends().now(), true, s -> {
                if (s.type() == SendType.EGIFT && s.status() == SendStatus.SENT && s.cancelRequests().isEmpty()) {
                    egifts.add(s);
                }
            });
            String declined = requests.request(admin, egifts.get(0).id(), "Duplicate, with a \"quote\", and =1+2")
                    .request().id();
            assertTrue(requests.resolve(admin, declined, false, "CS-9", "Already opened").done());
            assertTrue(requests.request(admin, egifts.get(0).id(), "Second try").done());
            String sent = requests.request(admin, egifts.get(1).id(), null).request().id();
            assertTrue(requests.markSent(admin, sent, "CS-10").done());
            for (CancelRequest r : requests.list(admin, EnumSet.allOf(CancelRequestState.class))) {
                made.computeIfAbsent(r.sendId(), k -> new ArrayList<>()).add(r);
            }
            ExportService export = b.exporter();
            assertFalse(export.export(json, SendFormat.JSON, admin, SendFilter.ALL, SendSort.NEWEST_FIRST,
                    ExportService.Progress.NONE, () -> false).cancelled());
            export.export(csv, SendFormat.CSV, admin, SendFilter.ALL, SendSort.NEWEST_FIRST,
                    ExportService.Progress.NONE, () -> false);
        }
        assertTrue(Files.readString(csv).lines().findFirst().orElseThrow().endsWith(",Cancel Request"));

        try (Backend b = Backend.open(TestStores.url(dir.resolve("b")), TestStores.CLOCK, false)) {
            User admin = b.sends().defaultUser();
            ImportService.Report report = new ImportService(b.store()).importFiles(List.of(json), admin,
                    ImportService.Progress.NONE, () -> false).get(0);
            assertFalse(report.hasRejects(), report.summary());
            for (Map.Entry<String, List<CancelRequest>> e : made.entrySet()) {
                assertEquals(e.getValue(), b.sends().find(admin, e.getKey()).orElseThrow().cancelRequests(),
                        "every field of every request");
            }
            // a new request after the import continues the numbering, not a clash with an imported id
            CancelRequestService requests = b.sends().cancelRequests().orElseThrow();
            String sendWithout = made.keySet().iterator().next();
            assertEquals(CancelRequestService.Outcome.REFUSED, requests.request(admin, sendWithout, null).outcome(),
                    "the imported pending request still counts");
        }

        try (Backend b = Backend.open(TestStores.url(dir.resolve("c")), TestStores.CLOCK, false)) {
            User admin = b.sends().defaultUser();
            assertTrue(made.values().stream().anyMatch(list -> list.get(list.size() - 1).state()
                    == CancelRequestState.OPEN), "the CSV has rows whose Cancel Request cell is OPEN");
            assertTrue(Files.readString(csv).lines().anyMatch(l -> l.endsWith(",OPEN")));
            ImportService.Report report = new ImportService(b.store()).importFiles(List.of(csv), admin,
                    ImportService.Progress.NONE, () -> false).get(0);
            assertFalse(report.hasRejects(), report.summary());
            for (String sendId : made.keySet()) {
                assertTrue(b.sends().find(admin, sendId).isPresent());
                assertEquals(List.of(), b.sends().find(admin, sendId).orElseThrow().cancelRequests(),
                        "a CSV cell holds only the latest state, for reading: it makes no request");
            }
            assertEquals(List.of(), b.sends().cancelRequests().orElseThrow().list(admin,
                    EnumSet.allOf(CancelRequestState.class)), "no request anywhere after a CSV import");
        }

        try (OfflineReview review = OfflineReview.open(json, new sendtracker.domain.CancelPolicy(), TestStores.CLOCK,
                ImportService.Progress.NONE, () -> false)) {
            User viewer = review.service().defaultUser();
            CancelRequestService requests = review.service().cancelRequests().orElseThrow();
            long pending = made.values().stream().flatMap(List::stream).filter(r -> r.state().isPending()).count();
            assertTrue(pending >= 2);
            assertEquals(pending, requests.queue(viewer).size(), "the review shows the pending requests");
            String oldest = requests.queue(viewer).get(0).id();
            assertEquals(CancelRequestService.Outcome.REFUSED, requests.withdraw(viewer, oldest, null).outcome(),
                    "and changes none");
        }
    }
}
