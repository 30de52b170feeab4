package sendtracker.store.index;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import sendtracker.store.JdbcSendStore;

/**
 * A fresh in-memory store with the product's schema. Migrates with Flyway directly: at the time
 * of writing Database.open asks Flyway for log4j2, which is not on the class path (reported).
 */
final class TestStores {
    private TestStores() {
    }

    static JdbcSendStore open() {
        String url = "jdbc:h2:mem:index" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        Flyway.configure().loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").dataSource(pool).locations("classpath:db/migration").load().migrate();
        return new JdbcSendStore(pool, pool::dispose);
    }
}
