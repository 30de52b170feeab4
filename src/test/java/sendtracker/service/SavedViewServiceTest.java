package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.CampaignState;
import sendtracker.domain.Role;
import sendtracker.domain.SavedView;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.User;
import sendtracker.domain.ViewColumn;
import sendtracker.domain.ViewSettings;

/** Saved views on a local file store: per person, the name rules, the start view, and across a restart. */
class SavedViewServiceTest {
    static final User DANA = new User(0, "Dana@acme.test", "Dana", Role.MANAGER, "Sales", Set.of("Sales"));
    static final User LEE = new User(0, "lee@acme.test", "Lee", Role.SENDER, "Sales", Set.of());
    static final ViewSettings SHIPPED_BY_COST = new ViewSettings(
            new SendFilter(Set.of(SendStatus.SHIPPED), Set.of(SendType.DIRECT), "hoodie", "lee@acme.test", "Sales",
                    LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), TestModeFilter.EXCLUDE, true,
                    Set.of(CampaignState.ACTIVE)),
            new SendSort(SendSort.Field.COST, true),
            List.of(new ViewColumn("cost", true, 110), new ViewColumn("campaign", false, 0)));

    @TempDir
    Path dir;
    Backend backend;
    SavedViewService views;

    @BeforeEach
    void open() {
        backend = Backend.open(TestStores.url(dir), TestStores.CLOCK, false);
        views = backend.views();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private void reopen() {
        backend.close();
        open();
    }

    @Test
    void aSavedViewIsListedForItsOwnerOnlyAndSurvivesARestart() {
        views.save(DANA, "  Shipped by cost ", SHIPPED_BY_COST, false);
        views.save(DANA, "all", new ViewSettings(null, null, null), false);

        reopen();

        List<SavedView> danas = views.views(new User(7, "dana@ACME.test", "D", Role.MANAGER, null, Set.of()));
        assertEquals(List.of("all", "Shipped by cost"), danas.stream().map(SavedView::name).toList());
        assertEquals(SHIPPED_BY_COST, danas.get(1).settings());
        assertEquals(List.of(), views.views(LEE));
    }

    @Test
    void aTakenNameIsRefusedUnlessReplacingWhichKeepsTheStartMark() {
        views.save(DANA, "Weekly", SHIPPED_BY_COST, false);
        views.setStartView(DANA, "Weekly");

        var refused = assertThrows(SavedViewService.ViewNameException.class,
                () -> views.save(DANA, "WEEKLY", new ViewSettings(null, null, null), false));
        assertEquals("You already have a view called “WEEKLY”. Pick another name, or save over it.",
                refused.getMessage());
        assertEquals(SHIPPED_BY_COST, views.views(DANA).get(0).settings());

        views.save(DANA, "weekly", new ViewSettings(SendFilter.ALL.withTeam("Ops"), null, null), true);

        SavedView replaced = views.views(DANA).get(0);
        assertEquals("weekly", replaced.name());
        assertEquals("Ops", replaced.settings().filter().team());
        assertTrue(replaced.startView());
        assertEquals(1, views.views(DANA).size());
    }

    @Test
    void emptyTooLongAndMultiLineNamesAreRefusedWithTheReason() {
        ViewSettings any = new ViewSettings(null, null, null);
        assertEquals("A view needs a name: type one, for example “Open orders this week”.",
                assertThrows(SavedViewService.ViewNameException.class, () -> views.save(DANA, "   ", any, false))
                        .getMessage());
        assertEquals("That name has 61 characters; a view’s name can have at most 60.",
                assertThrows(SavedViewService.ViewNameException.class,
                        () -> views.save(DANA, "x".repeat(61), any, false)).getMessage());
        assertEquals("A view’s name is one line: leave out line breaks and tabs.",
                assertThrows(SavedViewService.ViewNameException.class,
                        () -> views.save(DANA, "two\nlines", any, false)).getMessage());
        // sixty letters outside the BMP are sixty characters, not 120
        views.save(DANA, "\uD83C\uDF81".repeat(60), any, false);
        assertEquals(List.of(), views.views(LEE));
        assertEquals(1, views.views(DANA).size());
    }

    @Test
    void renameKeepsTheSettingsAndRefusesATakenOrMissingName() {
        views.save(DANA, "Weekly", SHIPPED_BY_COST, false);
        views.save(DANA, "Monthly", new ViewSettings(null, null, null), false);

        views.rename(DANA, "weekly", "Every Monday");
        views.rename(DANA, "monthly", "MONTHLY");

        assertEquals(List.of("Every Monday", "MONTHLY"), views.views(DANA).stream().map(SavedView::name).toList());
        assertEquals(SHIPPED_BY_COST, views.views(DANA).get(0).settings());
        assertThrows(SavedViewService.ViewNameException.class, () -> views.rename(DANA, "Every Monday", "monthly"));
        assertEquals("There is no view called “Weekly” any more (deleted in another window?).",
                assertThrows(SavedViewService.ViewNameException.class, () -> views.rename(DANA, "Weekly", "Other"))
                        .getMessage());
        assertThrows(SavedViewService.ViewNameException.class, () -> views.rename(DANA, "MONTHLY", ""));
    }

    @Test
    void oneStartViewAtATimeAndDeleteTakesItAway() {
        views.save(DANA, "A", SHIPPED_BY_COST, false);
        views.save(DANA, "B", new ViewSettings(null, null, null), false);
        views.save(LEE, "A", new ViewSettings(null, null, null), false);
        views.setStartView(LEE, "A");

        views.setStartView(DANA, "A");
        views.setStartView(DANA, "B");

        assertEquals(Optional.of("B"), views.startView(DANA).map(SavedView::name));
        assertEquals(1, views.views(DANA).stream().filter(SavedView::startView).count());
        assertEquals(Optional.of("A"), views.startView(LEE).map(SavedView::name));
        assertThrows(SavedViewService.ViewNameException.class, () -> views.setStartView(DANA, "C"));

        views.setStartView(DANA, null);
        assertEquals(Optional.empty(), views.startView(DANA));

        views.delete(DANA, "a");
        views.delete(DANA, "a");
        assertEquals(List.of("B"), views.views(DANA).stream().map(SavedView::name).toList());
        assertEquals(1, views.views(LEE).size());
    }

    @Test
    void theRememberedLayoutIsPerPersonAndSurvivesARestart() {
        List<ViewColumn> layout = List.of(new ViewColumn("status", true, 160), new ViewColumn("created", false, 0));
        assertEquals(Optional.empty(), views.startLayout(DANA));

        views.rememberLayout(DANA, List.of(new ViewColumn("cost", true, 0)));
        views.rememberLayout(DANA, layout);
        reopen();

        assertEquals(Optional.of(layout), views.startLayout(DANA));
        assertEquals(Optional.empty(), views.startLayout(LEE));
    }

    @Test
    void viewsSurviveALaterMigrationOfTheSchema() {
        views.save(DANA, "Weekly", SHIPPED_BY_COST, false);
        views.setStartView(DANA, "Weekly");
        backend.close();
        // a later version's migration (test resources): new columns beside the views, a key added to the JSON
        Flyway.configure().dataSource(TestStores.url(dir), "sa", "")
                .locations("classpath:db/migration", "classpath:db/later-migration").load().migrate();

        open();

        SavedView weekly = views.views(DANA).get(0);
        assertEquals(SHIPPED_BY_COST, weekly.settings());
        assertTrue(weekly.startView());
        assertFalse(views.views(LEE).iterator().hasNext());
    }
}
