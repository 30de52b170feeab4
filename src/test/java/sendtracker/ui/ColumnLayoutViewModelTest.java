package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sendtracker.domain.ViewColumn;

/** The table's column layout without a toolkit: hide, move, drag, resize, and stored layouts put back. */
class ColumnLayoutViewModelTest {
    private final ColumnLayoutViewModel layout = new ColumnLayoutViewModel();
    private final List<List<ViewColumn>> told = new ArrayList<>();

    ColumnLayoutViewModelTest() {
        layout.setOnUserChange(told::add);
    }

    private List<String> keys() {
        return layout.columns().stream().map(ViewColumn::key).toList();
    }

    private boolean shown(String key) {
        return layout.columns().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().visible();
    }

    @Test
    void statusAndMenuStayShownAndOtherColumnsHide() {
        layout.show("campaign", false);
        layout.show("status", false);
        layout.show("menu", false);

        assertFalse(shown("campaign"));
        assertTrue(shown("status") && shown("menu"));
        assertFalse(layout.canHide("status"));
        assertEquals(1, told.size());
    }

    @Test
    void movesStopAtTheEdges() {
        layout.moveLeft("attention");
        layout.moveRight("menu");
        assertEquals(ColumnLayoutViewModel.KEYS, keys());

        layout.moveRight("created");
        layout.moveLeft("cost");

        assertEquals(List.of("attention", "recipient", "created", "sender", "type", "campaign", "status", "issue",
                "cost", "tracking", "menu"), keys());
        assertEquals(2, told.size());
    }

    @Test
    void theTablesOwnDragsAndResizesAreToldOnlyWhenSomethingChanged() {
        List<String> dragged = new ArrayList<>(ColumnLayoutViewModel.KEYS);
        dragged.add(0, dragged.remove(dragged.indexOf("status")));
        layout.tableReordered(dragged);
        layout.tableReordered(dragged);
        layout.tableResized(Map.of("status", 180.0));
        layout.tableResized(Map.of("status", 180.2));

        assertEquals(dragged, keys());
        assertEquals(180.0, layout.columns().get(0).width());
        assertEquals(2, told.size());
    }

    @Test
    void aStoredLayoutLosesUnknownColumnsGainsMissingOnesAndShowsStatus() {
        layout.apply(List.of(new ViewColumn("cost", true, 90), new ViewColumn("giftSku", true, 50),
                new ViewColumn("status", false, 150), new ViewColumn("created", false, 0),
                new ViewColumn("cost", false, 10)));

        // each missing column goes after the nearest one that stands before it by default
        assertEquals(List.of("attention", "cost", "menu", "status", "issue", "tracking", "created", "recipient",
                "sender", "type", "campaign"), keys());
        assertTrue(shown("status"));
        assertFalse(shown("created"));
        assertTrue(shown("cost"));
        assertEquals(90, layout.columns().get(1).width());
        assertEquals(List.of(), told, "a layout put back is not the user's change");

        layout.apply(List.of());
        assertEquals(11, keys().size());
        assertFalse(shown("created"), "an empty list leaves the columns as they are");
    }
}
