package sendtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The small value types of the domain, each expectation written out: what a send defaults to, how
 * a filter normalises what the user typed, how names parse, and how a duration reads.
 */
class DomainValuesTest {
    private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");

    @Test
    void theBuilderCarriesEveryFieldAndToBuilderKeepsThem() {
        PostalAddress address = new PostalAddress("1 Main St", "Suite 2", "Springfield", "IL", "62701", "US");
        StatusUpdate first = new StatusUpdate(SendStatus.INITIATED, CREATED, "sam@example.com", "new");
        StatusUpdate second = new StatusUpdate(SendStatus.SHIPPED, CREATED.plusSeconds(60), null, null);
        Send s = Send.builder().id("SND-1").createdAt(CREATED).type(SendType.OTHER).typeName("Handwritten Notes")
                .subtype("card").status(SendStatus.SHIPPED).statusChangedAt(CREATED.plusSeconds(60))
                .issue(SendIssue.SUSPICIOUS_EMAIL).senderName("Sam").senderEmail("sam@example.com").team("Alpha")
                .recipientName("Rita").recipientEmail("rita@example.com").recipientCompany("Initech").address(address)
                .recipientMessage("Thanks!").campaign("Winter").campaignState(CampaignState.ARCHIVED).gift("Mug")
                .quantity(3).cost(new BigDecimal("12.50")).currency("EUR").fundingSource("Budget")
                .addressConfirmation(true).addressConfirmedAt(CREATED.plusSeconds(30)).carrier("UPS")
                .trackingNumber("1Z").trackingUrl("https://track.example/1Z").testMode(true).sentVia("CRM")
                .history(List.of(first)).addHistory(second).version(7).build();
        assertEquals("SND-1", s.id());
        assertEquals(CREATED, s.createdAt());
        assertEquals(SendType.OTHER, s.type());
        assertEquals("Handwritten Notes", s.typeName());
        assertEquals("card", s.subtype());
        assertEquals(SendStatus.SHIPPED, s.status());
        assertEquals(CREATED.plusSeconds(60), s.statusChangedAt());
        assertEquals(SendIssue.SUSPICIOUS_EMAIL, s.issue());
        assertEquals("Sam", s.senderName());
        assertEquals("sam@example.com", s.senderEmail());
        assertEquals("Alpha", s.team());
        assertEquals("Rita", s.recipientName());
        assertEquals("rita@example.com", s.recipientEmail());
        assertEquals("Initech", s.recipientCompany());
        assertEquals(address, s.address());
        assertEquals("Thanks!", s.recipientMessage());
        assertEquals("Winter", s.campaign());
        assertEquals(CampaignState.ARCHIVED, s.campaignState());
        assertEquals("Mug", s.gift());
        assertEquals(3, s.quantity());
        assertEquals(new BigDecimal("12.50"), s.cost());
        assertEquals("EUR", s.currency());
        assertEquals("Budget", s.fundingSource());
        assertTrue(s.addressConfirmation());
        assertEquals(CREATED.plusSeconds(30), s.addressConfirmedAt());
        assertTrue(s.addressConfirmed());
        assertEquals("UPS", s.carrier());
        assertEquals("1Z", s.trackingNumber());
        assertEquals("https://track.example/1Z", s.trackingUrl());
        assertTrue(s.testMode());
        assertEquals("CRM", s.sentVia());
        assertEquals(List.of(first, second), s.history());
        assertEquals(7, s.version());
        assertEquals("Handwritten Notes", s.typeDisplayName());
        assertEquals(s, s.toBuilder().build());
        assertEquals("SND-2", s.toBuilder().id("SND-2").build().id());
    }

    @Test
    void aSendFillsItsDefaults() {
        Send s = new Send("SND-1", CREATED, SendType.INVENTORIED, null, null, SendStatus.INITIATED, null, null, null,
                null, null, null, null, null, null, null, null, null, null, 1, null, null, null, false, null, null,
                null, null, false, null, null, 0);
        assertEquals(CREATED, s.statusChangedAt(), "no change yet: changed when created");
        assertEquals(PostalAddress.NONE, s.address());
        assertEquals(CampaignState.ACTIVE, s.campaignState());
        assertEquals(List.of(), s.history());
        assertFalse(s.addressConfirmed());
        assertEquals("Inventoried", s.typeDisplayName());

        Instant changed = CREATED.plusSeconds(5);
        PostalAddress address = new PostalAddress(null, null, "Paris", null, null, "FR");
        Send given = new Send("SND-2", CREATED, SendType.EGIFT, null, null, SendStatus.SENT, changed, null, null,
                null, null, null, null, null, address, null, null, CampaignState.DELETED, null, 1, null, null, null,
                false, null, null, null, null, false, null, List.of(new StatusUpdate(SendStatus.SENT, changed, null,
                        null)), 0);
        assertEquals(changed, given.statusChangedAt());
        assertEquals(address, given.address());
        assertEquals(CampaignState.DELETED, given.campaignState());
        assertEquals(1, given.history().size());

        Send builtBare = Send.builder().id("SND-3").createdAt(CREATED).type(SendType.AMAZON)
                .status(SendStatus.INITIATED).build();
        assertEquals(1, builtBare.quantity());
        assertEquals(PostalAddress.NONE, builtBare.address());
        assertEquals(CampaignState.ACTIVE, builtBare.campaignState());
        assertEquals("Amazon", builtBare.typeDisplayName());
        assertEquals("Other", Send.builder().id("SND-4").createdAt(CREATED).type(SendType.OTHER).typeName(" ")
                .status(SendStatus.INITIATED).build().typeDisplayName(), "a blank source name shows the type");
    }

    @Test
    void anAddressIsEmptyOnlyWhenEveryPartIsMissing() {
        assertTrue(PostalAddress.NONE.isEmpty());
        assertFalse(new PostalAddress("1 Main St", null, null, null, null, null).isEmpty());
        assertFalse(new PostalAddress(null, "Suite 2", null, null, null, null).isEmpty());
        assertFalse(new PostalAddress(null, null, "Springfield", null, null, null).isEmpty());
        assertFalse(new PostalAddress(null, null, null, "IL", null, null).isEmpty());
        assertFalse(new PostalAddress(null, null, null, null, "62701", null).isEmpty());
        assertFalse(new PostalAddress(null, null, null, null, null, "US").isEmpty());
    }

    @Test
    void aFilterNormalisesWhatTheUserTyped() {
        SendFilter f = new SendFilter(null, null, "  Globex  ", "  ", "\t", null, null, null, false, null);
        assertEquals(Set.of(), f.statuses());
        assertEquals(Set.of(), f.types());
        assertEquals(Set.of(), f.campaignStates());
        assertEquals("Globex", f.search());
        assertEquals("globex", f.searchKey());
        assertNull(f.senderEmail());
        assertNull(f.team());
        assertEquals(TestModeFilter.INCLUDE, f.testMode());
        assertNull(SendFilter.ALL.searchKey());
        assertNull(SendFilter.ALL.search());

        SendFilter g = SendFilter.ALL.withStatuses(EnumSet.of(SendStatus.SHIPPED))
                .withTypes(EnumSet.of(SendType.AMAZON)).withSearch(" x ").withSenderEmail(" sam@example.com ")
                .withTeam(" Alpha ").withDates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5))
                .withTestMode(TestModeFilter.ONLY).withAttentionOnly(true)
                .withCampaignStates(EnumSet.of(CampaignState.ARCHIVED));
        assertEquals(Set.of(SendStatus.SHIPPED), g.statuses());
        assertEquals(Set.of(SendType.AMAZON), g.types());
        assertEquals("x", g.search());
        assertEquals("sam@example.com", g.senderEmail());
        assertEquals("Alpha", g.team());
        assertEquals(LocalDate.of(2026, 11, 1), g.from());
        assertEquals(LocalDate.of(2026, 11, 5), g.to());
        assertEquals(TestModeFilter.ONLY, g.testMode());
        assertTrue(g.attentionOnly());
        assertEquals(Set.of(CampaignState.ARCHIVED), g.campaignStates());
        assertEquals(Set.of(), g.withStatuses(Set.of()).statuses());
        assertEquals(Set.of(), g.withTypes(Set.of()).types());
        assertEquals(Set.of(), g.withCampaignStates(Set.of()).campaignStates());
        assertFalse(g.withAttentionOnly(false).attentionOnly());
        assertEquals(Set.of(SendStatus.SHIPPED), g.withTeam(null).statuses(), "each with… keeps the rest");
        assertNull(g.withTeam(null).team());
    }

    @Test
    void aStatusKnowsItsKindAndItsMeaning() {
        assertEquals(SendStatus.Scope.EGIFT, SendStatus.OPENED.scope());
        assertEquals(SendStatus.Scope.PHYSICAL, SendStatus.SHIPPED.scope());
        assertEquals(SendStatus.Scope.BOTH, SendStatus.REFUNDED.scope());
        assertTrue(SendStatus.OPENED.appliesTo(SendType.EGIFT));
        assertFalse(SendStatus.OPENED.appliesTo(SendType.DIRECT));
        assertTrue(SendStatus.SHIPPED.appliesTo(SendType.OTHER));
        assertFalse(SendStatus.SHIPPED.appliesTo(SendType.EGIFT));
        assertTrue(SendStatus.INITIATED.appliesTo(SendType.EGIFT));
        assertTrue(SendStatus.INITIATED.appliesTo(SendType.AMAZON));

        assertEquals("status.REFUNDED.egift.meaning", SendStatus.REFUNDED.meaningKey(SendType.EGIFT));
        assertEquals("status.REFUNDED.physical.meaning", SendStatus.REFUNDED.meaningKey(SendType.AMAZON));
        assertEquals("status.REFUNDED.meaning", SendStatus.REFUNDED.meaningKey(null));
        assertEquals("status.SHIPPED.meaning", SendStatus.SHIPPED.meaningKey(SendType.INVENTORIED));
        assertEquals("status.SENT.meaning", SendStatus.SENT.meaningKey(SendType.EGIFT));
        assertEquals("The parcel reached its destination.", Texts.get(SendStatus.DELIVERED.meaningKey(null)));

        assertEquals(EnumSet.of(SendStatus.CANCELED, SendStatus.CONFIRMATION_CANCELED, SendStatus.REFUNDED,
                SendStatus.FAILED, SendStatus.EXPIRED), SendStatus.CLOSED);
        assertEquals(EnumSet.of(SendStatus.SHIPPED, SendStatus.AMAZON_SHIPPED, SendStatus.DELIVERED,
                SendStatus.UNDELIVERABLE), SendStatus.SHIPPED_OR_LATER);
    }

    @Test
    void typesParseLooselyForImportAndStrictlyForFilters() {
        assertTrue(SendType.INVENTORIED.isPhysical());
        assertTrue(SendType.OTHER.isPhysical());
        assertFalse(SendType.EGIFT.isPhysical());
        assertEquals(Optional.of(SendType.DIRECT), SendType.parse("direct"));
        assertEquals(Optional.of(SendType.EGIFT), SendType.parse(" eGifts International "));
        assertEquals(Optional.of(SendType.OTHER), SendType.parse("Sendoso Choice"));
        assertEquals(Optional.empty(), SendType.parse(" "));
        assertEquals(Optional.empty(), SendType.parse(null));
        assertEquals(Optional.of(SendType.AMAZON), SendType.parseStrict("AMAZON"));
        assertEquals(Optional.of(SendType.DIRECT), SendType.parseStrict("sendoso direct"));
        assertEquals(Optional.of(SendType.INVENTORIED), SendType.parseStrict("Inventory"));
        assertEquals(Optional.of(SendType.OTHER), SendType.parseStrict("other"));
        assertEquals(Optional.empty(), SendType.parseStrict("Pigeon"));
        assertEquals(Optional.empty(), SendType.parseStrict(""));
        assertEquals(Optional.empty(), SendType.parseStrict(null));
        assertEquals("Sendoso Direct", SendType.DIRECT.displayName());
    }

    @Test
    void smallNamesParseCaseInsensitivelyAndNeverDefault() {
        assertEquals(Optional.of(SendIssue.INVALID_EMAIL_FORMAT), SendIssue.parse("invalid email format"));
        assertEquals(Optional.of(SendIssue.SUSPICIOUS_EMAIL), SendIssue.parse(" suspicious_email "));
        assertEquals(Optional.empty(), SendIssue.parse("Lost"));
        assertEquals(Optional.empty(), SendIssue.parse(" "));
        assertEquals(Optional.empty(), SendIssue.parse(null));
        assertEquals("Insufficient Funds", SendIssue.INSUFFICIENT_FUNDS.displayName());
        assertEquals("issue.INSUFFICIENT_FUNDS.meaning", SendIssue.INSUFFICIENT_FUNDS.meaningKey());

        assertEquals(Optional.of(CampaignState.ARCHIVED), CampaignState.parse(" archived "));
        assertEquals(Optional.of(CampaignState.DELETED), CampaignState.parse("DELETED"));
        assertEquals(Optional.empty(), CampaignState.parse("Gone"));
        assertEquals(Optional.empty(), CampaignState.parse(""));
        assertEquals(Optional.empty(), CampaignState.parse(null));
        assertEquals("Archived", CampaignState.ARCHIVED.displayName());

        assertEquals(Optional.of(Role.MANAGER), Role.parse(" manager "));
        assertEquals(Optional.empty(), Role.parse("boss"));
        assertEquals(Optional.empty(), Role.parse(" "));
        assertEquals(Optional.empty(), Role.parse(null));

        assertEquals(Optional.of(TestModeFilter.EXCLUDE), TestModeFilter.parse(" Exclude "));
        assertEquals(Optional.empty(), TestModeFilter.parse("maybe"));
        assertEquals(Optional.empty(), TestModeFilter.parse(null));

        assertEquals(Optional.of(SendStatus.ORDER_RECEIVED), SendStatus.parse("order_received"));
        assertEquals(Optional.empty(), SendStatus.parse(" "));
        assertEquals(Optional.empty(), SendStatus.parse(null));
    }

    @Test
    void aUserIsMatchedByEmailAndManagesTeamsByName() {
        User u = new User(1, "Max@Example.com", "Max", Role.MANAGER, "Gamma", Set.of("Alpha"));
        assertEquals("max@example.com", u.emailKey());
        assertTrue(u.isEmail(" max@example.COM "));
        assertFalse(u.isEmail(null));
        assertTrue(u.manages("ALPHA"));
        assertFalse(u.manages("Gamma"));
        assertFalse(u.manages(null));
        assertEquals(Set.of(), new User(2, "s@example.com", "S", Role.SENDER, "Alpha", null).managedTeams());
    }

    @Test
    void aSortWithoutAFieldIsNewestFirstsField() {
        assertEquals(SendSort.Field.CREATED_AT, new SendSort(null, true).field());
        assertEquals(SendSort.Field.COST, new SendSort(SendSort.Field.COST, true).field());
        assertEquals(new SendSort(SendSort.Field.CREATED_AT, false), SendSort.NEWEST_FIRST);
    }

    @Test
    void durationsReadShort() {
        assertEquals("under a minute", SupportRequest.formatDuration(Duration.ofSeconds(59)));
        assertEquals("under a minute", SupportRequest.formatDuration(Duration.ofSeconds(-5)), "never negative");
        assertEquals("under a minute", SupportRequest.formatDuration(Duration.ZERO));
        assertEquals("1 min", SupportRequest.formatDuration(Duration.ofMinutes(1)));
        assertEquals("59 min", SupportRequest.formatDuration(Duration.ofMinutes(59).plusSeconds(59)));
        assertEquals("1 h 0 min", SupportRequest.formatDuration(Duration.ofHours(1)));
        assertEquals("23 h 59 min", SupportRequest.formatDuration(Duration.ofDays(1).minusMinutes(1)));
        assertEquals("1 d 0 h", SupportRequest.formatDuration(Duration.ofDays(1)));
        assertEquals("8 d 3 h", SupportRequest.formatDuration(Duration.ofDays(8).plusHours(3).plusMinutes(20)));
    }

    @Test
    void aSupportRequestCarriesWhatSupportNeeds() {
        Instant now = Instant.parse("2026-11-21T12:00:00Z");
        Send s = Send.builder().id("SND-9").createdAt(CREATED).type(SendType.DIRECT).status(SendStatus.SHIPPED)
                .statusChangedAt(now.minus(Duration.ofDays(2).plusHours(5))).trackingNumber("1ZABC").build();
        CancelDecision d = CancelDecision.of(CancelRule.SHIPPED, s);
        String text = SupportRequest.of(s, d, now);
        assertEquals("Please help with this send.\nSend ID: SND-9\nType: Sendoso Direct\nStatus: Shipped (for 2 d 5 h)"
                + "\nRecipient: -\nSent by: -\nTracking number: 1ZABC\nWhat the tracker said: " + d.message(), text);
        assertTrue(SupportRequest.of(s.toBuilder().trackingNumber(null).build(), d, now)
                .contains("Tracking number: not shipped yet, so none"));
        assertTrue(SupportRequest.of(s.toBuilder().trackingNumber(" ").build(), d, now)
                .contains("Tracking number: not shipped yet, so none"));
        // who sent what to whom, and what it cost, from where (issue 15)
        Send full = s.toBuilder().recipientName("Ana Diaz").recipientCompany("Initech").senderName("Sam Lee")
                .senderEmail("sam@example.com").team("Beta").cost(new BigDecimal("79.00")).currency("USD")
                .fundingSource("Partnerships budget").carrier("UPS").build();
        String all = SupportRequest.of(full, d, now);
        assertTrue(all.contains("\nRecipient: Ana Diaz, Initech\n"), all);
        assertTrue(all.contains("\nSent by: Sam Lee, sam@example.com, Beta\n"), all);
        assertTrue(all.contains("\nCost: 79.00 USD, paid from Partnerships budget\n"), all);
        assertTrue(all.contains("\nTracking number: 1ZABC (UPS)\n"), all);
        Send egift = full.toBuilder().type(SendType.EGIFT).status(SendStatus.SENT).trackingNumber(null).build();
        assertFalse(SupportRequest.of(egift, d, now).contains("Tracking number"), "eGifts are never tracked");
    }

    @Test
    void textsFillTheirArgumentsAndAnUnknownKeyShowsItself() {
        assertEquals("There is no send SND-1 that you can see.", Texts.get("send.notFound", "SND-1"));
        assertEquals("no.such.key", Texts.get("no.such.key"));
        assertEquals("under a minute", Texts.get("duration.underMinute"));
        assertTrue(Texts.bundle().containsKey("cancel.rule.SHIPPED"));
    }

    @Test
    void aDecisionNeedsEveryPartAndSaysWhetherSelfCancelIsAllowed() {
        Send s = Send.builder().id("SND-5").createdAt(CREATED).type(SendType.INVENTORIED)
                .status(SendStatus.CONFIRMING_ADDRESS).build();
        CancelDecision ok = CancelDecision.of(CancelRule.INVENTORIED_CONFIRMING_ADDRESS, s);
        assertTrue(ok.allowsSelfCancel());
        assertEquals(CancelOutcome.CANCELED, ok.outcome());
        CancelDecision no = CancelDecision.of(CancelRule.TECHNICAL_FAILURE, s);
        assertFalse(no.allowsSelfCancel());
        assertTrue(no.message().contains("SND-5"), no.message());
        assertEquals("cancel.rule.CLOSED", CancelRule.CLOSED.textKey());
        assertEquals(CancelOutcome.CONTACT_SUPPORT, CancelRule.OFFLINE_REVIEW.outcome());
        assertEquals(CancelOutcome.CONTACT_SUPPORT, CancelRule.TECHNICAL_FAILURE.outcome());
        for (CancelRule r : CancelRule.values()) {
            assertFalse(Texts.get(r.textKey()).equals(r.textKey()), "no text for " + r);
        }
    }
}
