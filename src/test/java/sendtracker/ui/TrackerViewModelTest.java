package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import sendtracker.domain.Send;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.User;

/** The tracker's state without a toolkit: every job runs at once on the test thread. */
class TrackerViewModelTest extends FixtureStoreTest {
    private static final List<Send> ALL = UiFixture.sends(60);

    private TrackerViewModel opened(String email) {
        TrackerViewModel vm = new TrackerViewModel(Jobs.direct());
        vm.open(WindowSource.of(service), email, s -> { });
        return vm;
    }

    private static List<Send> rows(TrackerViewModel vm) {
        List<Send> rows = new ArrayList<>();
        for (int i = 0; i < vm.rows().size(); i++) {
            rows.add(vm.rows().get(i));
        }
        return rows;
    }

    @Test
    void opensAsTheStoresDefaultUserAndShowsEverySendTheyMaySee() {
        TrackerViewModel vm = opened(null);

        assertEquals(UiFixture.ADMIN.email(), vm.currentUser().email());
        assertEquals(4, vm.users().size());
        assertEquals(ALL.size(), vm.totalProperty().get());
        assertEquals(ALL.size(), vm.rows().size());
        assertEquals(ALL.size() + " sends", vm.resultCountTextProperty().get());
        assertTrue(vm.peopleFiltersProperty().get());
    }

    @Test
    void statusFilterNarrowsTheRowsAndCountsIgnoreTheirOwnStatusChoice() {
        TrackerViewModel vm = opened(null);
        long delivered = ALL.stream().filter(s -> s.status() == SendStatus.DELIVERED).count();

        vm.statusesProperty().set(Set.of(SendStatus.DELIVERED));

        assertEquals(delivered, vm.totalProperty().get());
        assertTrue(rows(vm).stream().allMatch(s -> s.status() == SendStatus.DELIVERED));
        Map<SendStatus, Long> counts = vm.statusCountsProperty().get();
        assertEquals(ALL.stream().filter(s -> s.status() == SendStatus.SHIPPED).count(),
                counts.get(SendStatus.SHIPPED), "each status keeps its count so the user can add it");
    }

    @Test
    void searchFindsASendByIdAndClearingFiltersBringsAllBack() {
        TrackerViewModel vm = opened(null);

        vm.searchProperty().set("snd-cancel");
        assertEquals(1, vm.totalProperty().get());
        assertEquals(UiFixture.CANCELABLE, vm.rows().get(0).id());
        assertEquals("1 send", vm.resultCountTextProperty().get());

        vm.clearFilters();
        assertEquals("", vm.searchProperty().get());
        assertEquals(ALL.size(), vm.totalProperty().get());
    }

    @Test
    void aSenderSeesOnlyTheirOwnSendsAndHasNoPeopleFilters() {
        TrackerViewModel vm = opened(null);
        User sam = vm.users().stream().filter(u -> u.isEmail(UiFixture.SAM.email())).findFirst().orElseThrow();

        vm.currentUserProperty().set(sam);

        long own = ALL.stream().filter(s -> sam.isEmail(s.senderEmail())).count();
        assertEquals(own, vm.totalProperty().get());
        assertTrue(rows(vm).stream().allMatch(s -> sam.isEmail(s.senderEmail())));
        assertFalse(vm.peopleFiltersProperty().get());
        assertTrue(vm.teams().isEmpty());
    }

    @Test
    void aManagerFiltersByTheirTeamsPeopleOnly() {
        TrackerViewModel vm = opened(UiFixture.MANAGER.email());

        assertEquals(List.of("Sales"), vm.teams());
        assertTrue(vm.senders().stream().anyMatch(u -> u.isEmail(UiFixture.SAM.email())));
        assertFalse(vm.senders().stream().anyMatch(u -> u.isEmail(UiFixture.SUE.email())));

        vm.senderEmailProperty().set(UiFixture.SAM.email());
        assertTrue(rows(vm).stream().allMatch(s -> UiFixture.SAM.email().equals(s.senderEmail())));
    }

    @Test
    void sortingAsksTheQueryForTheNewOrder() {
        TrackerViewModel vm = opened(null);

        vm.sortProperty().set(new SendSort(SendSort.Field.RECIPIENT, true));

        List<Send> rows = rows(vm);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).recipientName().compareTo(rows.get(i).recipientName()) <= 0,
                    "rows in recipient order at " + i);
        }
    }

    @Test
    void anAnswerToAnOlderQuestionIsDropped() {
        List<Runnable> pending = new ArrayList<>();
        Jobs queued = new Jobs() {
            @Override
            public <T> Handle submit(Job<T> job, Consumer<T> onDone, Consumer<Throwable> onFailure,
                    ProgressListener onProgress) {
                pending.add(() -> Jobs.direct().submit(job, onDone, onFailure, onProgress));
                return () -> { };
            }
        };
        TrackerViewModel vm = new TrackerViewModel(queued);
        vm.open(WindowSource.of(service), null, s -> { });
        pending.remove(0).run();
        pending.clear();

        vm.searchProperty().set("snd-cancel");
        List<Runnable> older = new ArrayList<>(pending);
        pending.clear();
        vm.searchProperty().set("snd-egift");
        List<Runnable> newer = new ArrayList<>(pending);

        newer.forEach(Runnable::run);
        older.forEach(Runnable::run);

        assertEquals(1, vm.totalProperty().get());
        assertEquals(UiFixture.EGIFT, vm.rows().get(0).id(), "the later search wins, whatever order answers come in");
    }

    @Test
    void testModeAttentionCampaignAndDateFiltersEachNarrowTheRows() {
        TrackerViewModel vm = opened(null);
        java.time.Instant now = vm.sends().now();

        vm.testModeProperty().set(sendtracker.domain.TestModeFilter.ONLY);
        assertEquals(ALL.stream().filter(Send::testMode).count(), vm.totalProperty().get());
        assertTrue(rows(vm).stream().allMatch(Send::testMode));
        vm.clearFilters();

        vm.attentionOnlyProperty().set(true);
        assertEquals(ALL.stream().filter(s -> !sendtracker.domain.AttentionReason.of(s, now).isEmpty()).count(),
                vm.totalProperty().get());
        assertTrue(vm.totalProperty().get() > 0);
        vm.clearFilters();

        vm.campaignStatesProperty().set(Set.of(sendtracker.domain.CampaignState.ARCHIVED));
        assertTrue(vm.totalProperty().get() > 0);
        assertTrue(rows(vm).stream().allMatch(s -> s.campaignState() == sendtracker.domain.CampaignState.ARCHIVED));
        vm.clearFilters();

        java.time.LocalDate day = java.time.LocalDate.ofInstant(UiFixture.NOW.minus(java.time.Duration.ofDays(2)),
                java.time.ZoneOffset.UTC);
        vm.fromProperty().set(day);
        vm.toProperty().set(day);
        assertEquals(ALL.stream().filter(s -> java.time.LocalDate.ofInstant(s.createdAt(), java.time.ZoneOffset.UTC)
                .equals(day)).count(), vm.totalProperty().get());
    }

    @Test
    void aStoreThatCannotBeOpenedStopsTheWaitingAndSaysWhy() {
        TrackerViewModel vm = new TrackerViewModel(Jobs.direct());
        assertEquals("Counting…", vm.resultCountTextProperty().get());
        vm.unavailable("The store is in use by another running copy.");
        assertFalse(vm.loadingProperty().get());
        assertEquals("No sends", vm.resultCountTextProperty().get());
        assertEquals("The store is in use by another running copy.", vm.problemProperty().get());
    }

    @Test
    void theFirstPageComesWithTheUsersInOneJobAndTheCountsAfter() {
        QueuedJobs jobs = new QueuedJobs();
        TrackerViewModel vm = new TrackerViewModel(jobs);
        vm.open(WindowSource.of(service), null, s -> { });
        assertEquals(1, jobs.pending.size());
        jobs.drain().forEach(Runnable::run);

        assertEquals(ALL.size(), vm.totalProperty().get(), "the rows need no second job");
        assertEquals(UiFixture.ADMIN.email(), vm.currentUser().email());
        assertEquals(1, jobs.pending.size(), "the counts per status");
        assertTrue(vm.statusCountsProperty().get().isEmpty());
        jobs.drain().forEach(Runnable::run);
        assertEquals(ALL.size(), vm.statusCountsProperty().get().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aQueryRunAgainIsANewAnswerEvenWithTheSameRows() {
        TrackerViewModel vm = opened(null);
        List<PagedSendList> answers = new ArrayList<>();
        vm.rowsProperty().addListener((obs, old, rows) -> answers.add(rows));
        PagedSendList before = vm.rows();

        vm.refresh();

        assertEquals(1, answers.size(), "the table and the spend hear of the new list");
        assertTrue(answers.get(0) != before);
        assertEquals(rows(vm).get(0).id(), before.get(0).id());
    }
}
