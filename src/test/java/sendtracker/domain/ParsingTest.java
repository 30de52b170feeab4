package sendtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ParsingTest {
    @Test
    void statusesAcceptCodeNameAndAliasCaseInsensitive() {
        assertEquals(Optional.of(SendStatus.ORDER_RECEIVED), SendStatus.parse("processing"));
        assertEquals(Optional.of(SendStatus.ORDER_RECEIVED), SendStatus.parse("Order Received"));
        assertEquals(Optional.of(SendStatus.ORDER_RECEIVED), SendStatus.parse("ORDER_RECEIVED"));
        assertEquals(Optional.of(SendStatus.REDEEMED), SendStatus.parse("Used/Redeemed"));
        assertEquals(Optional.of(SendStatus.FULFILLMENT_ISSUE), SendStatus.parse("Paused"));
        assertEquals(Optional.of(SendStatus.CANCELED), SendStatus.parse("cancelled"));
        assertTrue(SendStatus.parse("Teleported").isEmpty());
        assertTrue(SendStatus.parse(" ").isEmpty());
    }

    @Test
    void typesTakeAliasesAndKeepUnknownNamesAsOther() {
        assertEquals(Optional.of(SendType.EGIFT), SendType.parse("eGifts International"));
        assertEquals(Optional.of(SendType.INVENTORIED), SendType.parse("Inventoried Sends"));
        assertEquals(Optional.of(SendType.DIRECT), SendType.parse("sendoso direct"));
        assertEquals(Optional.of(SendType.OTHER), SendType.parse("Handwritten Notes"));
        assertTrue(SendType.parse("").isEmpty());
        assertTrue(SendType.parseStrict("Handwritten Notes").isEmpty());
        assertEquals(Optional.of(SendType.AMAZON), SendType.parseStrict("amazon"));
    }

    @Test
    void everyStatusAndIssueHasAMeaning() {
        for (SendStatus s : SendStatus.values()) {
            for (SendType t : SendType.values()) {
                String text = Texts.get(s.meaningKey(t));
                assertFalse(text.startsWith("status."), "missing meaning for " + s + " " + t);
            }
        }
        for (SendIssue i : SendIssue.values()) {
            assertFalse(Texts.get(i.meaningKey()).startsWith("issue."));
        }
        for (AttentionReason r : AttentionReason.values()) {
            assertFalse(Texts.get(r.textKey()).startsWith("attention."));
        }
    }

    @Test
    void attentionFollowsTheServiceLevels() {
        Instant now = Instant.parse("2026-11-21T12:00:00Z");
        assertTrue(AttentionReason.of(SendStatus.ORDER_RECEIVED, now.minusSeconds(6 * 86400), null, now).isEmpty());
        assertEquals(AttentionReason.PROCESSING_OVERDUE,
                AttentionReason.of(SendStatus.ORDER_RECEIVED, now.minusSeconds(8 * 86400), null, now).get(0));
        assertTrue(AttentionReason.of(SendStatus.FULFILLMENT_ISSUE, now.minusSeconds(2 * 86400), null, now).isEmpty());
        assertEquals(AttentionReason.PAUSED_OVERDUE,
                AttentionReason.of(SendStatus.FULFILLMENT_ISSUE, now.minusSeconds(4 * 86400), null, now).get(0));
        assertEquals(AttentionReason.FAILED, AttentionReason.of(SendStatus.FAILED, now, null, now).get(0));
        assertEquals(AttentionReason.SEND_ISSUE,
                AttentionReason.of(SendStatus.SENT, now, SendIssue.SUSPICIOUS_EMAIL, now).get(0));
    }
}
