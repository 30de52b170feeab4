package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SavedView;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.ViewColumn;
import sendtracker.service.Backend;

/** Saved views in the window's view-models, without a toolkit: every job runs at once on the test thread. */
class SavedViewsViewModelTest {
    static final SendFilter EVERY_FIELD = new SendFilter(Set.of(SendStatus.DELIVERED, SendStatus.SHIPPED),
            Set.of(SendType.INVENTORIED), "globex", UiFixture.SAM.email(), "Sales", LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 11, 30), TestModeFilter.EXCLUDE, true, Set.of(CampaignState.ACTIVE), true);

    Backend backend;
    ScriptedViewDialogs dialogs;
    List<String> said;
    TrackerViewModel tracker;
    SavedViewsViewModel views;
    WindowSource live;

    @BeforeEach
    void open() {
        backend = Backend.open("jdbc:h2:mem:views-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Clock.systemUTC(),
                false);
        UiFixture.fill(backend.sends(), 60);
        live = WindowSource.of(backend.sends());
        window(UiFixture.ADMIN.email());
    }

    /** A new window on the same store, as {@code email}: a restart of the app. */
    void window(String email) {
        window(email, null);
    }

    /** As {@link #window(String)}, on a team store signed in as {@code signedIn}. */
    void window(String email, sendtracker.domain.User signedIn) {
        dialogs = new ScriptedViewDialogs();
        said = new ArrayList<>();
        tracker = new TrackerViewModel(Jobs.direct());
        views = new SavedViewsViewModel(tracker, new ColumnLayoutViewModel(), dialogs, Jobs.direct(), said::add);
        views.connect(live, backend.views(), signedIn);
        tracker.open(live, email, s -> { });
    }

    @AfterEach
    void close() {
        backend.close();
    }

    void setEveryFilter() {
        tracker.changeTogether(() -> {
            tracker.statusesProperty().set(EVERY_FIELD.statuses());
            tracker.typesProperty().set(EVERY_FIELD.types());
            tracker.searchProperty().set(EVERY_FIELD.search());
            tracker.senderEmailProperty().set(EVERY_FIELD.senderEmail());
            tracker.teamProperty().set(EVERY_FIELD.team());
            tracker.fromProperty().set(EVERY_FIELD.from());
            tracker.toProperty().set(EVERY_FIELD.to());
            tracker.testModeProperty().set(EVERY_FIELD.testMode());
            tracker.attentionOnlyProperty().set(true);
            tracker.campaignStatesProperty().set(EVERY_FIELD.campaignStates());
            tracker.pendingRequestOnlyProperty().set(true);
        });
        tracker.sortProperty().set(new SendSort(SendSort.Field.COST, true));
    }

    void save(String name) {
        dialogs.names.add(name);
        views.save();
    }

    SavedView view(String name) {
        return views.views().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void choosingASavedViewBringsBackEveryFilterTheSortAndTheColumns() {
        setEveryFilter();
        views.layout().show("campaign", false);
        views.layout().moveLeft("cost");
        List<ViewColumn> columns = views.layout().columns();
        save("Sam's deliveries");
        long total = tracker.totalProperty().get();

        tracker.clearFilters();
        tracker.sortProperty().set(SendSort.NEWEST_FIRST);
        views.layout().reset();
        save("Everything");
        views.choose(view("Sam's deliveries"));

        assertEquals(EVERY_FIELD, tracker.filterProperty().get());
        assertEquals(new SendSort(SendSort.Field.COST, true), tracker.sortProperty().get());
        assertEquals(columns, views.layout().columns());
        assertEquals(total, tracker.totalProperty().get());
        assertEquals("Sam's deliveries", views.currentProperty().get().name());
        assertTrue(said.contains("Showing the view “Sam's deliveries”."), said.toString());

        views.choose(view("Everything"));
        assertEquals(SendFilter.ALL, tracker.filterProperty().get());
        assertEquals(ColumnLayoutViewModel.defaults(), views.layout().columns());
    }

    @Test
    void theNameDialogOffersToReplaceATakenNameAndRefusesEmptyOrLongOnes() {
        save("Weekly");
        setEveryFilter();
        dialogs.names.add("weekly ");
        views.save();

        ViewNameDialog asked = dialogs.nameDialogs.get(1);
        assertEquals("Weekly", asked.initialName());
        ViewNameDialog.Check taken = asked.check("WEEKLY");
        assertTrue(taken.allowed() && taken.replaces());
        assertEquals("You already have a view called “weekly”: saving replaces it with what the window shows now.",
                taken.message());
        assertFalse(asked.check("  ").allowed());
        assertEquals("That name has 70 characters; a view’s name can have at most 60.",
                asked.check("y".repeat(70)).message());
        assertEquals(new ViewNameDialog.Check("", true, false), asked.check("Monthly"));
        // saving over it: one view, now with the new filters
        assertEquals(1, views.views().size());
        assertEquals(EVERY_FIELD, views.views().get(0).settings().filter());
        assertEquals("weekly", views.views().get(0).name());
    }

    @Test
    void aNameTheDialogWouldRefuseIsRefusedWithItsReasonAndNothingIsSaved() {
        save("x".repeat(61));

        assertEquals(List.of("That name has 61 characters; a view’s name can have at most 60."), dialogs.errors);
        assertEquals(List.of(), views.views());
    }

    @Test
    void renameAndDeleteActOnTheViewInUse() {
        save("Weekly");
        save("Monthly");
        views.choose(view("Weekly"));

        dialogs.names.add("Every Monday");
        views.rename();
        ViewNameDialog taken = dialogs.nameDialogs.get(dialogs.nameDialogs.size() - 1);

        assertEquals(List.of("Every Monday", "Monthly"), views.views().stream().map(SavedView::name).toList());
        assertEquals("Every Monday", views.currentProperty().get().name());
        assertFalse(taken.check("monthly").allowed(), "renaming onto another view is refused, not a replace");
        assertTrue(taken.check("WEEKLY").allowed(), "the view itself may change the case of its name");

        views.delete();

        assertEquals("Every Monday", dialogs.deleteDialogs.get(0).name());
        assertEquals(List.of("Monthly"), views.views().stream().map(SavedView::name).toList());
        assertNull(views.currentProperty().get());
        assertTrue(said.contains("Deleted the view “Every Monday”."), said.toString());
    }

    @Test
    void theStartViewComesBackWhenTheWindowOpensForThatPersonColumnsIncluded() {
        setEveryFilter();
        views.layout().show("tracking", false);
        save("Start here");
        views.setStartView(true);
        assertTrue(view("Start here").startView());
        tracker.clearFilters();
        views.layout().reset();

        window(UiFixture.ADMIN.email());

        assertEquals(EVERY_FIELD, tracker.filterProperty().get());
        assertEquals(new SendSort(SendSort.Field.COST, true), tracker.sortProperty().get());
        assertFalse(shown("tracking"));
        assertTrue(said.contains("Opened with your start view “Start here”."), said.toString());

        window(UiFixture.SUE.email());
        assertEquals(SendFilter.ALL, tracker.filterProperty().get());
        assertEquals(List.of(), views.views());
        assertEquals(ColumnLayoutViewModel.defaults(), views.layout().columns());
    }

    @Test
    void withoutAStartViewTheColumnsTheUserLeftComeBack() {
        views.layout().show("campaign", false);
        views.layout().moveRight("created");
        List<ViewColumn> left = views.layout().columns();

        window(UiFixture.ADMIN.email());

        assertEquals(left, views.layout().columns());
        assertEquals(SendFilter.ALL, tracker.filterProperty().get());
    }

    @Test
    void eachPersonHasTheirOwnColumnsWhenTheUserSwitches() {
        views.layout().show("campaign", false);

        tracker.currentUserProperty().set(tracker.users().stream().filter(u -> u.isEmail(UiFixture.SUE.email()))
                .findFirst().orElseThrow());
        assertEquals(ColumnLayoutViewModel.defaults(), views.layout().columns());
        views.layout().show("cost", false);

        tracker.currentUserProperty().set(tracker.users().get(0));
        assertFalse(shown("campaign"));
        assertTrue(shown("cost"));
    }

    @Test
    void signedInTheViewsStayTheSignedInPersonsWhileAnAdminPreviewsAnotherUser() {
        sendtracker.domain.User ada = tracker.users().get(0);
        tracker.statusesProperty().set(Set.of(SendStatus.REDEEMED));
        save("Redeemed");
        views.setStartView(true);

        window(UiFixture.ADMIN.email(), ada);
        assertEquals(Set.of(SendStatus.REDEEMED), tracker.filterProperty().get().statuses(),
                "the start view survives the tracker clearing its filters as it opens");
        tracker.currentUserProperty().set(tracker.users().stream().filter(u -> u.isEmail(UiFixture.SAM.email()))
                .findFirst().orElseThrow());

        assertEquals(List.of("Redeemed"), views.views().stream().map(SavedView::name).toList());
        save("Seen as Sam");
        assertEquals(2, backend.views().views(ada).size());
        assertEquals(List.of(), backend.views().views(UiFixture.SAM));
    }

    boolean shown(String key) {
        return views.layout().columns().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().visible();
    }

    @Test
    void switchingTheUserShowsTheirViewsAndStartView() {
        save("Ada's");
        tracker.currentUserProperty().set(tracker.users().stream().filter(u -> u.isEmail(UiFixture.MANAGER.email()))
                .findFirst().orElseThrow());
        assertEquals(List.of(), views.views());
        tracker.statusesProperty().set(Set.of(SendStatus.SHIPPED));
        save("Mia's shipped");
        views.setStartView(true);

        tracker.currentUserProperty().set(tracker.users().get(0));
        assertEquals(List.of("Ada's"), views.views().stream().map(SavedView::name).toList());
        tracker.clearFilters();
        tracker.currentUserProperty().set(tracker.users().stream().filter(u -> u.isEmail(UiFixture.MANAGER.email()))
                .findFirst().orElseThrow());

        assertEquals(Set.of(SendStatus.SHIPPED), tracker.filterProperty().get().statuses());
    }

    @Test
    void theViewsRestWhileAnotherSourceIsShown() {
        assertTrue(views.availableProperty().get());
        sendtracker.service.SendService reviewed = UiFixture.service();
        tracker.open(WindowSource.of(reviewed), null, s -> { });

        assertFalse(views.availableProperty().get());
        save("Not while reviewing");
        assertTrue(dialogs.nameDialogs.isEmpty());

        tracker.open(live, UiFixture.ADMIN.email(), s -> { });
        assertTrue(views.availableProperty().get());
        reviewed.store().close();
    }
}
