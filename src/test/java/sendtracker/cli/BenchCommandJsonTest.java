package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code bench --sends N} end to end: one JSON object on stdout with every figure the README and
 * docs/design.md name, of the right type, in a consistent order. Speeds are never asserted
 * (docs/design.md, "Performance targets": bench reports them, no timed test does).
 */
class BenchCommandJsonTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final int SENDS = 200;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void benchPrintsEveryDocumentedFigure() throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        // --db is given to show the bench leaves it alone: it works on its own temporary stores.
        int code = new Cli(CLOCK).run(new String[] {"--db", "jdbc:h2:file:" + dir.resolve("untouched").toAbsolutePath(),
            "bench", "--sends", String.valueOf(SENDS)}, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        String out = o.toString(StandardCharsets.UTF_8);
        String err = e.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out + err);
        assertEquals(1, out.strip().lines().count(), "one JSON object on one line: " + out);
        assertTrue(err.contains("generated 200 sends"), "progress goes to stderr: " + err);
        JsonNode json = new ObjectMapper().readTree(out);
        assertTrue(json.isObject(), out);
        assertNull(json.get("pending"), "every figure was taken: " + out);

        assertEquals(SENDS, json.get("sends").asInt());
        assertTrue(json.get("machine").isTextual() && json.get("machine").asText().contains("cores"), out);
        assertEquals(SENDS, json.get("first_page_total").asInt());
        assertEquals(100, json.get("first_page_rows").asInt());
        assertEquals(240, json.get("query_count").asInt(), "the 240 seeded window actions of the README");
        assertTrue(json.get("query_from_index").isBoolean() && json.get("query_from_index").asBoolean(), out);
        assertEquals(SENDS, json.get("import_rows").asLong(), "every exported row imported again");

        for (String key : List.of("generate_rows_per_s", "load_average_before", "first_page_from_jvm_start_ms",
                "first_page_in_child_jvm_ms", "first_page_ms", "first_counts_ms", "index_ready_ms",
                "index_estimated_mb", "query_p50_ms", "query_p95_ms", "query_max_ms", "heap_used_mb", "heap_max_mb",
                "export_mb_per_s", "export_mb", "plain_write_mb_per_s", "export_vs_plain_write", "import_rows_per_s",
                "h2_csvread_rows_per_s", "import_vs_csvread", "load_average_after")) {
            assertTrue(json.has(key), key + " missing from " + out);
            assertTrue(json.get(key).isNumber(), key + " is not a number in " + out);
        }
        for (String key : List.of("generate_rows_per_s", "import_rows_per_s", "h2_csvread_rows_per_s")) {
            assertTrue(json.get(key).canConvertToLong() && json.get(key).asLong() > 0, key + " in " + out);
        }
        for (String key : List.of("first_page_ms", "export_mb", "export_mb_per_s", "plain_write_mb_per_s",
                "heap_used_mb", "index_estimated_mb", "export_vs_plain_write", "import_vs_csvread")) {
            assertTrue(json.get(key).asDouble() >= 0, key + " in " + out);
        }
        assertTrue(json.get("export_mb").asDouble() > 0, "the export wrote something: " + out);
        // Taken one after another from the same start, so each is at least the one before.
        assertTrue(json.get("first_page_ms").asDouble() <= json.get("first_counts_ms").asDouble(), out);
        assertTrue(json.get("first_counts_ms").asDouble() <= json.get("index_ready_ms").asDouble(), out);
        assertTrue(json.get("query_p50_ms").asDouble() <= json.get("query_p95_ms").asDouble(), out);
        assertTrue(json.get("query_p95_ms").asDouble() <= json.get("query_max_ms").asDouble(), out);
        assertTrue(json.get("heap_used_mb").asDouble() <= json.get("heap_max_mb").asDouble(), out);
    }
}
