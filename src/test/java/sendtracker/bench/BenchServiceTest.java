package sendtracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.store.SendStore;

/** The bench's shape on a small run (its figures are only measured, never asserted). */
class BenchServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void printsOneJsonObjectWithEveryFigure(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BenchResult result = new BenchService(CLOCK, new BenchExchange(CLOCK), dir,
                new PrintStream(log, true, StandardCharsets.UTF_8), false).run(400);

        JsonNode json = new ObjectMapper().readTree(result.toJson());
        assertEquals(400, json.get("sends").asInt());
        assertEquals(400, json.get("first_page_total").asInt());
        assertEquals(100, json.get("first_page_rows").asInt());
        assertEquals(BenchService.QUERY_STEPS, json.get("query_count").asInt());
        for (String key : List.of("first_page_ms", "query_p50_ms", "query_p95_ms", "live_update_p95_ms", "heap_used_mb",
                "plain_write_mb_per_s", "h2_csvread_rows_per_s")) {
            // present and measured (a tiny store may answer in under a tenth of a millisecond: 0.0)
            assertTrue(json.get(key).isNumber() && json.get(key).asDouble() >= 0, key + " in " + json);
        }
        assertTrue(json.get("h2_csvread_rows_per_s").asLong() > 0, "CSVREAD read the rows");
        assertTrue(json.get("query_p50_ms").asDouble() <= json.get("query_p95_ms").asDouble());
        assertTrue(json.get("query_p95_ms").asDouble() <= json.get("query_max_ms").asDouble());
        assertTrue(json.get("query_from_index").asBoolean(), "the queries ran on the index");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "the temporary stores and files are removed");
        }
    }

    @Test
    void measuresTheProductsOwnCsvExportAndImport(@TempDir Path dir) {
        BenchResult result = new BenchService(CLOCK, new BenchExchange(CLOCK), dir,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false).run(300);

        assertEquals(300L, ((Number) result.get("import_rows")).longValue(), "every exported row imported again");
        assertTrue(((Number) result.get("export_mb")).doubleValue() > 0);
        assertTrue(result.get("import_rows_per_s") instanceof Number);
        assertTrue(result.pending().isEmpty(), result.pending().toString());
    }

    @Test
    void usesTheGivenExportAndImportAndReportsTheirRatios(@TempDir Path dir) throws IOException {
        List<String> calls = new ArrayList<>();
        BenchService.CsvExchange exchange = new BenchService.CsvExchange() {
            @Override
            public long exportCsv(SendStore store, User viewer, Path file) {
                calls.add("export");
                StringBuilder csv = new StringBuilder("Send ID,Status\n");
                store.forEach(viewer, SendFilter.ALL, new SendSort(SendSort.Field.ID, true), CLOCK.instant(), false,
                        s -> csv.append(s.id()).append(',').append(s.status()).append('\n'));
                try {
                    Files.writeString(file, csv, StandardCharsets.UTF_8);
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public long importCsv(SendStore store, User actor, Path file) {
                calls.add("import " + store.sendCount());
                try {
                    return Files.readAllLines(file).size() - 1;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        BenchResult result = new BenchService(CLOCK, exchange, dir, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), false).run(300);

        assertEquals(List.of("export", "import 0"), calls, "export from the bench store, import into a fresh one");
        assertEquals(300L, ((Number) result.get("import_rows")).longValue());
        assertTrue(((Number) result.get("export_mb_per_s")).doubleValue() > 0);
        // Ratios are reported to two decimals: a tiny, cold run may round to 0.00, but never goes missing.
        assertTrue(((Number) result.get("import_vs_csvread")).doubleValue() >= 0);
        assertTrue(((Number) result.get("export_vs_plain_write")).doubleValue() >= 0);
        assertTrue(result.pending().isEmpty(), result.pending().toString());
    }
}
