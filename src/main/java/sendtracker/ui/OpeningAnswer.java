package sendtracker.ui;

import java.util.List;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.service.SendSource;

/**
 * What the tracker asks of a source it opens, in one job: who may look, who looks first, and
 * that person's unfiltered first page — so the first rows need no second trip through the
 * workers and the FX thread (docs/decisions/0014-launch-time.md).
 *
 * @param users     the source's users
 * @param chosen    the preferred user when known, else the source's default one (may be null)
 * @param firstPage {@code chosen}'s first page of every send in {@code sort}; null when it could not be
 *                  read (the tracker's own query asks again and reports why)
 * @param sort      the order the page was read in
 */
record OpeningAnswer(List<User> users, User chosen, SendPage firstPage, SendSort sort) {

    static OpeningAnswer ask(SendSource sends, String preferredEmail, SendSort sort) {
        List<User> users = sends.users();
        User chosen = sends.defaultUser();
        for (User u : users) {
            if (preferredEmail != null && u.isEmail(preferredEmail)) {
                chosen = u;
            }
        }
        SendPage first = null;
        if (chosen != null) {
            try {
                first = sends.page(chosen, SendFilter.ALL, sort, 0, PagedSendList.PAGE_SIZE);
            } catch (RuntimeException e) {
                first = null; // the tracker's refresh asks again and shows its failure
            }
        }
        return new OpeningAnswer(users, chosen, first, sort);
    }

    /** The first page when it answers exactly this question, else null. */
    SendPage firstPageFor(User viewer, SendFilter filter, SendSort asked) {
        return firstPage != null && viewer != null && viewer.equals(chosen) && SendFilter.ALL.equals(filter)
                && sort.equals(asked) ? firstPage : null;
    }
}
