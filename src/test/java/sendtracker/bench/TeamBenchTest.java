package sendtracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.service.Backend;
import sendtracker.service.TestStores;
import sendtracker.store.TeamStoreServer;

class TeamBenchTest {
    @TempDir
    Path dir;

    @Test
    void benchOnAnEmptyTeamStoreReportsItsFiguresAndLeavesNoSends() {
        String url = TeamStoreServer.newUrl();
        TeamBench bench = new TeamBench(new BenchExchange(Clock.systemUTC()), dir,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        BenchResult r = bench.run(url, 300);
        for (String key : new String[] {"query_p95_ms", "sql_query_p95_ms", "export_mb_per_s", "raw_copy_rows_per_s",
            "import_rows_per_s", "import_vs_raw_copy", "raw_copy_into_sends_rows_per_s", "import_vs_raw_copy_into_sends",
            "live_update_p95_ms"}) {
            assertTrue(r.get(key) != null, key + " in " + r.toJson());
        }
        assertEquals(300L, r.get("import_rows"));
        try (Backend b = Backend.open(url, TestStores.CLOCK, false)) {
            assertEquals(0, b.store().sendCount());
            b.demo().generate(5, 1L, n -> { });
        }
        assertThrows(IllegalArgumentException.class, () -> bench.run(url, 10), "a store with sends is refused");
    }
}
