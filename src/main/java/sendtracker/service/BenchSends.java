package sendtracker.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;

import sendtracker.domain.CampaignState;
import sendtracker.domain.PostalAddress;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.store.SendStore;

/**
 * Deterministic bulk sends for the bench: realistic shapes and proportions (teams, senders,
 * campaigns in every state, types and statuses, tracking on shipped parcels, issues, test mode)
 * generated fast, in batches, straight into the store. Used until the product's demo generator
 * is available to the bench; same seed, same sends.
 */
public final class BenchSends {
    private static final String[] TEAMS = {"Sales East", "Sales West", "Marketing", "Customer Success", "Partners",
        "Recruiting", "Executive", "Field Events"};
    private static final String[] FIRST = {"Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James",
        "Isabella", "Lucas", "Mia", "Mateo", "Amelia", "Benjamin", "Harper", "Wei", "Priya", "Sven", "Chloé", "Jürgen",
        "Aisha", "Diego", "Yuki", "Fatima", "Kofi", "Ingrid", "Rafael", "Nadia", "Tomás", "Zoë"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sánchez", "Clark", "Müller",
        "Nakamura", "Okafor", "Kowalski", "Dubois", "Rossi", "Silva", "Chen", "Patel", "Novak", "Larsen"};
    private static final String[] COMPANY_A = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli",
        "Vandelay", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Gekko", "Oscorp", "Aperture", "Monarch", "Dunder",
        "Pied Piper", "Massive", "Nakatomi"};
    private static final String[] COMPANY_B = {"Corp", "Industries", "Labs", "Systems", "Holdings", "Group",
        "Analytics", "Logistics", "Health", "Partners"};
    private static final String[] CAMPAIGN_KIND = {"Welcome Kit", "Thank You", "Renewal", "Event Follow-up",
        "Holiday Gift", "Demo Booked", "Win-back", "Referral Reward"};
    private static final String[] GIFTS = {"Coffee Sampler", "Branded Hoodie", "Succulent", "Gift Card $25",
        "Gift Card $50", "Chocolate Box", "Notebook Set", "Water Bottle", "Wireless Charger", "Handwritten Note"};
    private static final String[] CARRIERS = {"UPS", "FedEx", "USPS", "DHL"};
    private static final String[] CITIES = {"Austin", "Denver", "Boston", "Seattle", "Chicago", "Atlanta", "Toronto",
        "London", "Berlin", "Sydney"};

    private final long seed;
    private final Instant now;
    private final List<User> users = new ArrayList<>();
    private final List<User> senders = new ArrayList<>();
    private final List<String> campaigns = new ArrayList<>();
    private final List<CampaignState> campaignStates = new ArrayList<>();

    public BenchSends(long seed, Instant now) {
        this.seed = seed;
        this.now = now;
        Random rnd = new Random(seed);
        users.add(new User(0, "admin@bench.example", "Bench Admin", Role.ADMIN, null, Set.of()));
        for (int t = 0; t < TEAMS.length; t++) {
            String team = TEAMS[t];
            String slug = team.toLowerCase(Locale.ROOT).replace(' ', '.');
            users.add(new User(0, "manager." + slug + "@bench.example", "Manager " + team, Role.MANAGER, team,
                    Set.of(team)));
            for (int k = 0; k < 15; k++) {
                String name = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
                User u = new User(0, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + t + k + "@bench.example",
                        name, Role.SENDER, team, Set.of());
                users.add(u);
                senders.add(u);
            }
        }
        for (int c = 0; c < 60; c++) {
            campaigns.add(CAMPAIGN_KIND[c % CAMPAIGN_KIND.length] + " " + (2024 + c % 3) + " #" + c);
            campaignStates.add(c % 10 == 9 ? CampaignState.DELETED : c % 5 == 4 ? CampaignState.ARCHIVED
                    : CampaignState.ACTIVE);
        }
    }

    public List<User> users() {
        return List.copyOf(users);
    }

    /** Saves the users, then adds {@code count} sends in batches; {@code progress} gets the running total. */
    public void fill(SendStore store, int count, int batchSize, LongConsumer progress) {
        store.saveUsers(users);
        Random rnd = new Random(seed ^ 0x5EED5L);
        List<Send> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < count; i++) {
            batch.add(send(rnd, i));
            if (batch.size() == batchSize || i == count - 1) {
                store.upsert(batch);
                batch.clear();
                progress.accept(i + 1L);
            }
        }
    }

    Send send(Random rnd, int i) {
        User sender = senders.get(rnd.nextInt(senders.size()));
        int roll = rnd.nextInt(100);
        SendType type = roll < 40 ? SendType.EGIFT : roll < 65 ? SendType.INVENTORIED : roll < 80 ? SendType.DIRECT
                : roll < 95 ? SendType.AMAZON : SendType.OTHER;
        SendStatus status = status(rnd, type);
        Instant created = now.minus(Duration.ofMinutes(rnd.nextInt(365 * 24 * 60)));
        Instant changed = created.plus(Duration.ofMinutes(rnd.nextInt(14 * 24 * 60)));
        if (changed.isAfter(now)) {
            changed = now.minusSeconds(rnd.nextInt(3600));
        }
        String first = FIRST[rnd.nextInt(FIRST.length)];
        String last = LAST[rnd.nextInt(LAST.length)];
        int c = rnd.nextInt(campaigns.size());
        boolean physical = type.isPhysical();
        boolean shipped = SendStatus.SHIPPED_OR_LATER.contains(status);
        String carrier = shipped ? CARRIERS[rnd.nextInt(CARRIERS.length)] : null;
        String tracking = shipped ? "1Z" + Long.toString(Math.abs(rnd.nextLong()) % 2_000_000_000_000L, 36)
                .toUpperCase(Locale.ROOT) : null;
        String id = String.format(Locale.ROOT, "snd_%08x", mix(i));
        Send.Builder b = Send.builder()
                .id(id)
                .createdAt(created.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                .type(type)
                .typeName(type == SendType.OTHER ? (rnd.nextBoolean() ? "Handwritten Notes" : "Sendoso Choice") : null)
                .subtype(physical ? "Standard" : "Digital")
                .status(status)
                .statusChangedAt(changed.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                .issue(rnd.nextInt(50) == 0 ? SendIssue.values()[rnd.nextInt(SendIssue.values().length)] : null)
                .senderName(sender.name())
                .senderEmail(sender.email())
                .team(sender.team())
                .recipientName(first + " " + last)
                .recipientEmail((first + "." + last).toLowerCase(Locale.ROOT) + (i % 1000) + "@"
                        + COMPANY_A[i % COMPANY_A.length].toLowerCase(Locale.ROOT).replace(' ', '-') + ".example")
                .recipientCompany(COMPANY_A[rnd.nextInt(COMPANY_A.length)] + " " + COMPANY_B[rnd.nextInt(COMPANY_B.length)])
                .address(physical ? new PostalAddress((100 + rnd.nextInt(9000)) + " Main St", null,
                        CITIES[rnd.nextInt(CITIES.length)], "CA", String.valueOf(10000 + rnd.nextInt(89999)), "US")
                        : PostalAddress.NONE)
                .recipientMessage(rnd.nextInt(4) == 0 ? "Thanks for your time, " + first + "!" : null)
                .campaign(campaigns.get(c))
                .campaignState(campaignStates.get(c))
                .gift(GIFTS[rnd.nextInt(GIFTS.length)])
                .quantity(1 + (rnd.nextInt(20) == 0 ? rnd.nextInt(5) : 0))
                .cost(BigDecimal.valueOf(500 + rnd.nextInt(15_000), 2))
                .currency("USD")
                .fundingSource(sender.team() + " budget")
                .addressConfirmation(physical && rnd.nextBoolean())
                .carrier(carrier)
                .trackingNumber(tracking)
                .trackingUrl(tracking == null ? null : "https://track.example/" + tracking)
                .testMode(rnd.nextInt(40) == 0)
                .sentVia(rnd.nextInt(3) == 0 ? "CRM trigger" : "Platform");
        b.addHistory(new StatusUpdate(SendStatus.INITIATED, created, sender.email(), null));
        if (status != SendStatus.INITIATED) {
            b.addHistory(new StatusUpdate(status, changed, null, null));
        }
        return b.build();
    }

    private static SendStatus status(Random rnd, SendType type) {
        int r = rnd.nextInt(100);
        if (type == SendType.EGIFT) {
            return r < 5 ? SendStatus.INITIATED : r < 30 ? SendStatus.SENT : r < 45 ? SendStatus.OPENED
                    : r < 55 ? SendStatus.CLICKED : r < 85 ? SendStatus.REDEEMED : r < 95 ? SendStatus.EXPIRED
                    : SendStatus.REFUNDED;
        }
        return r < 4 ? SendStatus.INITIATED : r < 10 ? SendStatus.CONFIRMING_ADDRESS
                : r < 12 ? SendStatus.CONFIRMATION_CANCELED : r < 18 ? SendStatus.ORDER_RECEIVED
                : r < 24 ? (type == SendType.AMAZON ? SendStatus.AMAZON_FULFILLING : SendStatus.FULFILLING)
                : r < 36 ? (type == SendType.AMAZON ? SendStatus.AMAZON_SHIPPED : SendStatus.SHIPPED)
                : r < 86 ? SendStatus.DELIVERED : r < 89 ? SendStatus.FULFILLMENT_ISSUE
                : r < 91 ? SendStatus.UNDELIVERABLE : r < 95 ? SendStatus.CANCELED
                : r < 98 ? SendStatus.REFUNDED : SendStatus.FAILED;
    }

    /** A bijection of the int range: ids look random but never repeat. */
    private static int mix(int i) {
        int x = i * 0x9E3779B9;
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        return x;
    }
}
