package sendtracker.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.User;
import sendtracker.store.SendQuery;

/** Runs random queries against an expected answer (SQL or brute force) and the index. */
public final class Equivalence {
    private Equivalence() {
    }

    /** Returns how many queries the index answered itself (the rest it rightly declined). */
    public static int assertSameAnswers(SendQuery expected, SendIndex index, Random rnd, int queries,
            List<Send> sample, List<User> viewers) {
        return assertSameAnswers(expected, index, rnd, queries, sample, viewers, new int[1]);
    }

    /**
     * As above; {@code tiedPairs[0]} counts the neighbours on the expected pages that were tied on
     * the sort's field, each checked to follow the tie-break as docs/design.md states it (newest
     * created first, then the greater send id), so a test can say its queries met ties.
     */
    public static int assertSameAnswers(SendQuery expected, SendIndex index, Random rnd, int queries,
            List<Send> sample, List<User> viewers, int[] tiedPairs) {
        int answered = 0;
        for (int q = 0; q < queries; q++) {
            User viewer = viewers.get(rnd.nextInt(viewers.size()));
            SendFilter filter = RandomSends.filter(rnd, sample);
            SendSort sort = RandomSends.sort(rnd);
            int limit = 1 + rnd.nextInt(rnd.nextBoolean() ? 10 : 100);
            int offset = rnd.nextInt(4) == 0 ? rnd.nextInt(300) : 0;
            if (!index.canAnswer(filter, sort)) {
                continue;
            }
            answered++;
            String what = "query " + q + ": viewer " + viewer.email() + " " + viewer.role() + ", " + filter + ", "
                    + sort + ", offset " + offset + ", limit " + limit;
            SendPage want = expected.page(viewer, filter, sort, offset, limit, RandomSends.NOW);
            SendIndex.IdPage got = index.pageIds(viewer, filter, sort, offset, limit, RandomSends.NOW);
            assertEquals(want.total(), got.total(), "total, " + what);
            List<Send> rows = want.rows();
            for (int i = 1; i < rows.size(); i++) {
                Send a = rows.get(i - 1);
                Send b = rows.get(i);
                if (ReferenceStore.sameKey(sort.field(), a, b)) {
                    tiedPairs[0]++;
                    assertTrue(a.createdAt().isAfter(b.createdAt())
                            || a.createdAt().equals(b.createdAt()) && a.id().compareTo(b.id()) > 0,
                            "tie-break, " + a.id() + " before " + b.id() + ", " + what);
                }
            }
            assertEquals(want.rows().stream().map(Send::id).collect(Collectors.toList()), got.ids(),
                    "page ids, " + what);
            // the expected page's total is the store's count: the index's own count must agree with it
            assertEquals(want.total(), index.count(viewer, filter, RandomSends.NOW), "count, " + what);
            assertEquals(expected.countByStatus(viewer, filter, RandomSends.NOW),
                    index.countByStatus(viewer, filter, RandomSends.NOW), "countByStatus, " + what);
            if (index.canAnswerSpend(filter)) {
                SpendGroup by = SpendGroup.values()[q % SpendGroup.values().length];
                assertEquals(expected.spend(viewer, filter, by, RandomSends.NOW),
                        index.spend(viewer, filter, by, RandomSends.NOW), "spend by " + by + ", " + what);
            }
        }
        return answered;
    }
}
