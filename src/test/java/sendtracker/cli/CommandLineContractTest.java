package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import sendtracker.domain.Role;
import sendtracker.domain.User;
import sendtracker.service.Backend;

/**
 * The command line of the design notes end to end, on a small store built by hand
 * ({@code cli/small-store.csv}, twelve sends dated around the fixed clock below): every filter
 * selects exactly the sends written out here, every output format is read back, and the exit
 * codes are the documented numbers (written as numbers on purpose: a changed constant must fail).
 *
 * <p>The store, at {@value #NOW_TEXT} (CLOCK):
 * <pre>
 * id  created           type            status              changed               sender (team)          other
 * T01 11-20 09:00       Inventoried     Confirming Address  11-20 09:00           sam (Alpha)            confirmation on, campaign Winter Boxes
 * T02 11-19 10:00       eGift           Sent                11-19 10:05           sam (Alpha)            recipient Globex
 * T03 11-12 08:00       Inventoried     Order Received      11-14 11:59:59.999    tess (Alpha)           7 days + 1 ms: attention; Winter Boxes
 * T04 11-13 08:00       Inventoried     Order Received      11-14 12:00           tess (Alpha)           exactly 7 days: no attention
 * T05 11-01 08:00       Sendoso Direct  Shipped             11-03                 zoe (Beta)             tracking 1ZTRACKS05
 * T06 10-31 23:59:59    Amazon          Delivered           11-04                 zoe (Beta)             one second before November
 * T07 11-21 00:00       eGift           Redeemed            11-21 06:00           sam (Alpha)            test mode
 * T08 11-16 08:00       Inventoried     Fulfillment Issue   11-18 11:59:59        max, manager (Gamma)   3 days + 1 s: attention
 * T09 11-15 08:00       Handwritten N.  Initiated           11-15                 Sam Smith, other email (Beta)
 * T10 11-10 08:00       eGift           Sent                11-10                 zoe (Beta)             issue Invalid Email Format: attention
 * T11 11-05 23:59:59    Sendoso Direct  Undeliverable       11-09                 tess (Alpha)           test mode; attention; Winter Boxes
 * T12 11-02 08:00       Inventoried     Canceled            11-02 09:00           sam (Alpha)
 * </pre>
 * Users: ada (admin), max (manager of Alpha, sends for Gamma), sam, tess (senders in Alpha), zoe
 * (sender in Beta); the import adds Sam Smith (sam.smith@other.example) as a sender.
 */
class CommandLineContractTest {
    static final String NOW_TEXT = "2026-11-21T12:00:00Z";
    static final Clock CLOCK = Clock.fixed(Instant.parse(NOW_TEXT), ZoneOffset.UTC);
    static final String ADA = "ada@example.com";
    static final String MAX = "max@example.com";
    static final String SAM = "sam@example.com";
    static final String SAM_SMITH = "sam.smith@other.example";
    static final String ZOE = "zoe@example.com";

    static final List<String> NEWEST_FIRST = List.of("SND-T07", "SND-T01", "SND-T02", "SND-T08", "SND-T09",
            "SND-T04", "SND-T03", "SND-T10", "SND-T11", "SND-T12", "SND-T05", "SND-T06");

    static final List<String> CSV_HEADER = List.of("Send ID", "Created At", "Type", "Subtype", "Status",
            "Status Changed At", "Issue", "Sender Name", "Sender Email", "Team", "Recipient Name", "Recipient Email",
            "Recipient Company", "Address Line 1", "Address Line 2", "City", "Region", "Postal Code", "Country",
            "Campaign", "Campaign State", "Gift", "Quantity", "Cost", "Currency", "Funding Source",
            "Address Confirmation", "Address Confirmed At", "Carrier", "Tracking Number", "Tracking URL", "Test Mode",
            // issue 17 appends the state of the latest cancellation request, at the end (docs/design.md)
            "Sent Via", "Recipient Message", "Cancel Request");

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    String db;
    String out;
    String err;

    @BeforeEach
    void smallStore() throws IOException {
        db = "jdbc:h2:file:" + dir.resolve("st").toAbsolutePath();
        try (Backend b = Backend.open(db, CLOCK, false)) {
            b.store().saveUsers(List.of(
                    new User(0, ADA, "Ada Admin", Role.ADMIN, null, Set.of()),
                    new User(0, MAX, "Max Moreau", Role.MANAGER, "Gamma", Set.of("Alpha")),
                    new User(0, SAM, "Sam Sample", Role.SENDER, "Alpha", Set.of()),
                    new User(0, "tess@example.com", "Tess Tran", Role.SENDER, "Alpha", Set.of()),
                    new User(0, ZOE, "Zoe Zhang", Role.SENDER, "Beta", Set.of())));
        }
        assertEquals(0, run("import", fixture("small-store.csv").toString()), err);
        assertTrue(out.contains("12"), out);
    }

    // ---- exit codes --------------------------------------------------------------------------

    @Test
    void exitZeroWhenDone() {
        assertEquals(0, run("list"));
        assertEquals("", err);
        assertEquals(0, run("help"));
        assertTrue(out.contains("Exit codes"), out);
    }

    @Test
    void exitTwoForUsageAndBadArguments() {
        for (String[] words : new String[][] {{"frobnicate"}, {"list", "--status", "Lost"}, {"list", "--team"},
            {"show"}, {"list", "--from", "yesterday"}, {"--as", "nobody@example.com", "list"}}) {
            assertEquals(2, run(words), String.join(" ", words));
            assertEquals(1, err.strip().lines().count(), err);
        }
    }

    @Test
    void exitThreeWhenAnImportRejectsRows() throws IOException {
        Path file = fixture("with-rejects.csv");
        assertEquals(3, run("import", file.toString()), out + err);
        Path rejects = file.resolveSibling("with-rejects.csv.rejects.csv");
        assertTrue(Files.exists(rejects));
        String rejected = Files.readString(rejects, StandardCharsets.UTF_8);
        assertTrue(rejected.contains("SND-R02") && !rejected.contains("SND-R01"), rejected);
        assertEquals(0, run("show", "SND-R01"), err);
        assertEquals(5, run("show", "SND-R02"));
    }

    @Test
    void exitFourWhenThePolicyRefusesACancel() throws IOException {
        assertEquals(4, run("cancel", "SND-T05", "--format", "json"));
        JsonNode r = json.readTree(out);
        assertEquals("SND-T05", r.get("sendId").asText());
        assertEquals("NOT_CANCELABLE", r.get("outcome").asText());
        assertTrue(r.get("message").asText().contains("already shipped"), r.toString());
        assertEquals(4, run("--as", SAM, "cancel", "SND-T02"));
        assertTrue(out.startsWith("CONTACT_SUPPORT: "), out);
        assertTrue(out.contains("Request for Support"), out);
    }

    @Test
    void exitFiveWhenTheSendIsMissingOrNotTheActorsToSee() {
        assertEquals(5, run("show", "SND-NOPE"));
        assertEquals(5, run("cancel", "SND-NOPE"));
        // A sender asking for a teammate's, another team's, or a same-named sender's send.
        for (String id : List.of("SND-T03", "SND-T05", "SND-T09")) {
            assertEquals(5, run("--as", SAM, "show", id), id);
            assertTrue(err.contains(id), err);
            assertEquals(5, run("--as", SAM, "cancel", id, "--format", "json"), id);
        }
        // A manager asking for a team they do not manage, their own send there (T08, Gamma) included.
        for (String id : List.of("SND-T05", "SND-T08")) {
            assertEquals(5, run("--as", MAX, "show", id), id);
            assertEquals(5, run("--as", MAX, "cancel", id), id);
        }
    }

    @Test
    void exitSixWhenTheSendIsLockedByAnotherChange() throws Exception {
        // Another session holds the row (as a second desktop's cancel would); a short lock timeout keeps this quick.
        String locking = db + ";LOCK_TIMEOUT=300";
        try (Connection other = DriverManager.getConnection(locking, "sa", "")) {
            other.setAutoCommit(false);
            try (PreparedStatement ps = other.prepareStatement("SELECT version FROM sends WHERE id = ? FOR UPDATE")) {
                ps.setString(1, "SND-T01");
                ps.executeQuery().close();
            }
            db = locking;
            assertEquals(6, run("--as", SAM, "cancel", "SND-T01", "--format", "json"), out + err);
            assertEquals("SND-T01", json.readTree(out).get("sendId").asText());
            other.rollback();
        }
        assertEquals(0, run("--as", SAM, "cancel", "SND-T01"), out + err);
    }

    @Test
    @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void exitSixWhenAnotherProcessHoldsTheStore() throws Exception {
        // The holder opens the file embedded, not shared (as an older copy or a database tool would):
        // copies of the app share the store (docs/decisions/0013-local-store-shared-by-window-and-cli.md).
        Process holder = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), db).redirectError(dir.resolve("holder.err").toFile()).start();
        try {
            String first = firstLine(holder.getInputStream());
            assertEquals("HOLDING", first, () -> "holder did not open the store: " + readQuietly(dir.resolve(
                    "holder.err")));
            assertEquals(6, run("list"), out + err);
            assertTrue(err.contains("in use"), err);
            assertEquals(1, err.strip().lines().count(), err);
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                holder.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        assertEquals(0, run("list"), err);
    }

    @Test
    void exitOneForAnUnexpectedFailureOfADamagedStore() throws Exception {
        try (Connection c = DriverManager.getConnection(db, "sa", ""); Statement st = c.createStatement()) {
            st.execute("DROP TABLE send_history");
        }
        assertEquals(1, run("show", "SND-T01"), out + err);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.startsWith("send-tracker: "), err);
        assertFalse(err.contains("\tat "), err);
    }

    // ---- filters -----------------------------------------------------------------------------

    @Test
    void everyFilterSelectsExactlyTheExpectedSends() throws IOException {
        expect(NEWEST_FIRST, "list");
        expect(List.of("SND-T03", "SND-T04"), "--status", "Order Received");
        expect(List.of("SND-T03", "SND-T04"), "--status", "processing");
        expect(List.of("SND-T05", "SND-T06"), "--status", "SHIPPED", "--status", "Delivered");
        expect(List.of("SND-T02", "SND-T07", "SND-T10"), "--type", "EGIFT");
        expect(List.of("SND-T05", "SND-T11"), "--type", "Sendoso Direct");
        expect(List.of("SND-T09"), "--type", "other");
        expect(List.of("SND-T06"), "--type", "Amazon");
        expect(List.of("SND-T02"), "--search", "globex");
        expect(List.of("SND-T05"), "--search", "1ztracks05");
        expect(List.of("SND-T01", "SND-T03", "SND-T11"), "--search", "Winter");
        expect(List.of("SND-T09"), "--search", "Sam Smith");
        expect(List.of("SND-T08"), "--search", "SND-T08");
        expect(List.of("SND-T03", "SND-T04", "SND-T11"), "--sender", "tess@example.com");
        expect(List.of("SND-T01", "SND-T02", "SND-T07", "SND-T12"), "--sender", "SAM@example.com");
        expect(List.of("SND-T09"), "--sender", SAM_SMITH);
        expect(List.of("SND-T05", "SND-T06", "SND-T09", "SND-T10"), "--team", "Beta");
        expect(List.of("SND-T08"), "--team", "gamma");
        expect(List.of("SND-T01", "SND-T02", "SND-T03", "SND-T04", "SND-T07", "SND-T11", "SND-T12"), "--team",
                "Alpha");
        // a team nobody belongs to is a usage error that names the known teams (issue 15), like --sender
        assertEquals(2, run("list", "--team", "Delta"), err);
        assertTrue(err.contains("Alpha") && err.contains("Beta"), err);
        expect(List.of("SND-T05", "SND-T11", "SND-T12"), "--from", "2026-11-01", "--to", "2026-11-05");
        expect(List.of("SND-T01", "SND-T07"), "--from", "2026-11-20");
        expect(List.of("SND-T06"), "--to", "2026-10-31");
        expect(List.of("SND-T07", "SND-T11"), "--test-mode", "only");
        expect(List.of("SND-T01", "SND-T02", "SND-T03", "SND-T04", "SND-T05", "SND-T06", "SND-T08", "SND-T09",
                "SND-T10", "SND-T12"), "--test-mode", "exclude");
        expect(NEWEST_FIRST, "--test-mode", "include");
        expect(List.of("SND-T03", "SND-T08", "SND-T10", "SND-T11"), "--attention");
        expect(List.of("SND-T03", "SND-T04"), "--team", "Alpha", "--status", "Order Received");
        expect(List.of("SND-T03"), "--team", "Alpha", "--attention", "--status", "Order Received");
        expect(List.of("SND-T11"), "--attention", "--test-mode", "only");
    }

    @Test
    void filtersWorkWithinWhatTheActorMaySee() throws IOException {
        expect(List.of("SND-T01", "SND-T02", "SND-T07", "SND-T12"), "--as", SAM, "list");
        expect(List.of("SND-T09"), "--as", SAM_SMITH, "list");
        expect(List.of("SND-T01", "SND-T02", "SND-T03", "SND-T04", "SND-T07", "SND-T11", "SND-T12"), "--as", MAX, "list");
        expect(List.of(), "--as", MAX, "--team", "Gamma");
        expect(List.of(), "--as", MAX, "--team", "Beta");
        expect(List.of("SND-T05", "SND-T06", "SND-T10"), "--as", ZOE, "list");
        expect(List.of("SND-T10"), "--as", ZOE, "--attention");
    }

    @Test
    void exportTakesTheSameFilters() throws IOException {
        Path file = dir.resolve("beta.csv");
        assertEquals(0, run("export", file.toString(), "--team", "Beta"), err);
        List<Map<String, String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(Set.of("SND-T05", "SND-T06", "SND-T09", "SND-T10"), ids(rows));
        Path jsonFile = dir.resolve("attention.json");
        assertEquals(0, run("export", jsonFile.toString(), "--attention"), err);
        JsonNode all = json.readTree(jsonFile.toFile());
        Set<String> got = new TreeSet<>();
        all.forEach(n -> got.add(n.get("id").asText()));
        assertEquals(Set.of("SND-T03", "SND-T08", "SND-T10", "SND-T11"), got);
    }

    // ---- output formats ----------------------------------------------------------------------

    @Test
    void listAsATableShowsOneLinePerSendAndAFooter() {
        assertEquals(0, run("list", "--team", "Beta"));
        List<String> lines = out.strip().lines().toList();
        assertTrue(lines.get(0).startsWith("SEND ID"), lines.get(0));
        List<String> ids = new ArrayList<>();
        for (String l : lines.subList(1, lines.size() - 1)) {
            ids.add(l.split("\\s+")[0]);
        }
        assertEquals(List.of("SND-T09", "SND-T10", "SND-T05", "SND-T06"), ids);
        String t05 = lines.stream().filter(l -> l.startsWith("SND-T05")).findFirst().orElseThrow();
        assertTrue(t05.contains("2026-11-01 08:00") && t05.contains("Sendoso Direct") && t05.contains("Shipped")
                && t05.contains("Eve Evans") && t05.contains("Zoe Zhang") && t05.contains("80.00 USD"), t05);
        assertTrue(lines.get(lines.size() - 1).startsWith("4 of 4 sends visible to " + ADA + " (admin)"),
                lines.get(lines.size() - 1));
        assertEquals(0, run("list", "--limit", "2"));
        assertTrue(out.strip().endsWith("2 of 12 sends visible to " + ADA + " (admin); use --limit N for more"), out);
    }

    @Test
    void listAsCsvHasTheDocumentedColumnsAndValues() throws IOException {
        assertEquals(0, run("list", "--format", "csv", "--team", "Beta"));
        List<Map<String, String>> rows = csv(out);
        assertEquals(List.of("SND-T09", "SND-T10", "SND-T05", "SND-T06"),
                rows.stream().map(r -> r.get("Send ID")).toList());
        Map<String, String> t05 = rows.get(2);
        assertEquals("2026-11-01T08:00:00Z", t05.get("Created At"));
        assertEquals("Sendoso Direct", t05.get("Type"));
        assertEquals("Shipped", t05.get("Status"));
        assertEquals("2026-11-03T08:00:00Z", t05.get("Status Changed At"));
        assertEquals("zoe@example.com", t05.get("Sender Email"));
        assertEquals("Beta", t05.get("Team"));
        assertEquals("Eve Evans", t05.get("Recipient Name"));
        assertEquals("Stark", t05.get("Recipient Company"));
        assertEquals("80.00", t05.get("Cost"));
        assertEquals("USD", t05.get("Currency"));
        assertEquals("Yes", t05.get("Address Confirmation"));
        assertEquals("2026-11-02T08:00:00Z", t05.get("Address Confirmed At"));
        assertEquals("1ZTRACKS05", t05.get("Tracking Number"));
        assertEquals("No", t05.get("Test Mode"));
        assertEquals("Handwritten Notes", rows.get(0).get("Type"));
        assertEquals("Invalid Email Format", rows.get(1).get("Issue"));
        assertEquals(0, run("list", "--format", "csv", "--limit", "1"));
        assertEquals(List.of("SND-T07"), csv(out).stream().map(r -> r.get("Send ID")).toList());
    }

    @Test
    void listAsJsonIsAnArrayInTheExportShape() throws IOException {
        assertEquals(0, run("list", "--format", "json", "--sender", ZOE));
        JsonNode all = json.readTree(out);
        assertTrue(all.isArray());
        assertEquals(List.of("SND-T10", "SND-T05", "SND-T06"), idsOf(all));
        JsonNode t10 = all.get(0);
        assertEquals("eGift", t10.get("type").asText());
        assertEquals("Sent", t10.get("status").asText());
        assertEquals("2026-11-10T08:00:00Z", t10.get("created_at").asText());
        assertEquals("Invalid Email Format", t10.get("issue").asText());
        assertEquals(ZOE, t10.get("sender").get("email").asText());
        assertEquals("Beta", t10.get("sender").get("team_name").asText());
        assertEquals("Jack Jones", t10.get("recipient").get("name").asText());
        assertEquals("Cyberdyne", t10.get("recipient").get("company_name").asText());
        assertEquals("1ZTRACKS05", all.get(1).get("tracking_number").asText());
    }

    @Test
    void showAsTextAndAsJson() throws IOException {
        assertEquals(0, run("show", "SND-T03"));
        assertTrue(out.startsWith("Send SND-T03"), out);
        assertTrue(out.contains("Order Received since 2026-11-14 11:59 UTC"), out);
        assertTrue(out.contains("Order Received for more than 7 days"), "needs attention: " + out);
        assertTrue(out.contains("Tess Tran <tess@example.com>, Alpha"), out);
        assertTrue(out.contains("Carla Cruz <carla@umbrella.example>, Umbrella"), out);
        assertEquals(0, run("show", "SND-T04"));
        assertFalse(out.contains("more than 7 days"), "exactly 7 days is on time: " + out);

        assertEquals(0, run("show", "SND-T11", "--format", "json"));
        JsonNode s = json.readTree(out);
        assertEquals("SND-T11", s.get("id").asText());
        assertEquals("Sendoso Direct", s.get("type").asText());
        assertEquals("Undeliverable", s.get("status").asText());
        assertEquals("1ZTRACKS11", s.get("tracking_number").asText());
        assertEquals("Tess Tran", s.get("sender").get("name").asText());
        assertTrue(s.get("status_updates").isArray(), s.toString());
    }

    @Test
    void cancelAsJsonAndTheCancelShowsAfterwards() throws IOException {
        assertEquals(0, run("--as", SAM, "cancel", "SND-T01", "--reason", "wrong gift", "--format", "json"));
        JsonNode r = json.readTree(out);
        assertEquals("SND-T01", r.get("sendId").asText());
        assertEquals("CANCELED", r.get("outcome").asText());
        assertTrue(r.get("message").asText().contains("SND-T01"), r.toString());
        assertEquals(0, run("show", "SND-T01", "--format", "json"));
        JsonNode s = json.readTree(out);
        assertEquals("Canceled", s.get("status").asText());
        assertEquals(NOW_TEXT, s.get("status_changed_at").asText());
        JsonNode last = s.get("status_updates").get(s.get("status_updates").size() - 1);
        assertEquals("Canceled", last.get("status").asText());
        assertEquals(SAM, last.get("actor").asText());
        assertEquals("wrong gift", last.get("note").asText());

        assertEquals(4, run("--as", SAM, "cancel", "SND-T01", "--format", "json"));
        assertEquals("ALREADY_CLOSED", json.readTree(out).get("outcome").asText());
    }

    @Test
    void usersAsJsonListsRolesAndTeams() throws IOException {
        assertEquals(0, run("users", "--format", "json"));
        Map<String, JsonNode> byEmail = new LinkedHashMap<>();
        for (JsonNode u : json.readTree(out)) {
            byEmail.put(u.get("email").asText(), u);
        }
        assertEquals(Set.of(ADA, MAX, SAM, "tess@example.com", ZOE, SAM_SMITH), byEmail.keySet());
        assertEquals("ADMIN", byEmail.get(ADA).get("role").asText());
        assertEquals("MANAGER", byEmail.get(MAX).get("role").asText());
        assertEquals(List.of("Alpha", "Gamma"), texts(byEmail.get(MAX).get("teams")));
        assertEquals("SENDER", byEmail.get(SAM).get("role").asText());
        assertEquals(List.of("Alpha"), texts(byEmail.get(SAM).get("teams")));
        assertEquals("Sam Smith", byEmail.get(SAM_SMITH).get("name").asText());
        assertEquals(List.of("Beta"), texts(byEmail.get(SAM_SMITH).get("teams")));
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Runs list --format json with these words and compares the ids, in the table's order. */
    private void expect(List<String> ids, String... words) throws IOException {
        List<String> argv = new ArrayList<>(List.of(words));
        if (!argv.contains("list")) {
            int at = argv.indexOf("--as") >= 0 ? argv.indexOf("--as") + 2 : 0;
            argv.add(at, "list");
        }
        argv.addAll(List.of("--format", "json"));
        assertEquals(0, run(argv.toArray(new String[0])), String.join(" ", argv) + ": " + err);
        List<String> expected = new ArrayList<>(NEWEST_FIRST);
        expected.retainAll(ids);
        assertEquals(ids.size(), expected.size(), "ids not in the store: " + ids);
        assertEquals(expected, idsOf(json.readTree(out)), String.join(" ", words));
    }

    int run(String... words) {
        CliRun r = CliRun.of(CLOCK, db, words);
        out = r.out();
        err = r.err();
        return r.code();
    }

    private Path fixture(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/cli/" + name), name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    static List<Map<String, String>> csv(String text) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new StringReader(body))) {
            List<String> header = null;
            for (CsvRecord rec : r) {
                if (header == null) {
                    header = rec.getFields();
                    assertEquals(CSV_HEADER, header);
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), rec.getField(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Set<String> ids(List<Map<String, String>> rows) {
        Set<String> ids = new TreeSet<>();
        rows.forEach(r -> ids.add(r.get("Send ID")));
        return ids;
    }

    private static List<String> idsOf(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> t = new ArrayList<>();
        array.forEach(n -> t.add(n.asText()));
        return t;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The first line a child prints; null when it ends first. Reads byte by byte so nothing is buffered away. */
    static String firstLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString().strip();
    }

    static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Holds a store open in a second JVM (embedded, without AUTO_SERVER) until its standard input closes. */
    public static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                c.createStatement().execute("SELECT 1");
                System.out.println("HOLDING");
                System.out.flush();
                while (System.in.read() != -1) {
                    // wait until the test closes our standard input
                }
            }
        }
    }
}
