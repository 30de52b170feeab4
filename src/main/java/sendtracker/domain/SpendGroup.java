package sendtracker.domain;

/** What a spend total is broken down by: nothing (one line per currency), status, team or campaign. */
public enum SpendGroup {
    NONE, STATUS, TEAM, CAMPAIGN
}
