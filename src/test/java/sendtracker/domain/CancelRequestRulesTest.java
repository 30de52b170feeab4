package sendtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The steps of a cancellation request as data, their refusals, and the working-day age rule. */
class CancelRequestRulesTest {
    static final Instant FRIDAY_10 = Instant.parse("2026-11-20T10:00:00Z");
    static final User SENDER = new User(1, "sam@example.com", "Sam", Role.SENDER, "A", Set.of());
    static final User MANAGER = new User(2, "pat@example.com", "Pat", Role.MANAGER, "B", Set.of("A"));

    static Send send(SendType type, SendStatus status) {
        return Send.builder().id("S-1").createdAt(FRIDAY_10).type(type).status(status).senderEmail(SENDER.email())
                .team("A").build();
    }

    static CancelRequest request(CancelRequestState state, Instant at) {
        return new CancelRequest("REQ-000001", "S-1", state, SENDER.email(), at, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void workingTimeSkipsTheWeekendInUtc() {
        Instant mondayTen = Instant.parse("2026-11-23T10:00:00Z");
        assertEquals(Duration.ofDays(1), WorkingDays.between(FRIDAY_10, mondayTen));
        assertEquals(Duration.ZERO, WorkingDays.between(Instant.parse("2026-11-21T01:00:00Z"),
                Instant.parse("2026-11-22T23:00:00Z")), "Saturday to Sunday");
        assertEquals(Duration.ZERO, WorkingDays.between(mondayTen, FRIDAY_10));
    }

    @Test
    void aPendingRequestIsFlaggedAfterMoreThanTwoWorkingDays() {
        Clock tuesdayTen = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
        CancelRequest fridays = request(CancelRequestState.OPEN, FRIDAY_10);
        assertFalse(fridays.isOverdue(tuesdayTen.instant()), "exactly two working days");
        assertTrue(fridays.isOverdue(tuesdayTen.instant().plusSeconds(60)));
        assertTrue(request(CancelRequestState.SENT, FRIDAY_10).isOverdue(tuesdayTen.instant().plusSeconds(60)));
        assertFalse(request(CancelRequestState.DECLINED, FRIDAY_10).isOverdue(tuesdayTen.instant().plusSeconds(60)),
                "a resolved request waits for nobody");
        assertEquals(Duration.ofDays(4), fridays.age(tuesdayTen.instant()), "the age itself counts every day");
    }

    @Test
    void aNewRequestIsRefusedWhenTheUserCanCancelOrNothingCanBeCanceledOrOneIsPending() {
        CancelPolicy policy = new CancelPolicy();
        Send selfCancel = send(SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS);
        assertEquals(CancelRequestRefusal.Reason.SELF_CANCEL, CancelRequestRules.refuseRequest(selfCancel,
                policy.decide(selfCancel, SENDER, FRIDAY_10), null).reason());
        Send delivered = send(SendType.INVENTORIED, SendStatus.DELIVERED);
        assertEquals(CancelRequestRefusal.Reason.NOTHING_TO_CANCEL, CancelRequestRules.refuseRequest(delivered,
                policy.decide(delivered, SENDER, FRIDAY_10), null).reason());
        Send egift = send(SendType.EGIFT, SendStatus.SENT);
        CancelDecision support = policy.decide(egift, SENDER, FRIDAY_10);
        assertNull(CancelRequestRules.refuseRequest(egift, support, null));
        CancelRequestRefusal twice = CancelRequestRules.refuseRequest(egift, support,
                request(CancelRequestState.SENT, FRIDAY_10));
        assertEquals(CancelRequestRefusal.Reason.ALREADY_REQUESTED, twice.reason());
        assertEquals("REQ-000001", twice.requestId());
        assertTrue(twice.message().contains("REQ-000001"), twice.message());
        assertNull(CancelRequestRules.refuseRequest(egift, support, request(CancelRequestState.DECLINED, FRIDAY_10)),
                "a declined request can be requested again");
    }

    @Test
    void sendersWithdrawButOnlyManagersMarkSentOrResolveAndClosedRequestsStayClosed() {
        CancelRequest open = request(CancelRequestState.OPEN, FRIDAY_10);
        assertNull(CancelRequestRules.refuseStep(CancelRequestStep.WITHDRAW, open, SENDER));
        for (CancelRequestStep step : new CancelRequestStep[] {CancelRequestStep.MARK_SENT,
                CancelRequestStep.RESOLVE_CANCELED, CancelRequestStep.RESOLVE_DECLINED}) {
            assertEquals(CancelRequestRefusal.Reason.NOT_PERMITTED,
                    CancelRequestRules.refuseStep(step, open, SENDER).reason(), step.name());
            assertNull(CancelRequestRules.refuseStep(step, open, MANAGER), step.name());
        }
        for (CancelRequestState closed : new CancelRequestState[] {CancelRequestState.CANCELED,
                CancelRequestState.DECLINED, CancelRequestState.WITHDRAWN}) {
            for (CancelRequestStep step : CancelRequestStep.values()) {
                if (step != CancelRequestStep.REQUEST) {
                    assertEquals(CancelRequestRefusal.Reason.NOT_PENDING, CancelRequestRules.refuseStep(step,
                            request(closed, FRIDAY_10), MANAGER).reason(), step + " on " + closed);
                    String said = CancelRequestRules.refuseStep(step, request(closed, FRIDAY_10), MANAGER).message();
                    assertFalse(said.contains(closed.displayName() + " already"), said);
                    assertTrue(said.contains("closed"), said);
                }
            }
        }
        assertEquals(CancelRequestRefusal.Reason.NOT_PENDING, CancelRequestRules.refuseStep(CancelRequestStep.MARK_SENT,
                request(CancelRequestState.SENT, FRIDAY_10), MANAGER).reason(), "sent once");
        CancelRequest sent = open.with(CancelRequestState.SENT, MANAGER.email(), FRIDAY_10, " CS-1 ", null);
        assertEquals("CS-1", sent.caseNo());
        assertEquals(MANAGER.email(), sent.sentBy());
        assertEquals("REQ-1234567", CancelRequestRules.idOf(1_234_567));
    }
}
