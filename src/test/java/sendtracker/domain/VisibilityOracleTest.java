package sendtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who sees which send, with every expectation written out by hand from the roles of the design
 * notes (Admin: every send; Manager: the sends of the teams they manage and no others, not even
 * their own sends in another team; Sender: only their own, matched by email, never by name).
 */
class VisibilityOracleTest {
    static final User ADMIN = new User(1, "ada@example.com", "Ada", Role.ADMIN, null, Set.of());
    /** Manages two teams, sends for a third. */
    static final User MANAGER = new User(2, "max@example.com", "Max", Role.MANAGER, "Gamma", Set.of("Alpha", "Beta"));
    static final User MANAGER_OF_NONE = new User(3, "nora@example.com", "Nora", Role.MANAGER, "Alpha", Set.of());
    static final User SENDER = new User(4, "sam@example.com", "Sam Smith", Role.SENDER, "Alpha", Set.of());

    static Stream<Arguments> cases() {
        return Stream.of(
                // viewer, sender name, sender email, team, visible?, why
                Arguments.of(ADMIN, "Zed", "zed@example.com", "Delta", true, "an admin sees another team's send"),
                Arguments.of(ADMIN, null, null, null, true, "an admin sees a send with no sender and no team"),
                Arguments.of(ADMIN, "Ada", "ada@example.com", "Alpha", true, "an admin sees their own send"),

                Arguments.of(MANAGER, "Zed", "zed@example.com", "Alpha", true, "first managed team"),
                Arguments.of(MANAGER, "Zed", "zed@example.com", "Beta", true, "second managed team"),
                Arguments.of(MANAGER, "Zed", "zed@example.com", "beta", true, "team names match case-insensitively"),
                Arguments.of(MANAGER, "Zed", "zed@example.com", "Gamma", false,
                        "the team the manager sends for, but does not manage"),
                Arguments.of(MANAGER, "Zed", "zed@example.com", "Delta", false, "a team nobody lets them see"),
                Arguments.of(MANAGER, "Max", "max@example.com", "Delta", false,
                        "their own send in a team they do not manage"),
                Arguments.of(MANAGER, "Max", "max@example.com", "Gamma", false,
                        "their own send in the team they send for but do not manage"),
                Arguments.of(MANAGER, "Max", "MAX@Example.COM", "Delta", false, "own send, email in other case"),
                Arguments.of(MANAGER, "Max", "max@example.com", null, false, "their own send without a team"),
                Arguments.of(MANAGER, "Max", "max@example.com", "Alpha", true, "their own send in a managed team"),
                Arguments.of(MANAGER, "Max", "max@other.example.com", "Delta", false,
                        "same name, different email: not theirs"),
                Arguments.of(MANAGER, "Zed", "zed@example.com", null, false, "a send without a team"),
                Arguments.of(MANAGER, "Zed", "zed@example.com", "Alpha Beta", false, "no partial team match"),
                Arguments.of(MANAGER_OF_NONE, "Zed", "zed@example.com", "Alpha", false,
                        "a manager of no team sees nothing, not even in the team they send for"),
                Arguments.of(MANAGER_OF_NONE, "Nora", "nora@example.com", "Alpha", false,
                        "a manager of no team does not see their own send either"),

                Arguments.of(SENDER, "Sam Smith", "sam@example.com", "Alpha", true, "own send"),
                Arguments.of(SENDER, "Sam Smith", " Sam@Example.com ", "Alpha", true,
                        "own send, email with other case and blanks"),
                Arguments.of(SENDER, "Sam Smith", "sam@example.com", "Delta", true, "own send filed under another team"),
                Arguments.of(SENDER, "Sam Smith", "sam.smith@example.com", "Alpha", false,
                        "same name, different email"),
                Arguments.of(SENDER, "Tess", "tess@example.com", "Alpha", false, "a teammate's send"),
                Arguments.of(SENDER, "Sam Smith", null, "Alpha", false, "a send without a sender email"),
                Arguments.of(SENDER, "Zed", "zed@example.com", "Delta", false, "another team's send"),
                Arguments.of(SENDER, "Sam Smith", "sam@example.co", "Alpha", false, "no prefix match of the email"));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @MethodSource("cases")
    void eachViewerSeesExactlyWhatTheirRoleAllows(User viewer, String senderName, String senderEmail, String team,
            boolean visible, String why) {
        Send send = Send.builder().id("SND-V").createdAt(java.time.Instant.parse("2026-11-01T00:00:00Z"))
                .type(SendType.INVENTORIED).status(SendStatus.SHIPPED).senderName(senderName).senderEmail(senderEmail)
                .team(team).build();
        assertEquals(visible, Visibility.canSee(viewer, send), why);
        assertEquals(visible, Visibility.canSee(viewer, senderEmail, team), why);
        // Cancel is tried only by those who may see the send: anyone else is told it is not theirs.
        assertEquals(!visible, new CancelPolicy().rule(send, viewer) == CancelRule.NOT_PERMITTED, why);
        assertEquals(visible, CancelPolicy.mayAct(viewer, send), why);
    }

    @Test
    void aManagerOfTeamASeesTeamASendsButNotTheirOwnSendInTeamB() {
        User pat = new User(5, "pat@example.com", "Pat", Role.MANAGER, "Team B", Set.of("Team A"));
        Send teammates = send("A-1", "sam@example.com", "Team A");
        Send ownInA = send("A-2", "pat@example.com", "Team A");
        Send ownInB = send("B-2", "pat@example.com", "Team B");
        assertTrue(Visibility.canSee(pat, teammates));
        assertTrue(Visibility.canSee(pat, ownInA));
        assertFalse(Visibility.canSee(pat, ownInB), "the contract: a manager sees the sends of the teams they manage");
        assertFalse(CancelPolicy.mayAct(pat, ownInB));
        assertEquals(CancelRule.NOT_PERMITTED, new CancelPolicy().rule(ownInB, pat));
        // the same send is theirs to see once they manage its team, and a sender's own is always theirs
        User patManagingBoth = new User(5, "pat@example.com", "Pat", Role.MANAGER, "Team B", Set.of("Team A", "Team B"));
        assertTrue(Visibility.canSee(patManagingBoth, ownInB));
        User samAsSender = new User(6, "sam@example.com", "Sam", Role.SENDER, "Team A", Set.of());
        assertTrue(Visibility.canSee(samAsSender, send("B-9", "sam@example.com", "Team B")));
    }

    private static Send send(String id, String senderEmail, String team) {
        return Send.builder().id(id).createdAt(java.time.Instant.parse("2026-11-01T00:00:00Z"))
                .type(SendType.INVENTORIED).status(SendStatus.CONFIRMING_ADDRESS).senderEmail(senderEmail).team(team)
                .build();
    }
}
