package sendtracker.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the user asked to see. Empty sets and nulls mean "no restriction".
 * <ul>
 * <li>{@code search}: case-insensitive substring of recipient name, email or company, sender
 *     name or email, campaign, send id or tracking number (trimmed; blank means none).</li>
 * <li>{@code senderEmail}, {@code team}: exact, case-insensitive.</li>
 * <li>{@code from}, {@code to}: days in UTC, both inclusive, on the created date.</li>
 * <li>{@code attentionOnly}: only sends with an {@link AttentionReason} at the query's "now".</li>
 * <li>{@code pendingRequestOnly}: only sends with a cancellation request waiting for Support
 *     (OPEN or SENT; docs/design.md, "Cancellation requests"). The in-memory index does not
 *     hold requests, so the store's SQL answers such a filter.</li>
 * </ul>
 */
public record SendFilter(
        Set<SendStatus> statuses,
        Set<SendType> types,
        String search,
        String senderEmail,
        String team,
        LocalDate from,
        LocalDate to,
        TestModeFilter testMode,
        boolean attentionOnly,
        Set<CampaignState> campaignStates,
        boolean pendingRequestOnly) {

    public static final SendFilter ALL = new SendFilter(Set.of(), Set.of(), null, null, null, null, null,
            TestModeFilter.INCLUDE, false, Set.of());

    /** A filter without the pending-request restriction. */
    public SendFilter(Set<SendStatus> statuses, Set<SendType> types, String search, String senderEmail, String team,
            LocalDate from, LocalDate to, TestModeFilter testMode, boolean attentionOnly,
            Set<CampaignState> campaignStates) {
        this(statuses, types, search, senderEmail, team, from, to, testMode, attentionOnly, campaignStates, false);
    }

    public SendFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        campaignStates = campaignStates == null || campaignStates.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(campaignStates));
        search = blankToNull(search);
        senderEmail = blankToNull(senderEmail);
        team = blankToNull(team);
        testMode = testMode == null ? TestModeFilter.INCLUDE : testMode;
    }

    /** The search term as matched: trimmed and lower-cased, or null. */
    public String searchKey() {
        return search == null ? null : search.toLowerCase(Locale.ROOT);
    }

    public SendFilter withStatuses(Set<SendStatus> v) {
        return new SendFilter(v, types, search, senderEmail, team, from, to, testMode, attentionOnly,
                campaignStates, pendingRequestOnly);
    }

    public SendFilter withTypes(Set<SendType> v) {
        return new SendFilter(statuses, v, search, senderEmail, team, from, to, testMode, attentionOnly,
                campaignStates, pendingRequestOnly);
    }

    public SendFilter withSearch(String v) {
        return new SendFilter(statuses, types, v, senderEmail, team, from, to, testMode, attentionOnly,
                campaignStates, pendingRequestOnly);
    }

    public SendFilter withSenderEmail(String v) {
        return new SendFilter(statuses, types, search, v, team, from, to, testMode, attentionOnly,
                campaignStates, pendingRequestOnly);
    }

    public SendFilter withTeam(String v) {
        return new SendFilter(statuses, types, search, senderEmail, v, from, to, testMode, attentionOnly,
                campaignStates, pendingRequestOnly);
    }

    public SendFilter withDates(LocalDate f, LocalDate t) {
        return new SendFilter(statuses, types, search, senderEmail, team, f, t, testMode, attentionOnly,
                campaignStates, pendingRequestOnly);
    }

    public SendFilter withTestMode(TestModeFilter v) {
        return new SendFilter(statuses, types, search, senderEmail, team, from, to, v, attentionOnly,
                campaignStates, pendingRequestOnly);
    }

    public SendFilter withAttentionOnly(boolean v) {
        return new SendFilter(statuses, types, search, senderEmail, team, from, to, testMode, v,
                campaignStates, pendingRequestOnly);
    }

    public SendFilter withCampaignStates(Set<CampaignState> v) {
        return new SendFilter(statuses, types, search, senderEmail, team, from, to, testMode, attentionOnly,
                v, pendingRequestOnly);
    }

    public SendFilter withPendingRequestOnly(boolean v) {
        return new SendFilter(statuses, types, search, senderEmail, team, from, to, testMode, attentionOnly,
                campaignStates, v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
