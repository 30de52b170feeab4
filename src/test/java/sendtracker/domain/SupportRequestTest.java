package sendtracker.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SupportRequestTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static Send.Builder send(SendType type, SendStatus status) {
        return Send.builder().id("SND-7").createdAt(NOW.minusSeconds(86400)).type(type).status(status)
                .statusChangedAt(NOW.minusSeconds(3600)).senderName("Sam Sender").senderEmail("sam@acme.test")
                .team("Sales").recipientName("Jonas Weber").recipientCompany("Contoso GmbH")
                .recipientEmail("jonas@contoso.test").cost(new BigDecimal("25.00")).currency("USD")
                .fundingSource("Sales budget");
    }

    @Test
    void anEGiftRequestHasNoTrackingLineAndNamesRecipientSenderAndCost() {
        Send egift = send(SendType.EGIFT, SendStatus.SENT).build();
        String text = SupportRequest.of(egift, CancelDecision.of(CancelRule.EGIFT_NO_SELF_CANCEL, egift), NOW);
        assertFalse(text.toLowerCase().contains("tracking"), text);
        assertTrue(text.contains("Jonas Weber") && text.contains("Contoso GmbH") && text.contains("jonas@contoso.test"), text);
        assertTrue(text.contains("Sam Sender") && text.contains("sam@acme.test"), text);
        assertTrue(text.contains("25.00 USD") && text.contains("Sales budget"), text);
    }

    @Test
    void aParcelRequestGivesTrackingWithCarrierOrSaysItHasNotShipped() {
        Send shipped = send(SendType.DIRECT, SendStatus.SHIPPED).trackingNumber("1Z999").carrier("UPS").build();
        String text = SupportRequest.of(shipped, CancelDecision.of(CancelRule.SHIPPED, shipped), NOW);
        assertTrue(text.contains("1Z999 (UPS)"), text);
        Send waiting = send(SendType.INVENTORIED, SendStatus.ORDER_RECEIVED).build();
        String none = SupportRequest.of(waiting, CancelDecision.of(CancelRule.INVENTORIED_IN_PROCESSING, waiting), NOW);
        assertTrue(none.contains("Tracking number: not shipped yet"), none);
    }
}
