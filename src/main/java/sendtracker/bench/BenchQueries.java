package sendtracker.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.User;

/**
 * A fixed, seeded mix of the changes a user makes in the window, each one a new query: typing
 * a search a key at a time (and deleting it), picking statuses and types, sorting by a column,
 * a date range, needs-attention, one sender or team, switching user, clearing the filters.
 */
public final class BenchQueries {

    /** One state of the window: who looks, what filter, what order. */
    public record Step(String action, User viewer, SendFilter filter, SendSort sort) {
    }

    private BenchQueries() {
    }

    /**
     * @param samples real sends to take search words, senders and teams from
     * @param viewers the users to switch between (the first is the usual one)
     */
    public static List<Step> mix(long seed, int count, List<Send> samples, List<User> viewers, Instant now) {
        Random rnd = new Random(seed);
        List<Step> steps = new ArrayList<>(count);
        User viewer = viewers.get(0);
        SendFilter filter = SendFilter.ALL;
        SendSort sort = SendSort.NEWEST_FIRST;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        while (steps.size() < count) {
            int action = rnd.nextInt(100);
            if (action < 35) {
                // type a search word a key at a time, sometimes delete it again
                String word = searchWord(rnd, samples.get(rnd.nextInt(samples.size())));
                for (int k = 1; k <= word.length() && steps.size() < count; k++) {
                    filter = filter.withSearch(word.substring(0, k));
                    steps.add(new Step("type", viewer, filter, sort));
                }
                if (rnd.nextInt(3) == 0) {
                    for (int k = word.length() - 1; k >= 0 && steps.size() < count; k--) {
                        filter = filter.withSearch(word.substring(0, k));
                        steps.add(new Step("delete", viewer, filter, sort));
                    }
                }
                continue;
            }
            String name;
            if (action < 50) {
                filter = filter.withStatuses(rnd.nextInt(4) == 0 ? Set.of() : someOf(rnd, SendStatus.class, 3));
                name = "status";
            } else if (action < 58) {
                filter = filter.withTypes(rnd.nextInt(3) == 0 ? Set.of() : someOf(rnd, SendType.class, 2));
                name = "type";
            } else if (action < 73) {
                SendSort.Field[] fields = SendSort.Field.values();
                sort = new SendSort(fields[rnd.nextInt(fields.length)], rnd.nextBoolean());
                name = "sort";
            } else if (action < 79) {
                LocalDate from = today.minusDays(rnd.nextInt(360));
                filter = rnd.nextInt(3) == 0 ? filter.withDates(null, null)
                        : filter.withDates(from, from.plusDays(1 + rnd.nextInt(60)));
                name = "dates";
            } else if (action < 84) {
                filter = filter.withAttentionOnly(!filter.attentionOnly());
                name = "attention";
            } else if (action < 88) {
                Send s = samples.get(rnd.nextInt(samples.size()));
                filter = rnd.nextBoolean() ? filter.withTeam(filter.team() == null ? s.team() : null)
                        : filter.withSenderEmail(filter.senderEmail() == null ? s.senderEmail() : null);
                name = "people";
            } else if (action < 91) {
                filter = filter.withTestMode(TestModeFilter.values()[rnd.nextInt(3)]);
                name = "testMode";
            } else if (action < 95) {
                viewer = viewers.get(rnd.nextInt(viewers.size()));
                name = "user";
            } else {
                filter = SendFilter.ALL;
                name = "clear";
            }
            steps.add(new Step(name, viewer, filter, sort));
        }
        return steps;
    }

    private static String searchWord(Random rnd, Send s) {
        String[] fields = {s.recipientName(), s.recipientEmail(), s.recipientCompany(), s.senderName(), s.campaign(),
            s.id(), s.trackingNumber()};
        String v = fields[rnd.nextInt(fields.length)];
        if (v == null || v.isBlank()) {
            v = s.id();
        }
        int len = Math.min(v.length(), 3 + rnd.nextInt(6));
        int from = rnd.nextInt(v.length() - len + 1);
        return v.substring(from, from + len).trim().isEmpty() ? s.id() : v.substring(from, from + len);
    }

    private static <E extends Enum<E>> Set<E> someOf(Random rnd, Class<E> type, int max) {
        E[] all = type.getEnumConstants();
        EnumSet<E> set = EnumSet.noneOf(type);
        int n = 1 + rnd.nextInt(max);
        while (set.size() < n) {
            set.add(all[rnd.nextInt(all.length)]);
        }
        return set;
    }
}
