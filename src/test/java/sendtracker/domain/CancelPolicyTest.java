package sendtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every type x status x address-confirmation x confirmed combination against the cancel
 * policy table of docs/design.md ("Cancel policy"), restated here independently of the implementation.
 */
class CancelPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final User ADMIN = new User(1, "admin@x.com", "Admin", Role.ADMIN, null, Set.of());
    private final CancelPolicy policy = new CancelPolicy();

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (SendType type : SendType.values()) {
            for (SendStatus status : SendStatus.values()) {
                for (boolean confirmation : new boolean[] {false, true}) {
                    for (boolean confirmed : new boolean[] {false, true}) {
                        all.add(Arguments.of(type, status, confirmation, confirmed));
                    }
                }
            }
        }
        return all.stream();
    }

    /** The table, as written in docs/design.md. */
    static CancelOutcome expected(SendType type, SendStatus status, boolean confirmation, boolean confirmed) {
        Set<SendStatus> closed = Set.of(SendStatus.CANCELED, SendStatus.CONFIRMATION_CANCELED, SendStatus.REFUNDED,
                SendStatus.FAILED, SendStatus.EXPIRED);
        if (type == SendType.EGIFT) {
            return closed.contains(status) || status == SendStatus.REDEEMED ? CancelOutcome.ALREADY_CLOSED
                    : CancelOutcome.CONTACT_SUPPORT;
        }
        if (closed.contains(status)) {
            return CancelOutcome.ALREADY_CLOSED;
        }
        if (Set.of(SendStatus.SHIPPED, SendStatus.AMAZON_SHIPPED, SendStatus.DELIVERED, SendStatus.UNDELIVERABLE)
                .contains(status)) {
            return CancelOutcome.NOT_CANCELABLE;
        }
        switch (type) {
            case INVENTORIED:
                return status == SendStatus.CONFIRMING_ADDRESS ? CancelOutcome.CANCELED : CancelOutcome.CONTACT_SUPPORT;
            case DIRECT:
                return status == SendStatus.CONFIRMING_ADDRESS && confirmation && !confirmed ? CancelOutcome.CANCELED
                        : CancelOutcome.CONTACT_SUPPORT;
            case AMAZON:
                if (!confirmation || confirmed) {
                    return CancelOutcome.NOT_CANCELABLE;
                }
                // Confirmation pending: cancelable while Confirming Address; the table is silent on
                // other states, where the safe answer is Support.
                return status == SendStatus.CONFIRMING_ADDRESS ? CancelOutcome.CANCELED : CancelOutcome.CONTACT_SUPPORT;
            default:
                return CancelOutcome.CONTACT_SUPPORT;
        }
    }

    @ParameterizedTest(name = "{0} {1} confirmation={2} confirmed={3}")
    @MethodSource("everyCombination")
    void outcomeFollowsTheTable(SendType type, SendStatus status, boolean confirmation, boolean confirmed) {
        Send send = send(type, status, confirmation, confirmed);
        CancelDecision d = policy.decide(send, ADMIN, NOW);
        assertEquals(expected(type, status, confirmation, confirmed), d.outcome(), d.rule().name());
        assertEquals(d.rule().outcome(), d.outcome());
        assertFalse(d.message().isBlank());
        assertFalse(d.message().startsWith("cancel.rule."), "message text missing for " + d.rule());
    }

    @Test
    void namedRulesExplainWhatToDo() {
        assertEquals(CancelRule.DIRECT_ADDRESS_CONFIRMED,
                policy.decide(send(SendType.DIRECT, SendStatus.ORDER_RECEIVED, true, true), ADMIN, NOW).rule());
        assertEquals(CancelRule.DIRECT_NO_ADDRESS_CONFIRMATION,
                policy.decide(send(SendType.DIRECT, SendStatus.ORDER_RECEIVED, false, false), ADMIN, NOW).rule());
        assertEquals(CancelRule.AMAZON_WITHOUT_CONFIRMATION,
                policy.decide(send(SendType.AMAZON, SendStatus.AMAZON_FULFILLING, false, false), ADMIN, NOW).rule());
        CancelDecision undeliverable = policy.decide(send(SendType.INVENTORIED, SendStatus.UNDELIVERABLE, false, false),
                ADMIN, NOW);
        assertEquals(CancelRule.UNDELIVERABLE, undeliverable.rule());
        assertTrue(undeliverable.message().contains("1Z999"), "names the tracking number: " + undeliverable.message());
        assertTrue(policy.decide(send(SendType.EGIFT, SendStatus.SENT, false, false), ADMIN, NOW).message()
                .contains("Support"));
    }

    @Test
    void senderMayOnlyActOnOwnSendsAndManagerOnTeams() {
        Send send = send(SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS, true, false);
        User owner = new User(2, "owner@x.com", "Owner", Role.SENDER, "Team A", Set.of());
        User other = new User(3, "other@x.com", "Other", Role.SENDER, "Team A", Set.of());
        User manager = new User(4, "boss@x.com", "Boss", Role.MANAGER, "Team B", Set.of("team a"));
        User otherManager = new User(5, "boss2@x.com", "Boss2", Role.MANAGER, "Team B", Set.of("Team B"));
        assertEquals(CancelOutcome.CANCELED, policy.decide(send, owner, NOW).outcome());
        assertEquals(CancelRule.NOT_PERMITTED, policy.decide(send, other, NOW).rule());
        assertEquals(CancelOutcome.CANCELED, policy.decide(send, manager, NOW).outcome());
        assertEquals(CancelRule.NOT_PERMITTED, policy.decide(send, otherManager, NOW).rule());
    }

    @Test
    void supportRequestCarriesIdTypeStatusTimeAndTracking() {
        Send send = send(SendType.INVENTORIED, SendStatus.ORDER_RECEIVED, false, false).toBuilder()
                .statusChangedAt(NOW.minusSeconds(3 * 86400 + 7200)).build();
        CancelDecision d = policy.decide(send, ADMIN, NOW);
        String request = SupportRequest.of(send, d, NOW);
        assertTrue(request.contains("S-1"), request);
        assertTrue(request.contains("Inventoried"), request);
        assertTrue(request.contains("Order Received"), request);
        assertTrue(request.contains("3 d 2 h"), request);
        assertTrue(request.contains("1Z999"), request);
    }

    static Send send(SendType type, SendStatus status, boolean confirmation, boolean confirmed) {
        return Send.builder().id("S-1").createdAt(NOW.minusSeconds(86400 * 5)).type(type).status(status)
                .statusChangedAt(NOW.minusSeconds(3600)).senderEmail("owner@x.com").senderName("Owner")
                .team("Team A").addressConfirmation(confirmation)
                .addressConfirmedAt(confirmed ? NOW.minusSeconds(7200) : null).trackingNumber("1Z999AA10123456784")
                .build();
    }
}
