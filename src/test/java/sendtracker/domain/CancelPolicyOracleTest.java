package sendtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cancel policy against {@code policy/cancel-policy-oracle.csv}: a table written by hand from
 * the design's policy table, one line per type, status, confirmation, actor and whose send.
 * Each line checks the outcome, the rule, and that the message is that rule's text (and says
 * what the line expects it to say), so a case that answers with the wrong rule fails even when
 * the outcome happens to be the same.
 */
class CancelPolicyOracleTest {
    private static final String ORACLE = "/policy/cancel-policy-oracle.csv";
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final String TRACKING = "1Z-TRACK-42";
    private static final String OTHER_TYPE_NAME = "Handwritten Notes";

    /** One line of the oracle. */
    record Case(int line, SendType type, SendStatus status, boolean confirmation, boolean confirmed, Role role,
            String whose, CancelOutcome outcome, CancelRule rule, String says) {
        @Override
        public String toString() {
            return "line " + line + ": " + type + " " + status + " confirmation=" + confirmation + " confirmed="
                    + confirmed + " " + role + " on " + whose + " send -> " + outcome + " " + rule;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(CancelPolicyOracleTest.class.getResourceAsStream(ORACLE), ORACLE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = null;
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    assertEquals("type,status,confirmation,confirmed,role,whose,outcome,rule,says", header);
                    continue;
                }
                String[] f = line.split(",", -1);
                assertEquals(9, f.length, "line " + lineNo + ": " + line);
                cases.add(new Case(lineNo, SendType.valueOf(f[0]), SendStatus.valueOf(f[1]), onOff(f[2]), yesNo(f[3]),
                        Role.valueOf(f[4]), f[5], CancelOutcome.valueOf(f[6]), CancelRule.valueOf(f[7]), f[8]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thePolicyAnswersAsTheOracleSays(Case c) {
        User actor = actor(c.role());
        Send send = send(c, actor);

        CancelDecision d = new CancelPolicy().decide(send, actor, NOW);

        assertEquals(c.rule(), d.rule(), c.toString());
        assertEquals(c.outcome(), d.outcome(), c.toString());
        assertEquals(expectedMessage(c.rule(), send), d.message(), c.toString());
        assertTrue(d.message().contains(c.says()), c + ": message \"" + d.message() + "\" should say \"" + c.says()
                + "\"");
        assertEquals(c.outcome() == CancelOutcome.CANCELED, d.allowsSelfCancel(), c.toString());
    }

    /** The oracle covers each combination the domain allows exactly once, for every actor. */
    @Test
    void theOracleCoversEveryAllowedCombinationOnce() {
        Set<String> seen = new HashSet<>();
        for (Case c : cases()) {
            String key = c.type() + " " + c.status() + " " + c.confirmation() + " " + c.confirmed() + " " + c.role()
                    + " " + c.whose();
            assertTrue(seen.add(key), "twice: " + key);
            assertTrue(c.status().appliesTo(c.type()), "a status the type cannot have: " + c);
            assertTrue(c.confirmation() || !c.confirmed(), "confirmed without confirmation: " + c);
            assertTrue(Set.of("own", "team", "other").contains(c.whose()), c.toString());
        }
        // 7 eGift statuses x 1 confirmation state + 4 physical types x 14 statuses x 3 confirmation states,
        // each for 3 roles x 3 kinds of send.
        assertEquals((7 + 4 * 14 * 3) * 9, seen.size());
        for (SendType type : SendType.values()) {
            for (SendStatus status : SendStatus.values()) {
                if (status.appliesTo(type)) {
                    assertTrue(seen.contains(type + " " + status + " false false SENDER own"), type + " " + status);
                }
            }
        }
    }

    private static Send send(Case c, User actor) {
        String senderEmail;
        String team;
        switch (c.whose()) {
            case "own":
                senderEmail = actor.email();
                team = actor.team();
                break;
            case "team":
                senderEmail = "colleague@example.com";
                team = "Alpha";
                break;
            default:
                senderEmail = "stranger@example.com";
                team = "Beta";
                break;
        }
        return Send.builder().id("SND-ORACLE-" + c.line()).createdAt(NOW.minusSeconds(86_400 * 2)).type(c.type())
                .typeName(c.type() == SendType.OTHER ? OTHER_TYPE_NAME : null).status(c.status())
                .statusChangedAt(NOW.minusSeconds(86_400)).senderName("Someone").senderEmail(senderEmail).team(team)
                .addressConfirmation(c.confirmation())
                .addressConfirmedAt(c.confirmed() ? NOW.minusSeconds(3_600) : null).trackingNumber(TRACKING).build();
    }

    /** Admin in Alpha; the manager manages Alpha (and sends for it); the sender sends for Alpha. */
    private static User actor(Role role) {
        switch (role) {
            case ADMIN:
                return new User(1, "admin@example.com", "Ada Admin", Role.ADMIN, "Alpha", Set.of());
            case MANAGER:
                return new User(2, "manager@example.com", "Max Manager", Role.MANAGER, "Alpha", Set.of("Alpha"));
            default:
                return new User(3, "sender@example.com", "Sam Sender", Role.SENDER, "Alpha", Set.of());
        }
    }

    /** The rule's text straight from the bundle file, with the send's id, type, status and tracking filled in. */
    private static String expectedMessage(CancelRule rule, Send send) {
        String pattern = bundle().getProperty("cancel.rule." + rule.name());
        assertTrue(pattern != null && !pattern.isBlank(), "no text for " + rule);
        String typeShown = send.type() == SendType.OTHER ? OTHER_TYPE_NAME : send.type().displayName();
        return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {send.id(), typeShown,
            send.status().displayName(), TRACKING});
    }

    private static Properties bundleFile;

    private static synchronized Properties bundle() {
        if (bundleFile == null) {
            Properties p = new Properties();
            try (InputStream in = Objects.requireNonNull(
                    CancelPolicyOracleTest.class.getResourceAsStream("/i18n/messages.properties"));
                    Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundleFile = p;
        }
        return bundleFile;
    }

    private static boolean onOff(String v) {
        if (!v.equals("on") && !v.equals("off")) {
            throw new IllegalArgumentException("confirmation must be on or off: " + v);
        }
        return v.equals("on");
    }

    private static boolean yesNo(String v) {
        if (!v.equals("yes") && !v.equals("no")) {
            throw new IllegalArgumentException("confirmed must be yes or no: " + v);
        }
        return v.equals("yes");
    }
}
