package sendtracker.ui;

import sendtracker.domain.SpendGroup;

/**
 * What the chart beside the table shows: sends (a count) or their spend, per status, team or
 * campaign. Spend is in one currency, the filtered sends' main one (docs/design.md, "Spend").
 */
public enum ChartView {
    STATUS_COUNT(SpendGroup.STATUS, false), STATUS_SPEND(SpendGroup.STATUS, true),
    TEAM_COUNT(SpendGroup.TEAM, false), TEAM_SPEND(SpendGroup.TEAM, true),
    CAMPAIGN_COUNT(SpendGroup.CAMPAIGN, false), CAMPAIGN_SPEND(SpendGroup.CAMPAIGN, true);

    private final SpendGroup group;
    private final boolean spend;

    ChartView(SpendGroup group, boolean spend) {
        this.group = group;
        this.spend = spend;
    }

    public SpendGroup group() {
        return group;
    }

    /** True for spend, false for a count of sends. */
    public boolean spend() {
        return spend;
    }
}
