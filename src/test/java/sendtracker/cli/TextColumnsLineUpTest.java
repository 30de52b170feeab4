package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.CancelRule;
import sendtracker.domain.Send;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;

/** The {@code requests} table and {@code show}'s history keep every column in line, whatever the values' length. */
class TextColumnsLineUpTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static CancelRequest request(String id, String by, CancelRequestState state, Instant at, String caseNo) {
        return new CancelRequest(id, "SND-" + id.substring(4), state, by, at, "why", null, caseNo, null, null, null,
                null, null);
    }

    @Test
    void theRequestsTableKeepsItsColumnsInLineWithALongEmailAndAMissingRequester() {
        List<CancelRequest> requests = List.of(
                request("REQ-000001", "a@x.io", CancelRequestState.OPEN, NOW.minus(Duration.ofDays(6)), null),
                request("REQ-000002", "maximiliana.vanderberg-oppenheimer@procurement.example-enterprise.com",
                        CancelRequestState.WITHDRAWN, NOW.minusSeconds(20), "CASE-123456789"),
                request("REQ-000003", null, CancelRequestState.SENT, NOW.minus(Duration.ofHours(3)), "7"));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        RequestText.printTable(new PrintStream(o, true, StandardCharsets.UTF_8), requests, NOW);
        List<String> lines = o.toString(StandardCharsets.UTF_8).lines().toList();
        String header = lines.get(0);
        List<String> columns = List.of("REQUEST", "SEND", "STATE", "REQUESTED BY", "REQUESTED AT", "AGE", "CASE");
        for (int row = 1; row <= requests.size(); row++) {
            CancelRequest r = requests.get(row - 1);
            String line = lines.get(row);
            List<String> cells = List.of(r.id(), r.sendId(), r.state().displayName(),
                    r.requestedBy() == null ? "-" : r.requestedBy(), r.requestedAt().toString(),
                    sendtracker.domain.SupportRequest.formatDuration(r.age(NOW)), r.caseNo() == null ? "-" : r.caseNo());
            int from = 0;
            for (int c = 0; c < columns.size(); c++) {
                int at = line.indexOf(cells.get(c), from);
                assertEquals(header.indexOf(columns.get(c)), at, columns.get(c) + " of row " + row + ":\n"
                        + String.join("\n", lines));
                from = at + cells.get(c).length();
            }
        }
        assertTrue(lines.get(1).startsWith("!"), "the overdue request is flagged: " + lines.get(1));
    }

    @Test
    void showsHistoryKeepsTheDurationAndActorColumnsInLine() {
        Instant created = NOW.minus(Duration.ofDays(40));
        Send send = Send.builder().id("SND-0000233").createdAt(created).type(SendType.DIRECT)
                .status(SendStatus.DELIVERED).statusChangedAt(NOW.minusSeconds(30)).senderName("Sam")
                .senderEmail("sam@example.com").recipientName("Rita")
                .addHistory(new StatusUpdate(SendStatus.INITIATED, created, null, null))
                .addHistory(new StatusUpdate(SendStatus.ORDER_RECEIVED, created.plusSeconds(20), "ops@example.com", null))
                .addHistory(new StatusUpdate(SendStatus.SHIPPED, created.plus(Duration.ofDays(2)), "carrier-bot",
                        "picked up"))
                .addHistory(new StatusUpdate(SendStatus.DELIVERED, NOW.minusSeconds(30), "a-much-longer-actor@example.com",
                        "signed"))
                .build();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        SendText.details(new PrintStream(o, true, StandardCharsets.UTF_8), send,
                new CancelDecision(CancelOutcome.ALREADY_CLOSED, CancelRule.SHIPPED, "Delivered."), NOW);
        List<String> lines = o.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> history = lines.subList(lines.indexOf("Recent updates:") + 1, lines.indexOf("Recent updates:") + 5);
        // newest first: Delivered (under a minute, the longest duration text), Shipped, Order Received, Initiated
        List<String> statuses = List.of("Delivered", "Shipped", "Order Received", "Initiated");
        int durationAt = -1;
        int actorAt = -1;
        for (int i = 0; i < history.size(); i++) {
            String line = history.get(i);
            int statusEnd = line.indexOf(statuses.get(i)) + statuses.get(i).length();
            int duration = statusEnd + line.substring(statusEnd).indexOf(line.substring(statusEnd).strip());
            if (durationAt < 0) {
                durationAt = duration;
            }
            assertEquals(durationAt, duration, "duration column of " + line + "\n" + String.join("\n", history));
            int by = line.indexOf("by ");
            if (by >= 0) {
                if (actorAt < 0) {
                    actorAt = by;
                }
                assertEquals(actorAt, by, "actor column of " + line + "\n" + String.join("\n", history));
            }
        }
        assertTrue(history.get(0).contains("under a minute"), history.get(0));
        assertTrue(actorAt > durationAt + "under a minute".length(), "the actor starts after the longest duration");
    }
}
