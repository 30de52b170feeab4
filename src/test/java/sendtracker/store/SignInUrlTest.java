package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the window asks for a sign-in, and the URL it then opens (its password masked wherever shown). */
class SignInUrlTest {
    @Test
    void aTeamStoreWithoutPasswordAsksUnlessTheEnvironmentHasOne() {
        assertTrue(StoreUrls.needsSignIn("jdbc:postgresql://db:5432/team?user=sam", null));
        assertTrue(StoreUrls.needsSignIn("jdbc:postgresql://db:5432/team", ""));
        assertFalse(StoreUrls.needsSignIn("jdbc:postgresql://db:5432/team?user=sam", "secret"));
        assertFalse(StoreUrls.needsSignIn("jdbc:postgresql://db:5432/team?user=sam&password=x", null));
        assertFalse(StoreUrls.needsSignIn("jdbc:h2:mem:x", null));
        assertEquals("sam", StoreUrls.login("jdbc:postgresql://db:5432/team?user=sam"));
    }

    @Test
    void theSignedInUrlReplacesLoginAndPasswordAndKeepsTheRest() {
        String url = StoreUrls.signedIn("jdbc:postgresql://db:5432/team?user=old&ssl=true&password=x", "sam", "a&b=c");
        assertEquals("jdbc:postgresql://db:5432/team?ssl=true&user=sam&password=a%26b%3Dc", url);
        assertEquals("jdbc:postgresql://db:5432/team?ssl=true&user=sam&password=***", StoreUrls.mask(url));
        assertEquals("a&b=c", org.postgresql.Driver.parseURL(url, null).getProperty("password"));
    }
}
