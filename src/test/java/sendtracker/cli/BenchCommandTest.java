package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.service.TestStores;

/** {@code bench} on a small store: one JSON object on stdout with the documented figures, progress on stderr (issue 18). */
class BenchCommandTest {
    @Test
    void benchPrintsOneJsonObjectWhoseFiguresDescribeTheRunItMade() throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(TestStores.CLOCK).run(new String[] {"bench", "--sends", "200"},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        String out = o.toString(StandardCharsets.UTF_8);
        String err = e.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, code, err);
        assertEquals(1, out.strip().lines().count(), "stdout is the JSON alone: " + out);
        assertTrue(err.contains("generated 200 sends"), "progress goes to stderr: " + err);

        JsonNode json = new ObjectMapper().readTree(out);
        assertTrue(json.isObject(), out);
        assertEquals(200, json.get("sends").asInt());
        assertEquals(200, json.get("first_page_total").asInt(), "the first page counts every generated send");
        assertEquals(100, json.get("first_page_rows").asInt());
        assertEquals(200, json.get("import_rows").asInt(), "every exported row was imported again");
        assertTrue(json.get("query_count").asInt() > 0);
        for (String key : List.of("generate_rows_per_s", "first_page_ms", "first_counts_ms", "query_p50_ms",
                "query_p95_ms", "query_max_ms", "export_mb_per_s", "export_mb", "plain_write_mb_per_s",
                "export_vs_plain_write", "import_rows_per_s", "h2_csvread_rows_per_s", "import_vs_csvread",
                "heap_used_mb", "heap_max_mb")) {
            assertTrue(json.hasNonNull(key) && json.get(key).isNumber() && json.get(key).asDouble() >= 0,
                    key + " in " + out);
        }
        assertTrue(json.get("export_mb").asDouble() > 0, "the export wrote something");
        assertTrue(json.get("query_p50_ms").asDouble() <= json.get("query_p95_ms").asDouble());
        assertTrue(json.get("query_p95_ms").asDouble() <= json.get("query_max_ms").asDouble());
        // the child JVM's figure is measured, or the object says why it is missing
        boolean measured = json.hasNonNull("first_page_from_jvm_start_ms");
        boolean explained = json.has("pending") && json.get("pending").hasNonNull("first_page_from_jvm_start_ms");
        assertTrue(measured != explained, out);
    }
}
