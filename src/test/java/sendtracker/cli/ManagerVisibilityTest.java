package sendtracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.SpendGroup;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.User;
import sendtracker.service.Backend;
import sendtracker.service.StoreKind;
import sendtracker.service.TestStores;
import sendtracker.store.SendStore;

/**
 * A manager sees exactly the sends of the teams they manage (docs/design.md, "Roles and
 * visibility"), on both stores: Pat manages Team A and sends for Team B; Pat's own sends in Team B
 * are not found by Pat anywhere (list, show, count, spend, export, cancel, request).
 *
 * <pre>
 * A-1  Sam (Team A)  Inventoried  Confirming Address
 * A-2  Pat (Team A)  Inventoried  Confirming Address
 * A-3  Pat (Team A)  eGift        Sent
 * B-1  Sue (Team B)  Inventoried  Confirming Address
 * B-2  Pat (Team B)  Inventoried  Confirming Address   cost 7.25 EUR
 * B-3  Pat (Team B)  eGift        Sent
 * </pre>
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ManagerVisibilityTest {
    static final Instant NOW = TestStores.CLOCK.instant();
    static final String PAT = "pat@example.com";
    static final String SAM = "sam@example.com";
    static final List<String> PATS_TEAM = List.of("A-1", "A-2", "A-3");

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    String db;
    String out;
    String err;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void store() {
        db = kind.url(dir);
        try (Backend b = Backend.open(db, TestStores.CLOCK, false)) {
            b.store().saveUsers(List.of(
                    new User(0, "ada@example.com", "Ada Admin", Role.ADMIN, null, Set.of()),
                    new User(0, PAT, "Pat Manager", Role.MANAGER, "Team B", Set.of("Team A")),
                    new User(0, SAM, "Sam Sender", Role.SENDER, "Team A", Set.of()),
                    new User(0, "sue@example.com", "Sue Sender", Role.SENDER, "Team B", Set.of())));
            b.store().upsert(List.of(
                    send("A-1", SAM, "Team A", SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS, "USD"),
                    send("A-2", PAT, "Team A", SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS, "USD"),
                    send("A-3", PAT, "Team A", SendType.EGIFT, SendStatus.SENT, "USD"),
                    send("B-1", "sue@example.com", "Team B", SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS,
                            "USD"),
                    send("B-2", PAT, "Team B", SendType.INVENTORIED, SendStatus.CONFIRMING_ADDRESS, "EUR"),
                    send("B-3", PAT, "Team B", SendType.EGIFT, SendStatus.SENT, "USD")));
        }
    }

    static Send send(String id, String sender, String team, SendType type, SendStatus status, String currency) {
        return Send.builder().id(id).createdAt(NOW.minusSeconds(86400)).type(type).status(status)
                .statusChangedAt(NOW.minusSeconds(600)).senderEmail(sender).team(team).recipientName("Rita")
                .cost(new BigDecimal(currency.equals("EUR") ? "7.25" : "25.00")).currency(currency)
                .fundingSource(team + " budget").addressConfirmation(true)
                .addHistory(new StatusUpdate(status, NOW.minusSeconds(600), null, null)).build();
    }

    @Test
    void theStoreGivesAManagerTheirTeamsSendsAndNotTheirOwnSendsInAnotherTeam() {
        try (Backend b = Backend.open(db, TestStores.CLOCK, false)) {
            SendStore store = b.store();
            User pat = store.user(PAT).orElseThrow();
            List<String> listed = new ArrayList<>();
            store.page(pat, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 100, NOW).rows()
                    .forEach(s -> listed.add(s.id()));
            listed.sort(null);
            assertEquals(PATS_TEAM, listed);
            List<String> exported = new ArrayList<>();
            store.forEach(pat, SendFilter.ALL, SendSort.NEWEST_FIRST, NOW, false, s -> exported.add(s.id()));
            exported.sort(null);
            assertEquals(PATS_TEAM, exported);
            assertEquals(3, store.page(pat, SendFilter.ALL, SendSort.NEWEST_FIRST, 0, 1, NOW).total());
            assertEquals(Map.of(SendStatus.CONFIRMING_ADDRESS, 2L, SendStatus.SENT, 1L),
                    store.countByStatus(pat, SendFilter.ALL, NOW));
            assertEquals(0, store.page(pat, SendFilter.ALL.withTeam("Team B"), SendSort.NEWEST_FIRST, 0, 10, NOW)
                    .total(), "Team B, Pat's own sends included, is not Pat's to see");
            assertEquals(2, store.page(pat, SendFilter.ALL.withSenderEmail(PAT), SendSort.NEWEST_FIRST, 0, 10, NOW)
                    .total(), "Pat's own sends: only those in Team A");
            var spend = store.spend(pat, SendFilter.ALL, SpendGroup.NONE, NOW);
            assertEquals(3, spend.sends());
            assertEquals(Set.of("USD"), spend.byCurrency().keySet(), "B-2's EUR is not in Pat's spend");

            assertTrue(store.find(pat, "A-1").isPresent());
            assertTrue(store.find(pat, "A-2").isPresent());
            assertTrue(store.find(pat, "B-2").isEmpty(), "Pat's own send in Team B is not found");
            assertTrue(store.find(pat, "b-3").isEmpty());
            assertTrue(b.sends().cancel(pat, "B-2", null, null).notFound(), "cancel of Pat's Team B send");
            User ada = store.user("ada@example.com").orElseThrow();
            assertEquals(SendStatus.CONFIRMING_ADDRESS, store.find(ada, "B-2").orElseThrow().status());
            assertTrue(b.sends().cancel(pat, "A-1", null, null).canceled(), "a send of the team Pat manages");
        }
    }

    @Test
    void onTheCommandLineTheManagersOwnSendInAnotherTeamIsNotFound() throws Exception {
        assertEquals(0, run("--as", PAT, "list", "--format", "json"), err);
        assertEquals(List.of("A-1", "A-2", "A-3"), sortedIds(json.readTree(out)));
        assertEquals(0, run("--as", PAT, "list", "--team", "Team B", "--format", "json"), err);
        assertEquals(List.of(), sortedIds(json.readTree(out)));
        for (String id : List.of("B-2", "B-3", "B-1")) {
            assertEquals(5, run("--as", PAT, "show", id), id + ": " + out);
            assertTrue(err.contains(id), err);
        }
        Path file = dir.resolve("pat.json");
        assertEquals(0, run("--as", PAT, "export", file.toString()), err);
        assertEquals(List.of("A-1", "A-2", "A-3"), sortedIds(json.readTree(Files.readString(file))));

        // acting: the owner's login acts for the person it names (a team store's Pat would sign in as Pat)
        assertEquals(5, run("--as", PAT, "cancel", "B-2", "--format", "json"), out + err);
        assertEquals(5, run("--as", PAT, "request", "B-3", "--reason", "wrong gift"), out + err);
        assertEquals(0, run("--as", "ada@example.com", "show", "B-2", "--format", "json"), err);
        assertEquals("Confirming Address", json.readTree(out).get("status").asText(), out);
        assertEquals(0, run("--as", PAT, "cancel", "A-2", "--format", "json"), out + err);
        assertEquals("CANCELED", json.readTree(out).get("outcome").asText(), out);
    }

    private List<String> sortedIds(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        ids.sort(null);
        return ids;
    }

    int run(String... words) {
        CliRun r = CliRun.of(TestStores.CLOCK, db, words);
        out = r.out();
        err = r.err();
        return r.code();
    }
}
