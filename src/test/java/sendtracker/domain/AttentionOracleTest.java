package sendtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Needs attention" with each expectation written out by hand from the published service levels:
 * Order Received for more than 7 days, Fulfillment Issue for more than 3 days, Undeliverable,
 * Failed, or any send issue. "More than" is strict: exactly 7 days is still on time.
 */
class AttentionOracleTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Duration MS = Duration.ofMillis(1);
    private static final Duration DAY = Duration.ofDays(1);

    static Stream<Arguments> cases() {
        return Stream.of(
                // status, time in status, issue, expected reasons (in the rule's order), why
                Arguments.of(SendStatus.ORDER_RECEIVED, DAY.multipliedBy(7), null, List.of(), "exactly 7 days"),
                Arguments.of(SendStatus.ORDER_RECEIVED, DAY.multipliedBy(7).minus(MS), null, List.of(),
                        "7 days less 1 ms"),
                Arguments.of(SendStatus.ORDER_RECEIVED, DAY.multipliedBy(7).plus(MS), null,
                        List.of(AttentionReason.PROCESSING_OVERDUE), "7 days and 1 ms"),
                Arguments.of(SendStatus.ORDER_RECEIVED, DAY.multipliedBy(40), null,
                        List.of(AttentionReason.PROCESSING_OVERDUE), "40 days"),
                Arguments.of(SendStatus.ORDER_RECEIVED, DAY.multipliedBy(5), null, List.of(),
                        "5 days: past the paused limit, within the processing one"),
                Arguments.of(SendStatus.FULFILLMENT_ISSUE, DAY.multipliedBy(3), null, List.of(), "exactly 3 days"),
                Arguments.of(SendStatus.FULFILLMENT_ISSUE, DAY.multipliedBy(3).plus(MS), null,
                        List.of(AttentionReason.PAUSED_OVERDUE), "3 days and 1 ms"),
                Arguments.of(SendStatus.FULFILLMENT_ISSUE, DAY.multipliedBy(3).minus(MS), null, List.of(),
                        "3 days less 1 ms"),
                Arguments.of(SendStatus.FULFILLING, DAY.multipliedBy(30), null, List.of(),
                        "Fulfilling has no service level"),
                Arguments.of(SendStatus.INITIATED, DAY.multipliedBy(30), null, List.of(), "Initiated has none either"),
                Arguments.of(SendStatus.UNDELIVERABLE, Duration.ZERO, null, List.of(AttentionReason.UNDELIVERABLE),
                        "Undeliverable at once"),
                Arguments.of(SendStatus.FAILED, Duration.ZERO, null, List.of(AttentionReason.FAILED), "Failed at once"),
                Arguments.of(SendStatus.DELIVERED, DAY.multipliedBy(400), null, List.of(), "delivered long ago"),
                Arguments.of(SendStatus.CANCELED, DAY, SendIssue.INSUFFICIENT_FUNDS,
                        List.of(AttentionReason.SEND_ISSUE), "an issue on a closed send still counts"),
                Arguments.of(SendStatus.SENT, Duration.ZERO, SendIssue.INVALID_EMAIL_FORMAT,
                        List.of(AttentionReason.SEND_ISSUE), "an eGift with a bad email"),
                Arguments.of(SendStatus.FAILED, DAY, SendIssue.SUSPICIOUS_EMAIL,
                        List.of(AttentionReason.FAILED, AttentionReason.SEND_ISSUE), "failed and an issue"),
                Arguments.of(SendStatus.ORDER_RECEIVED, DAY.multipliedBy(8), SendIssue.FULFILLMENT_ISSUE,
                        List.of(AttentionReason.PROCESSING_OVERDUE, AttentionReason.SEND_ISSUE),
                        "overdue and an issue"),
                Arguments.of(SendStatus.ORDER_RECEIVED, DAY.negated(), null, List.of(),
                        "a change stamped in the future (clock skew) is not overdue"));
    }

    @ParameterizedTest(name = "{1} in {0}, issue {2}: {4}")
    @MethodSource("cases")
    void reasonsFollowThePublishedServiceLevels(SendStatus status, Duration inStatus, SendIssue issue,
            List<AttentionReason> expected, String why) {
        Instant changed = NOW.minus(inStatus);
        assertEquals(expected, AttentionReason.of(status, changed, issue, NOW), why);
        Send send = Send.builder().id("SND-A").createdAt(changed.minus(DAY)).type(SendType.INVENTORIED).status(status)
                .statusChangedAt(changed).issue(issue).build();
        assertEquals(expected, AttentionReason.of(send, NOW), why);
        for (AttentionReason r : AttentionReason.values()) {
            assertEquals(expected.contains(r), r.applies(status, changed, issue, NOW), r + ": " + why);
        }
    }

    @Test
    void eachReasonCarriesTheRuleAsData() {
        assertEquals(SendStatus.ORDER_RECEIVED, AttentionReason.PROCESSING_OVERDUE.status());
        assertEquals(Duration.ofDays(7), AttentionReason.PROCESSING_OVERDUE.limit());
        assertEquals(Duration.ofDays(7), AttentionReason.PROCESSING_LIMIT);
        assertEquals(Instant.parse("2026-11-14T12:00:00Z"), AttentionReason.PROCESSING_OVERDUE.overdueBefore(NOW));
        assertFalse(AttentionReason.PROCESSING_OVERDUE.isAboutIssue());

        assertEquals(SendStatus.FULFILLMENT_ISSUE, AttentionReason.PAUSED_OVERDUE.status());
        assertEquals(Duration.ofDays(3), AttentionReason.PAUSED_OVERDUE.limit());
        assertEquals(Duration.ofDays(3), AttentionReason.PAUSED_LIMIT);
        assertEquals(Instant.parse("2026-11-18T12:00:00Z"), AttentionReason.PAUSED_OVERDUE.overdueBefore(NOW));
        assertFalse(AttentionReason.PAUSED_OVERDUE.isAboutIssue());

        assertEquals(SendStatus.UNDELIVERABLE, AttentionReason.UNDELIVERABLE.status());
        assertNull(AttentionReason.UNDELIVERABLE.limit());
        assertNull(AttentionReason.UNDELIVERABLE.overdueBefore(NOW));
        assertEquals(SendStatus.FAILED, AttentionReason.FAILED.status());
        assertNull(AttentionReason.FAILED.limit());
        assertFalse(AttentionReason.FAILED.isAboutIssue());

        assertNull(AttentionReason.SEND_ISSUE.status());
        assertNull(AttentionReason.SEND_ISSUE.limit());
        assertTrue(AttentionReason.SEND_ISSUE.isAboutIssue());

        assertEquals("attention.PROCESSING_OVERDUE", AttentionReason.PROCESSING_OVERDUE.textKey());
        assertEquals("Order Received for more than 7 days: ask Support.",
                Texts.get(AttentionReason.PROCESSING_OVERDUE.textKey()));
        for (AttentionReason r : AttentionReason.values()) {
            assertFalse(Texts.get(r.textKey()).equals(r.textKey()), "no text for " + r);
        }
    }
}
