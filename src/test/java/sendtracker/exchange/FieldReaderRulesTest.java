package sendtracker.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;

/**
 * The field rules both file formats share (docs/design.md, "Import rules"), one field at a time:
 * the value read, or the problem noted in the words a user sees. Expectations written out.
 */
class FieldReaderRulesTest {

    private final FieldReader r = new FieldReader();

    private void assertProblem(String field, String reason) {
        assertFalse(r.ok());
        assertEquals(field, r.field());
        assertEquals(reason, r.reason());
        r.reset();
        assertTrue(r.ok());
        assertNull(r.field());
        assertEquals("", r.reason(), "reset forgets the reasons too");
    }

    @Test
    void problemsAreCollectedAndTheFirstFieldIsTheRows() {
        r.problem("Status", "one");
        r.problem("Cost", "two");
        r.problem("Quantity", "three");
        assertProblem("Status", "one; Cost: two; Quantity: three");
        r.problem("Gift", "alone");
        assertProblem("Gift", "alone");
    }

    @Test
    void requiredAndPlainText() {
        assertEquals("SND-1", r.required("Send ID", "  SND-1 ", 64));
        assertTrue(r.ok());
        assertNull(r.required("Send ID", "   ", 64));
        assertProblem("Send ID", "required, but empty");
        assertNull(r.required("Send ID", null, 64));
        assertProblem("Send ID", "required, but empty");
        assertNull(r.required("Send ID", "12345", 4));
        assertProblem("Send ID", "too long: 5 characters, at most 4 allowed");
        assertEquals("1234", r.required("Send ID", "1234", 4));
        assertEquals(" kept as written ", r.text("Gift", " kept as written ", 300));
        assertNull(r.text("Gift", "", 300));
        assertTrue(r.ok());
    }

    @Test
    void statusesAreReadByCodeNameOrAliasAndRememberedOnlyWhenKnown() {
        assertEquals(SendStatus.ORDER_RECEIVED, r.status("Status", "Processing"));
        assertEquals(SendStatus.ORDER_RECEIVED, r.status("Status", "Processing"), "from the cache");
        assertEquals(SendStatus.SHIPPED, r.status("Status", "SHIPPED"));
        assertTrue(r.ok());
        assertNull(r.status("Status", "Lost"));
        assertProblem("Status", "\"Lost\" is not a known status");
        assertNull(r.status("Status", "Lost"), "an unknown name is not cached as anything");
        assertProblem("Status", "\"Lost\" is not a known status");
        assertNull(r.status("Status", " "));
        assertProblem("Status", "required, but empty");
    }

    @Test
    void issuesAndCampaignStates() {
        assertNull(r.issue("Issue", ""));
        assertEquals(SendIssue.INSUFFICIENT_FUNDS, r.issue("Issue", "Insufficient Funds"));
        assertTrue(r.ok());
        assertNull(r.issue("Issue", "Bad Weather"));
        assertProblem("Issue", "\"Bad Weather\" is not a known send issue");
        assertEquals(CampaignState.ACTIVE, r.campaignState("Campaign State", null));
        assertEquals(CampaignState.ARCHIVED, r.campaignState("Campaign State", "Archived"));
        assertTrue(r.ok());
        assertEquals(CampaignState.ACTIVE, r.campaignState("Campaign State", "Paused"));
        assertProblem("Campaign State", "\"Paused\" is not a campaign state (Active, Archived or Deleted)");
    }

    @Test
    void quantities() {
        assertEquals(1, r.quantity("Quantity", ""));
        assertEquals(0, r.quantity("Quantity", "0"));
        assertEquals(12, r.quantity("Quantity", " 12 "));
        assertTrue(r.ok());
        assertEquals(-1, r.quantity("Quantity", "-1"));
        assertProblem("Quantity", "a quantity cannot be negative (-1)");
        assertEquals(1, r.quantity("Quantity", "two"));
        assertProblem("Quantity", "\"two\" is not a whole number");
    }

    @Test
    void costs() {
        assertNull(r.cost("Cost", " "));
        assertEquals(new BigDecimal("0"), r.cost("Cost", "0"));
        assertEquals(new BigDecimal("12.50"), r.cost("Cost", "12.50"));
        assertEquals(new BigDecimal("12.5"), r.cost("Cost", "12.5000"), "trailing zeros beyond cents go");
        assertEquals(new BigDecimal("1200"), r.cost("Cost", "1.2E+3"), "no negative scale");
        assertEquals(new BigDecimal("999999999999.99"), r.cost("Cost", "999999999999.99"), "twelve digits and cents");
        assertTrue(r.ok());
        assertNull(r.cost("Cost", "1000000000000"));
        assertProblem("Cost", "1000000000000 is too large");
        assertNull(r.cost("Cost", "12.345"));
        assertProblem("Cost", "12.345 has more than 2 decimal places");
        assertNull(r.cost("Cost", "-0.01"));
        assertProblem("Cost", "a cost cannot be negative (-0.01)");
        assertNull(r.cost("Cost", "ten"));
        assertProblem("Cost", "\"ten\" is not a number");
    }

    @Test
    void yesAndNo() {
        for (String yes : new String[] {"yes", "TRUE", " 1 ", "Y"}) {
            assertTrue(r.bool("Test Mode", yes), yes);
        }
        for (String no : new String[] {"no", "False", "0", "n", "", null}) {
            assertFalse(r.bool("Test Mode", no), String.valueOf(no));
        }
        assertTrue(r.ok());
        assertFalse(r.bool("Test Mode", "maybe"));
        assertProblem("Test Mode", "\"maybe\" is not yes or no (Yes/No, true/false, 1/0)");
    }

    @Test
    void timestampsAndShortenedValues() {
        assertEquals(Instant.parse("2026-11-21T14:03:00Z"), r.timestamp("Created At", "2026-11-21T14:03:00Z", true));
        assertNull(r.timestamp("Address Confirmed At", "", false));
        assertTrue(r.ok());
        assertNull(r.timestamp("Created At", " ", true));
        assertProblem("Created At", "required, but empty");
        assertNull(r.timestamp("Created At", "soon", true));
        assertProblem("Created At", "\"soon\" is not a date and time; use ISO-8601 such as 2026-11-21T14:03:00Z");
        String sixty = "x".repeat(60);
        assertEquals(sixty, FieldReader.shorten(sixty));
        assertEquals("x".repeat(57) + "...", FieldReader.shorten(sixty + "y"));
    }
}
