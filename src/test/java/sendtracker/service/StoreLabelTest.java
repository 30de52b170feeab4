package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class StoreLabelTest {

    @Test
    void anH2FileStoreIsItsPath() {
        assertEquals("/tmp/nu-shot/st", StoreLabel.of("jdbc:h2:file:/tmp/nu-shot/st"));
        assertEquals("/tmp/st", StoreLabel.of("jdbc:h2:/tmp/st;AUTO_SERVER=TRUE"));
        assertEquals("in memory", StoreLabel.of("jdbc:h2:mem:ui-1;DB_CLOSE_DELAY=-1"));
    }

    @Test
    void aTeamStoreIsServerAndDatabaseWithoutCredentials() {
        assertEquals("db.acme.test:5432/sends (PostgreSQL)",
                StoreLabel.of("jdbc:postgresql://db.acme.test:5432/sends?user=ops&password=s3cret"));
        assertEquals("db.acme.test/sends (PostgreSQL)",
                StoreLabel.of("jdbc:postgresql://ops:s3cret@db.acme.test/sends"));
    }

    @Test
    void passwordsAreMaskedInBothForms() {
        assertEquals("jdbc:postgresql://h/db?user=ops&password=***&ssl=true",
                StoreLabel.masked("jdbc:postgresql://h/db?user=ops&password=s3cret&ssl=true"));
        assertEquals("jdbc:postgresql://h/db?PASSWORD=***",
                StoreLabel.masked("jdbc:postgresql://h/db?PASSWORD=x"));
        assertEquals("jdbc:postgresql://ops:***@h:5432/db", StoreLabel.masked("jdbc:postgresql://ops:pw@h:5432/db"));
        assertEquals("jdbc:h2:file:/tmp/a;USER=sa;PASSWORD=***", StoreLabel.masked("jdbc:h2:file:/tmp/a;USER=sa;PASSWORD=x"));
        assertFalse(StoreLabel.of("jdbc:other://h/db?password=top").contains("top"));
    }
}
