package sendtracker.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.CancelPolicy;
import sendtracker.domain.CancelRequest;
import sendtracker.domain.CancelRequestRules;
import sendtracker.domain.CancelRequestState;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.User;

/**
 * A few cancellation requests in the demo data set, so a new user sees the queue at work: one
 * asked an hour ago, one waiting far too long (flagged), one with Support under a case number,
 * one Support declined. They go on sends only Support can cancel.
 */
final class DemoRequests {
    private static final User ADMIN = new User(0, "demo@send-tracker", "demo", Role.ADMIN, null, null);

    private DemoRequests() {
    }

    /** The batch with requests on its first suitable sends (status unchanged for a week or more). */
    static List<Send> addTo(List<Send> batch, Instant now, String resolver) {
        CancelPolicy policy = new CancelPolicy();
        List<Send> out = new ArrayList<>(batch);
        int made = 0;
        for (int i = 0; i < out.size() && made < 4; i++) {
            Send s = out.get(i);
            boolean supportOnly = policy.decide(s, ADMIN, now).outcome() == CancelOutcome.CONTACT_SUPPORT;
            if (!supportOnly || s.statusChangedAt().isAfter(now.minus(Duration.ofDays(8)))) {
                continue;
            }
            out.set(i, withRequest(s, made++, now, resolver));
        }
        return out;
    }

    private static Send withRequest(Send s, int which, Instant now, String resolver) {
        String by = s.senderEmail();
        Send.Builder b = s.toBuilder();
        CancelRequest r;
        switch (which) {
            case 0:
                r = request(s, CancelRequestState.OPEN, by, now.minus(Duration.ofHours(1)),
                        "The recipient has left the company.", null, null, null, null, null, null);
                break;
            case 1:
                r = request(s, CancelRequestState.OPEN, by, now.minus(Duration.ofDays(6)),
                        "Sent to the wrong contact.", null, null, null, null, null, null);
                break;
            case 2:
                r = request(s, CancelRequestState.SENT, by, now.minus(Duration.ofDays(1)), "Event was canceled.",
                        "CS-20431", null, resolver, now.minus(Duration.ofHours(20)), null, null);
                break;
            default:
                r = request(s, CancelRequestState.DECLINED, by, now.minus(Duration.ofDays(7)), "Duplicate order.",
                        "CS-20377", "The vendor had already packed it, so it will be delivered.", resolver,
                        now.minus(Duration.ofDays(6)), resolver, now.minus(Duration.ofDays(4)));
                break;
        }
        // no history entries: a demo send's history ends where its status last changed (DemoDataTest)
        return b.cancelRequests(List.of(r)).build();
    }

    /** Demo ids follow the send's own number (SND-0000042 → REQ-000042), so a second run adds more. */
    private static CancelRequest request(Send s, CancelRequestState state, String by, Instant at, String reason,
            String caseNo, String note, String sentBy, Instant sentAt, String resolvedBy, Instant resolvedAt) {
        String digits = s.id().replaceAll("\\D", "");
        String id = CancelRequestRules.idOf(digits.isEmpty() ? 1 : Long.parseLong(digits));
        return new CancelRequest(id, s.id(), state, by, at, reason, null, caseNo, note, sentBy, sentAt, resolvedBy,
                resolvedAt);
    }

    /** Who marks the demo requests sent and resolved: the first demo manager or admin. */
    static String resolver(List<User> users) {
        for (User u : users) {
            if (u.role() != Role.SENDER) {
                return u.email();
            }
        }
        return ADMIN.email();
    }
}
