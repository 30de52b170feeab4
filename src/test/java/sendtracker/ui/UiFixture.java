package sendtracker.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import sendtracker.domain.CampaignState;
import sendtracker.domain.PostalAddress;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.SendService;

/**
 * A small store for the window's tests: four users and a few dozen sends, among them three
 * whose cancel answer is known (one allowed, one eGift, one shipped).
 */
public final class UiFixture {
    public static final User ADMIN = new User(0, "ada@acme.test", "Ada Admin", Role.ADMIN, null, Set.of());
    public static final User MANAGER = new User(0, "mia@acme.test", "Mia Manager", Role.MANAGER, "Sales", Set.of("Sales"));
    public static final User SAM = new User(0, "sam@acme.test", "Sam Sender", Role.SENDER, "Sales", Set.of());
    public static final User SUE = new User(0, "sue@acme.test", "Sue Sender", Role.SENDER, "Marketing", Set.of());

    /** Inventoried, Confirming Address: the sender may cancel it. */
    public static final String CANCELABLE = "SND-CANCEL-0001";
    /** eGift, Sent: only Support can stop it. */
    public static final String EGIFT = "SND-EGIFT-0002";
    /** Sendoso Direct, Shipped: too late. */
    public static final String SHIPPED = "SND-SHIPPED-0003";

    public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    /** The fixture's "now" as a clock: results do not depend on the day the tests run. */
    public static final Clock CLOCK = Clock.fixed(NOW, java.time.ZoneOffset.UTC);

    private UiFixture() {
    }

    /** A fresh in-memory store filled with the fixture, and the real service over it. */
    /** The main window on {@code stage} (1260 × 780, shown, no store yet): the view-model to start. */
    public static MainViewModel showWindow(javafx.stage.Stage stage, FxJobs jobs) {
        MainViewModel vm = new MainViewModel(new FxDialogService(() -> stage, MainWindow.STYLESHEET), jobs, null);
        stage.setScene(MainWindow.scene(vm, url -> { }, stage::close));
        stage.setWidth(1260);
        stage.setHeight(780);
        stage.show();
        return vm;
    }

    public static SendService service() {
        SendService service = Backend.open("jdbc:h2:mem:ui-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                CLOCK, false).sends();
        fill(service, 60);
        return service;
    }

    public static void fill(SendService service, int generated) {
        service.store().saveUsers(List.of(ADMIN, MANAGER, SAM, SUE));
        service.store().upsert(sends(generated));
    }

    public static List<Send> sends(int generated) {
        List<Send> sends = new ArrayList<>();
        Instant base = NOW.minus(Duration.ofDays(2));
        sends.add(send(CANCELABLE, SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS, SAM, base, "Priya Natarajan",
                "Northwind Labs").addressConfirmation(true).gift("Branded hoodie").build());
        sends.add(send(EGIFT, SendType.EGIFT, SendStatus.SENT, SAM, base.minusSeconds(3600), "Jonas Weber",
                "Contoso GmbH").gift("Coffee eGift card $25").build());
        sends.add(send(SHIPPED, SendType.DIRECT, SendStatus.SHIPPED, SAM, base.minusSeconds(7200), "Elena Rossi",
                "Fabrikam Inc").addressConfirmation(true).addressConfirmedAt(base.minusSeconds(3600))
                .carrier("UPS").trackingNumber("1Z999AA10123456784")
                .trackingUrl("https://www.ups.com/track?tracknum=1Z999AA10123456784").gift("Wine set").build());

        Random random = new Random(42);
        String[] first = {"Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kai", "Logan",
            "Morgan", "Noel", "Parker", "Quinn", "Reese", "Rowan", "Sage", "Taylor"};
        String[] last = {"Nguyen", "Garcia", "Okafor", "Schmidt", "Kowalski", "Tanaka", "Silva", "Dubois", "Larsen",
            "Patel", "Hughes", "Moreau"};
        String[] companies = {"Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Analytics",
            "Tyrell Systems", "Acme Retail", "Soylent Foods"};
        String[] campaigns = {"Q4 Renewal Thank-you", "Webinar follow-up", "New logo welcome", "Holiday 2026",
            "Event no-show nudge"};
        User[] senders = {SAM, SUE, MANAGER};
        SendType[] types = {SendType.EGIFT, SendType.INVENTORIED, SendType.DIRECT, SendType.AMAZON};
        SendStatus[] physical = {SendStatus.ORDER_RECEIVED, SendStatus.FULFILLING, SendStatus.SHIPPED,
            SendStatus.DELIVERED, SendStatus.DELIVERED, SendStatus.CONFIRMING_ADDRESS, SendStatus.FULFILLMENT_ISSUE,
            SendStatus.UNDELIVERABLE, SendStatus.CANCELED};
        SendStatus[] egift = {SendStatus.SENT, SendStatus.OPENED, SendStatus.CLICKED, SendStatus.REDEEMED,
            SendStatus.REDEEMED, SendStatus.EXPIRED, SendStatus.REFUNDED};
        for (int i = 0; i < generated; i++) {
            SendType type = types[random.nextInt(types.length)];
            SendStatus status = type == SendType.EGIFT ? egift[random.nextInt(egift.length)]
                    : physical[random.nextInt(physical.length)];
            if (type == SendType.AMAZON && status == SendStatus.FULFILLING) {
                status = SendStatus.AMAZON_FULFILLING;
            }
            User sender = senders[random.nextInt(senders.length)];
            Instant created = NOW.minus(Duration.ofHours(5 + random.nextInt(24 * 40)));
            String name = first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)];
            Send.Builder b = send(String.format("SND-%06d", 1000 + i), type, status, sender, created, name,
                    companies[random.nextInt(companies.length)])
                    .campaign(campaigns[random.nextInt(campaigns.length)])
                    .campaignState(i % 11 == 0 ? CampaignState.ARCHIVED : i % 17 == 0 ? CampaignState.DELETED
                            : CampaignState.ACTIVE)
                    .testMode(i % 13 == 0)
                    .cost(BigDecimal.valueOf(1500 + random.nextInt(9000), 2))
                    .gift(type == SendType.EGIFT ? "Gift card" : "Desk plant")
                    .issue(i % 19 == 0 ? SendIssue.INSUFFICIENT_FUNDS : null);
            if (SendStatus.SHIPPED_OR_LATER.contains(status)) {
                b.carrier("FedEx").trackingNumber("7946" + (100000 + i)).trackingUrl("https://www.fedex.com/track/" + i);
            }
            sends.add(b.build());
        }
        return sends;
    }

    private static Send.Builder send(String id, SendType type, SendStatus status, User sender, Instant created,
            String recipient, String company) {
        List<StatusUpdate> history = new ArrayList<>();
        history.add(new StatusUpdate(SendStatus.INITIATED, created, sender.name(), null));
        Instant changed = created;
        if (status != SendStatus.INITIATED) {
            changed = created.plus(Duration.ofHours(3));
            if (SendStatus.SHIPPED_OR_LATER.contains(status) && status != SendStatus.SHIPPED) {
                history.add(new StatusUpdate(SendStatus.SHIPPED, created.plus(Duration.ofHours(2)), "Carrier", null));
            }
            history.add(new StatusUpdate(status, changed, "Fulfilment", null));
        }
        return Send.builder().id(id).createdAt(created).type(type).status(status).statusChangedAt(changed)
                .senderName(sender.name()).senderEmail(sender.email()).team(sender.team())
                .recipientName(recipient).recipientEmail(recipient.toLowerCase().replace(' ', '.') + "@example.com")
                .recipientCompany(company)
                .address(type == SendType.EGIFT ? PostalAddress.NONE
                        : new PostalAddress("12 Harbour Street", null, "Springfield", "IL", "62701", "US"))
                .recipientMessage("Thanks for a great quarter, " + recipient.split(" ")[0] + "!")
                .campaign("Q4 Renewal Thank-you").cost(new BigDecimal("42.50")).currency("USD")
                .fundingSource("Sales budget").sentVia("Platform").quantity(1)
                .history(history);
    }

    /**
     * Waits until {@code condition} holds, asking it on the FX thread: a lookup asked from the test
     * thread can walk the scene graph while the FX thread changes it (an IndexOutOfBoundsException
     * from Parent.lookupAll, seen once in a full build).
     */
    public static void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition)
            throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS,
                () -> org.testfx.util.WaitForAsyncUtils.asyncFx(condition).get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
