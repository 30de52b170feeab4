package sendtracker.service;

import static sendtracker.service.DemoVocabulary.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

import sendtracker.domain.PostalAddress;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendIssue;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.store.SendStore;
import sendtracker.store.UpsertPipeline;

/**
 * A realistic, deterministic demo data set: teams, admins, managers and senders, campaigns in
 * every state, and sends of every type whose histories follow the real lifecycle. Each send's
 * life is simulated step by step from its creation; its status is the last step reached by
 * "now", so old sends are finished and recent ones are on their way. A few get stuck past the
 * service levels, some carry send issues, some are test sends.
 */
public final class DemoData {
    public static final int DEFAULT_FIRST_OPEN_SENDS = 5_000;
    private static final int BATCH = 5_000;
    private static final Duration HISTORY_SPAN = Duration.ofDays(180);


    private final SendStore store;
    private final Clock clock;

    public DemoData(SendStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The demo users: one admin, managers (one oversees two teams), and senders in every team. */
    public static List<User> users() {
        List<User> users = new ArrayList<>();
        users.add(new User(0, "morgan.reed@acme-gifting.com", "Morgan Reed", Role.ADMIN, null, Set.of()));
        users.add(new User(0, "jamie.fox@acme-gifting.com", "Jamie Fox", Role.ADMIN, null, Set.of()));
        String[][] managers = {{"Priya Raman", "Enterprise Sales", "Mid-Market Sales"}, {"Carlos Mendes", "Customer Success"},
            {"Hana Sato", "Field Marketing", "Partnerships"}, {"Dev Kapoor", "Recruiting"}};
        for (String[] m : managers) {
            users.add(new User(0, email(m[0]), m[0], Role.MANAGER, m[1],
                    Set.of(java.util.Arrays.copyOfRange(m, 1, m.length))));
        }
        SplittableRandom r = new SplittableRandom(7);
        for (String team : TEAMS) {
            for (int i = 0; i < 5; i++) {
                String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
                if (containsName(users, name)) {
                    i--;
                    continue;
                }
                users.add(new User(0, email(name), name, Role.SENDER, team, Set.of()));
            }
        }
        return users;
    }

    private static boolean containsName(List<User> users, String name) {
        for (User u : users) {
            if (u.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace("'", "").replace("ü", "u").replace("á", "a").replace(' ', '.')
                + "@acme-gifting.com";
    }

    /**
     * Adds {@code count} generated sends (and the demo users, if missing). Ids continue after
     * the sends already stored, so running it again adds more. Within one run the sends are
     * numbered and stored in the order they were created, as a tracker fills up in real use: the
     * oldest gets the lowest number, and the store keeps its rows in that order, which is the
     * order an export reads them in (docs/decisions/0025-demo-sends-in-creation-order.md).
     *
     * @param progress told how many sends are stored so far
     */
    public long generate(int count, long seed, LongConsumer progress) {
        store.saveUsers(users());
        List<User> senders = new ArrayList<>();
        for (User u : store.users()) {
            if (u.role() != Role.ADMIN && u.team() != null && u.email().endsWith("@acme-gifting.com")) {
                senders.add(u);
            }
        }
        long firstNumber = store.sendCount() + 1;
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long[] ages = agesOldestFirst(count, seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<Send> batch = new ArrayList<>(BATCH);
        long stored = 0;
        boolean requests = true;
        // the store's import pipeline: on H2 one sync at the end (docs/decisions/0035-h2-import-syncs-at-its-end.md)
        try (UpsertPipeline pipeline = store.pipelineUpserts().orElse(null)) {
            for (int i = 0; i < count; i++) {
                Instant created = now.minusSeconds(ages[i]);
                batch.add(send(random, "SND-" + String.format(Locale.ROOT, "%07d", firstNumber + i), senders, created,
                        now));
                if (batch.size() == BATCH || i == count - 1) {
                    List<Send> sends = requests ? DemoRequests.addTo(batch, now, DemoRequests.resolver(users())) : batch;
                    if (pipeline != null) {
                        pipeline.upsert(List.copyOf(sends));
                    } else {
                        store.upsert(sends);
                    }
                    requests = false;
                    stored += batch.size();
                    batch.clear();
                    progress.accept(stored);
                }
            }
            if (pipeline != null) {
                pipeline.finish();
            }
        }
        return stored;
    }

    /**
     * How long ago each send was created, oldest first: drawn first from a stream of their own
     * (eight bytes a send, so a million is 8 MB) and sorted, then the sends are made in that order.
     * A programme that grows: recent sends a little more common than old ones.
     */
    static long[] agesOldestFirst(int count, long seed) {
        SplittableRandom times = new SplittableRandom(seed).split();
        long[] ages = new long[count];
        for (int i = 0; i < count; i++) {
            ages[i] = (long) (Math.pow(times.nextDouble(), 1.2) * HISTORY_SPAN.getSeconds());
        }
        java.util.Arrays.sort(ages);
        // sorted ascending is newest first: reverse it
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            long t = ages[i];
            ages[i] = ages[j];
            ages[j] = t;
        }
        return ages;
    }

    private static Send send(SplittableRandom r, String id, List<User> senders, Instant created, Instant now) {
        User sender = senders.get(r.nextInt(senders.size()));
        SendType type = pickType(r);
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String company = COMPANY_A[r.nextInt(COMPANY_A.length)] + " " + COMPANY_B[r.nextInt(COMPANY_B.length)];
        String domain = company.toLowerCase(Locale.ROOT).replace(" ", "") + ".com";
        int campaignIndex = r.nextInt(CAMPAIGNS.length);
        Send.Builder b = Send.builder().id(id).createdAt(created).type(type)
                .senderName(sender.name()).senderEmail(sender.email()).team(sender.team())
                .recipientName(first + " " + last)
                .recipientEmail(email(first + " " + last).replace("@acme-gifting.com", "@" + domain))
                .recipientCompany(company)
                .recipientMessage(MESSAGES[r.nextInt(MESSAGES.length)])
                .campaign(CAMPAIGNS[campaignIndex]).campaignState(CAMPAIGN_STATES[campaignIndex])
                .testMode(r.nextInt(100) < 3)
                .sentVia(SENT_VIA[r.nextInt(SENT_VIA.length)])
                .fundingSource(r.nextInt(4) == 0 ? "Company balance" : sender.team() + " budget")
                .currency("USD")
                .quantity(1);
        if (type == SendType.EGIFT) {
            boolean international = r.nextInt(8) == 0;
            b.subtype(international ? "eGifts International" : "eGifts USA")
                    .gift(EGIFTS[r.nextInt(EGIFTS.length)])
                    .currency(international ? (r.nextBoolean() ? "EUR" : "GBP") : "USD")
                    .cost(money(r, 10, 100));
        } else {
            String[] gifts = type == SendType.INVENTORIED ? INVENTORY : type == SendType.DIRECT ? DIRECT
                    : type == SendType.AMAZON ? AMAZON : new String[] {"Thank-you card", "Recipient's choice"};
            if (type == SendType.OTHER) {
                b.typeName(OTHER_TYPES[r.nextInt(OTHER_TYPES.length)]);
            }
            b.gift(gifts[r.nextInt(gifts.length)])
                    .quantity(type == SendType.INVENTORIED && r.nextInt(10) == 0 ? 2 + r.nextInt(4) : 1)
                    .cost(money(r, type == SendType.OTHER ? 4 : 20, type == SendType.AMAZON ? 250 : 150))
                    .address(address(r));
        }
        lifecycle(r, b, type, created, now, sender.email());
        return b.build();
    }

    private static SendType pickType(SplittableRandom r) {
        int p = r.nextInt(100);
        if (p < 40) {
            return SendType.EGIFT;
        }
        if (p < 65) {
            return SendType.INVENTORIED;
        }
        if (p < 80) {
            return SendType.DIRECT;
        }
        if (p < 92) {
            return SendType.AMAZON;
        }
        return SendType.OTHER;
    }

    /** Walks the send through its life until "now", recording every step in its history. */
    private static void lifecycle(SplittableRandom r, Send.Builder b, SendType type, Instant created, Instant now,
            String sender) {
        Life life = new Life(b, created, now, sender);
        life.step(SendStatus.INITIATED, Duration.ZERO);
        if (type == SendType.EGIFT) {
            egift(r, b, life);
            return;
        }
        if (r.nextInt(100) < 2) {
            b.issue(SendIssue.INSUFFICIENT_FUNDS);
            return; // stays Initiated until someone funds it
        }
        boolean confirmation = type != SendType.OTHER && r.nextInt(100) < 55;
        b.addressConfirmation(confirmation);
        if (confirmation) {
            if (!life.step(SendStatus.CONFIRMING_ADDRESS, minutes(r, 1, 30))) {
                return;
            }
            int fate = r.nextInt(100);
            if (fate < 6) {
                life.step(SendStatus.CONFIRMATION_CANCELED, Duration.ofDays(14));
                return;
            }
            if (fate < 9) {
                if (life.step(SendStatus.CANCELED, hours(r, 2, 48), life.sender, "Recipient left the company")) {
                    life.step(SendStatus.REFUNDED, Duration.ofDays(1), null, "Cost credited back to the funding source");
                }
                return;
            }
            Duration wait = hours(r, 1, 96);
            if (!life.canReach(wait)) {
                return; // still waiting for the recipient
            }
            b.addressConfirmedAt(life.at.plus(wait).minusSeconds(60));
            life.step(SendStatus.ORDER_RECEIVED, wait);
        } else if (!life.step(SendStatus.ORDER_RECEIVED, minutes(r, 5, 240))) {
            return;
        }
        int trouble = r.nextInt(1000);
        if (trouble < 15) {
            life.step(SendStatus.FAILED, hours(r, 12, 96), null, "Vendor could not fulfil the order");
            return;
        }
        if (type == SendType.AMAZON) {
            if (!life.step(SendStatus.AMAZON_FULFILLING, hours(r, 2, 36))
                    || !life.step(SendStatus.AMAZON_SHIPPED, hours(r, 12, 72))) {
                return;
            }
        } else {
            // A few orders sit in processing far past the 7-day service level.
            Duration processing = trouble < 40 ? Duration.ofDays(8 + r.nextInt(10)) : hours(r, 4, 72);
            if (!life.step(SendStatus.FULFILLING, processing)) {
                return;
            }
            if (trouble >= 40 && trouble < 90) {
                // Paused: a few for longer than the 3-day service level, some flagged as a send issue.
                Duration paused = trouble < 70 ? Duration.ofDays(4 + r.nextInt(6)) : hours(r, 6, 60);
                if (!life.step(SendStatus.FULFILLMENT_ISSUE, hours(r, 6, 48), null, "Item out of stock at the warehouse")) {
                    return;
                }
                b.issue(trouble < 60 ? SendIssue.FULFILLMENT_ISSUE : null);
                if (!life.step(SendStatus.FULFILLING, paused)) {
                    return;
                }
                b.issue(null);
            }
        }
        String carrier = CARRIERS[r.nextInt(CARRIERS.length)];
        Duration toShip = hours(r, 6, 48);
        if (!life.canReach(toShip)) {
            return;
        }
        tracking(r, b, carrier);
        life.step(SendStatus.SHIPPED, toShip);
        if (r.nextInt(100) < 3) {
            life.step(SendStatus.UNDELIVERABLE, hours(r, 48, 144), null, "Carrier: address not found");
            return;
        }
        life.step(SendStatus.DELIVERED, hours(r, 24, 120));
    }

    private static void egift(SplittableRandom r, Send.Builder b, Life life) {
        int emailTrouble = r.nextInt(100);
        if (emailTrouble < 2) {
            b.issue(emailTrouble == 0 ? SendIssue.SUSPICIOUS_EMAIL : SendIssue.INVALID_EMAIL_FORMAT);
            life.step(SendStatus.REFUNDED, hours(r, 1, 24), null, "The offer email bounced");
            return;
        }
        if (!life.step(SendStatus.SENT, minutes(r, 1, 20))) {
            return;
        }
        Duration expiry = Duration.ofDays(30);
        int fate = r.nextInt(100);
        if (fate < 12) {
            life.step(SendStatus.REFUNDED, expiry, null, "Offer expired unopened; credited back");
            return;
        }
        if (!life.step(SendStatus.OPENED, hours(r, 1, 120))) {
            return;
        }
        if (fate < 20) {
            life.step(SendStatus.EXPIRED, expiry);
            return;
        }
        if (!life.step(SendStatus.CLICKED, minutes(r, 1, 600))) {
            return;
        }
        life.step(SendStatus.REDEEMED, minutes(r, 2, 2000));
    }

    private static void tracking(SplittableRandom r, Send.Builder b, String carrier) {
        String number;
        String url;
        switch (carrier) {
            case "UPS":
                number = "1Z" + digits(r, 16);
                url = "https://www.ups.com/track?tracknum=" + number;
                break;
            case "FedEx":
                number = digits(r, 12);
                url = "https://www.fedex.com/fedextrack/?trknbr=" + number;
                break;
            case "USPS":
                number = "9400" + digits(r, 18);
                url = "https://tools.usps.com/go/TrackConfirmAction?tLabels=" + number;
                break;
            default:
                number = digits(r, 10);
                url = "https://www.dhl.com/en/express/tracking.html?AWB=" + number;
                break;
        }
        b.carrier(carrier).trackingNumber(number).trackingUrl(url);
    }

    private static String digits(SplittableRandom r, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) ('0' + r.nextInt(10));
        }
        return new String(c);
    }

    private static PostalAddress address(SplittableRandom r) {
        String[] city = CITIES[r.nextInt(CITIES.length)].split("\\|", -1);
        String street = (1 + r.nextInt(9899)) + " " + STREETS[r.nextInt(STREETS.length)];
        String line2 = r.nextInt(4) == 0 ? "Suite " + (100 + r.nextInt(900)) : null;
        StringBuilder postal = new StringBuilder();
        for (char c : city[3].toCharArray()) {
            postal.append(c == '#' ? (char) ('0' + r.nextInt(10)) : c == '@' ? (char) ('A' + r.nextInt(26)) : c);
        }
        return new PostalAddress(street, line2, city[0], city[1].isEmpty() ? null : city[1], postal.toString(),
                city[2]);
    }

    private static BigDecimal money(SplittableRandom r, int min, int max) {
        return BigDecimal.valueOf(min * 100L + r.nextInt((max - min) * 100)).movePointLeft(2)
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Duration minutes(SplittableRandom r, int min, int max) {
        return Duration.ofMinutes(min + r.nextInt(max - min + 1));
    }

    private static Duration hours(SplittableRandom r, int min, int max) {
        return Duration.ofMinutes(min * 60L + r.nextInt((max - min) * 60 + 1));
    }

    /** The send's clock while its life is simulated: a step happens only if "now" has reached it. */
    private static final class Life {
        final Send.Builder b;
        final Instant now;
        final String sender;
        Instant at;

        Life(Send.Builder b, Instant created, Instant now, String sender) {
            this.b = b;
            this.at = created;
            this.now = now;
            this.sender = sender;
        }

        boolean canReach(Duration after) {
            return !at.plus(after).isAfter(now);
        }

        boolean step(SendStatus status, Duration after) {
            return step(status, after, null, null);
        }

        boolean step(SendStatus status, Duration after, String actor, String note) {
            if (!canReach(after)) {
                return false;
            }
            at = at.plus(after);
            b.status(status).statusChangedAt(at).addHistory(new StatusUpdate(status, at, actor, note));
            return true;
        }
    }
}
