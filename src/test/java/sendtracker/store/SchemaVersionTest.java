package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.service.TestStores;

/** A current schema skips Flyway; a new or older one, or a failed migration, does not. */
class SchemaVersionTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreIsNotCurrentAndAMigratedOneIs() throws Exception {
        String url = TestStores.url(dir);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertFalse(SchemaVersion.isCurrent(c, getClass().getClassLoader()));
        }
        try (Database first = Database.open(url)) {
            assertTrue(first.isNew());
        }
        try (Database again = Database.open(url)) {
            assertFalse(again.isNew());
            try (Connection c = again.dataSource().getConnection()) {
                assertTrue(SchemaVersion.isCurrent(c, getClass().getClassLoader()));
                try (Statement st = c.createStatement()) {
                    st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"installed_rank\" = 1");
                }
                assertFalse(SchemaVersion.isCurrent(c, getClass().getClassLoader()), "a failed row: Flyway decides");
            }
        }
    }

    @Test
    void theNewestShippedMigrationIsFoundAndVersionsCompareAsNumbers() {
        List<Integer> newest = SchemaVersion.newestShipped(getClass().getClassLoader());
        assertNotNull(newest);
        assertTrue(SchemaVersion.compare(newest, List.of(2)) >= 0);
        assertEquals(0, SchemaVersion.compare(SchemaVersion.parse("2.0"), SchemaVersion.parse("2")));
        assertTrue(SchemaVersion.compare(SchemaVersion.parse("10"), SchemaVersion.parse("9")) > 0);
    }
}
