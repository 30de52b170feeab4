package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StoreUrlsTest {
    @Test
    void aPasswordInAUrlIsMaskedWhereverItIsWritten() {
        assertEquals("jdbc:postgresql://db:5432/team?user=sam&password=***",
                StoreUrls.mask("jdbc:postgresql://db:5432/team?user=sam&password=s3cr%26t"));
        assertEquals("jdbc:postgresql://db/team?password=***&user=sam",
                StoreUrls.mask("jdbc:postgresql://db/team?password=x&user=sam"));
        assertEquals("jdbc:h2:file:/x;USER=sa;PASSWORD=***", StoreUrls.mask("jdbc:h2:file:/x;USER=sa;PASSWORD=pw"));
        assertEquals("see postgresql://sam:***@db/team", StoreUrls.mask("see postgresql://sam:pw@db/team"));
        assertEquals("jdbc:postgresql://db/team?user=sam", StoreUrls.mask("jdbc:postgresql://db/team?user=sam"));
        assertNull(StoreUrls.mask(null));
    }

    @Test
    void serverProblemsAreNamedBeforeAnythingChanges() {
        assertEquals(null, TeamDatabase.serverProblem(150004, "15.4", "UTF8", "C"));
        assertEquals(null, TeamDatabase.serverProblem(170006, "17.6", "UTF8", "POSIX"));
        assertEquals(true, TeamDatabase.serverProblem(140009, "14.9", "UTF8", "C").contains("15 or newer"));
        assertEquals(true, TeamDatabase.serverProblem(160000, "16.0", "LATIN1", "C").contains("UTF8"));
        assertEquals(true, TeamDatabase.serverProblem(160000, "16.0", "UTF8", "en_US.UTF-8").contains("C order"));
    }

    @Test
    void aLoginDefaultsToTheEmailBeforeTheAt() {
        assertEquals("morgan.reed", TeamAccounts.defaultLogin("Morgan.Reed@example.com"));
        assertEquals("42x", TeamAccounts.defaultLogin("42x@example.com"));
        assertEquals("ana+gifts", TeamAccounts.defaultLogin("Ana+Gifts@example.com"));
        TeamAccounts.checkLogin("morgan.reed");
        TeamAccounts.checkLogin("42x");
        TeamAccounts.checkLogin("ana+gifts");
    }

    @Test
    void aLoginPostgresWouldNotTakeIsRefusedWithWhy() {
        for (String bad : new String[] {"Bad-Name", ".dot", "pg_monitor", "postgres", "public", "o'neil", "a b", "",
                "x".repeat(64)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TeamAccounts.checkLogin(bad),
                    bad);
            assertEquals(true, e.getMessage().contains("cannot be a login"), e.getMessage());
        }
        TeamAccounts.checkLogin("x".repeat(63));
    }
}
