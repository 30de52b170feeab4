package sendtracker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.ViewColumn;
import sendtracker.domain.ViewSettings;

/** The stored view format (docs/decisions/0017-saved-views-as-versioned-json.md): complete, versioned, lenient. */
class SavedViewFormatTest {
    static final SendFilter EVERY_FIELD = new SendFilter(Set.of(SendStatus.SHIPPED, SendStatus.DELIVERED),
            Set.of(SendType.DIRECT), "hoodie", "sam@acme.test", "Sales", LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 31), TestModeFilter.EXCLUDE, true, Set.of(CampaignState.ARCHIVED), true);

    @Test
    void everyFilterFieldTheSortAndTheColumnsComeBackAsTheyWere() throws IOException {
        ViewSettings view = new ViewSettings(EVERY_FIELD, new SendSort(SendSort.Field.COST, true),
                List.of(new ViewColumn("cost", true, 120), new ViewColumn("campaign", false, 0),
                        new ViewColumn("status", true, 150.5)));

        String text = SavedViewFormat.write(view);

        assertTrue(text.contains("\"format\":" + SavedViewFormat.VERSION), text);
        assertEquals(view, SavedViewFormat.read(text));
        // the reference to compare with is a fresh, complete filter: every field was read, not defaulted
        assertEquals(EVERY_FIELD, SavedViewFormat.read(text).filter());
    }

    @Test
    void keysANewerVersionAddedAreSkippedWhereverTheyAre() throws IOException {
        String newer = "{\"format\":7,\"owner\":{\"nested\":[1,2,{\"x\":null}]},"
                + "\"filter\":{\"statuses\":[\"SHIPPED\"],\"giftKinds\":[\"MUG\"],\"spendOver\":{\"amount\":5},"
                + "\"search\":\"mug\"},\"sort\":{\"column\":\"RECIPIENT\",\"ascending\":true,\"then\":\"ID\"},"
                + "\"columns\":[{\"key\":\"created\",\"visible\":false,\"width\":90,\"pinned\":true}],\"colour\":\"teal\"}";

        ViewSettings read = SavedViewFormat.read(newer);

        assertEquals(SendFilter.ALL.withStatuses(Set.of(SendStatus.SHIPPED)).withSearch("mug"), read.filter());
        assertEquals(new SendSort(SendSort.Field.RECIPIENT, true), read.sort());
        assertEquals(List.of(new ViewColumn("created", false, 90)), read.columns());
    }

    @Test
    void missingKeysKeepTheirDefaults() throws IOException {
        assertEquals(new ViewSettings(SendFilter.ALL, SendSort.NEWEST_FIRST, List.of()), SavedViewFormat.read("{}"));
        ViewSettings onlyTeam = SavedViewFormat.read("{\"format\":1,\"filter\":{\"team\":\"Sales\"}}");
        assertEquals(SendFilter.ALL.withTeam("Sales"), onlyTeam.filter());
        assertEquals(SendSort.NEWEST_FIRST, onlyTeam.sort());
    }

    @Test
    void aViewSavedBeforeThePendingRequestsFilterOpensWithItOff() throws IOException {
        // written by the version of docs/decisions/0017 before the cancelRequestsFilter was a filter
        String older = "{\"format\":1,\"filter\":{\"statuses\":[\"SENT\"],\"search\":null,\"team\":null,"
                + "\"sender\":null,\"from\":null,\"to\":null,\"testMode\":\"INCLUDE\",\"attention\":true,"
                + "\"campaigns\":[]},\"sort\":{\"column\":\"CREATED_AT\",\"ascending\":false},\"columns\":[]}";

        SendFilter read = SavedViewFormat.read(older).filter();

        assertEquals(SendFilter.ALL.withStatuses(Set.of(SendStatus.SENT)).withAttentionOnly(true), read);
        assertFalse(read.pendingRequestOnly());
        assertTrue(SavedViewFormat.write(new ViewSettings(SendFilter.ALL.withPendingRequestOnly(true),
                SendSort.NEWEST_FIRST, List.of())).contains("\"pendingRequests\":true"));
    }

    @Test
    void codesAndValuesThisVersionDoesNotKnowAreLeftOut() throws IOException {
        String text = "{\"filter\":{\"statuses\":[\"SHIPPED\",\"TELEPORTED\",3],\"types\":\"EGIFT\","
                + "\"from\":\"last tuesday\",\"testMode\":\"SOMETIMES\",\"attention\":\"yes\"},"
                + "\"sort\":{\"column\":\"MOOD\"},\"columns\":[{\"visible\":true},7,{\"key\":\"cost\",\"width\":\"wide\"}]}";

        ViewSettings read = SavedViewFormat.read(text);

        assertEquals(SendFilter.ALL.withStatuses(Set.of(SendStatus.SHIPPED)), read.filter());
        assertEquals(SendSort.NEWEST_FIRST, read.sort());
        assertEquals(List.of(new ViewColumn("cost", true, 0)), read.columns());
    }

    @Test
    void textThatIsNoJsonObjectIsRefused() {
        assertThrows(IOException.class, () -> SavedViewFormat.read("[1,2]"));
        assertThrows(IOException.class, () -> SavedViewFormat.read("status=SHIPPED"));
    }
}
