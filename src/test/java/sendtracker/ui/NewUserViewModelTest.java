package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.CancelOutcome;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.service.Backend;
import sendtracker.service.SendService;
import sendtracker.service.SupportContact;

/** The first-day fixes that live in view-models: no toolkit needed. */
class NewUserViewModelTest {
    private SendService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        service = UiFixture.service();
    }

    @AfterEach
    void close() {
        service.store().close();
    }

    private MainViewModel window(String email) {
        MainViewModel vm = new MainViewModel(dialogs, Jobs.direct(), null);
        vm.start(WindowSource.of(service), email, null);
        return vm;
    }

    private Send any(SendStatus status) {
        return service.find(UiFixture.ADMIN, service.page(UiFixture.ADMIN, SendFilter.ALL.withStatuses(Set.of(status)),
                SendSort.NEWEST_FIRST, 0, 1).rows().get(0).id()).orElseThrow();
    }

    @Test
    void afterACancelTheDetailsSayWhenTheRefundIsDueAndNoLongerWaitForAnAddress() {
        MainViewModel vm = window(UiFixture.SAM.email());
        vm.details().show(service.find(UiFixture.SAM, UiFixture.CANCELABLE).orElseThrow());
        assertNull(vm.details().refundExpectedBy(), "nothing is due before the cancel");
        dialogs.cancelReason = "Wrong address";

        vm.cancelFlow().start(vm.details().send());

        Send now = vm.details().send();
        assertEquals(SendStatus.CANCELED, now.status());
        assertEquals(now.statusChangedAt().plus(Duration.ofDays(1)), vm.details().refundExpectedBy());
    }

    @Test
    void aLongCanceledSendOwesNoRefundLine() {
        Send old = any(SendStatus.CANCELED);
        assertNull(DetailsViewModel.refundDue(old, old.statusChangedAt().plus(Duration.ofDays(2))));
        assertNotNull(DetailsViewModel.refundDue(old, old.statusChangedAt().plus(Duration.ofHours(2))));
    }

    @Test
    void aFilterThatLeavesTheShownSendOutClearsTheDetails() {
        MainViewModel vm = window(UiFixture.ADMIN.email());
        vm.details().show(service.find(UiFixture.ADMIN, UiFixture.SHIPPED).orElseThrow());

        vm.tracker().statusesProperty().set(Set.of(SendStatus.SHIPPED));
        assertEquals(UiFixture.SHIPPED, vm.details().send().id(), "still listed: kept");

        vm.tracker().statusesProperty().set(Set.of(SendStatus.DELIVERED));
        assertNull(vm.details().send(), "no longer listed: cleared");

        vm.tracker().clearFilters();
        vm.details().show(service.find(UiFixture.ADMIN, UiFixture.SHIPPED).orElseThrow());
        vm.tracker().searchProperty().set("natarajan");
        assertNull(vm.details().send(), "a search that leaves it out clears it too");
    }

    @Test
    void aClosedSendGetsNoSupportRequestButSaysWhy() {
        MainViewModel vm = window(UiFixture.ADMIN.email());
        vm.setSupportContact(new SupportContact("help@acme.test"));
        Send closed = any(SendStatus.CANCELED);

        vm.cancelFlow().start(closed);

        SupportDialog shown = dialogs.support.get(0);
        assertEquals(CancelOutcome.ALREADY_CLOSED, shown.decision().outcome());
        assertNull(shown.request(), "nothing to ask Support for");
        assertFalse(shown.why().isBlank());
        assertTrue(shown.mailDraft().startsWith("mailto:help@acme.test?subject="), shown.mailDraft());
    }

    @Test
    void theSupportDialogSaysHowToReachSupportAndDraftsTheMail() {
        MainViewModel vm = window(UiFixture.SAM.email());
        vm.setSupportContact(new SupportContact("help@acme.test"));
        List<String> opened = new ArrayList<>();
        vm.cancelFlow().reachSupport(vm.supportContact(), opened::add);

        vm.cancelFlow().start(service.find(UiFixture.SAM, UiFixture.EGIFT).orElseThrow());

        SupportDialog shown = dialogs.support.get(0);
        assertEquals("help@acme.test", shown.contact().text());
        assertTrue(shown.request().contains(UiFixture.EGIFT));
        assertTrue(shown.mailDraft().contains("body=Please%20help"), shown.mailDraft());
        shown.openUrl().accept(shown.mailDraft());
        assertEquals(List.of(shown.mailDraft()), opened);
    }

    @Test
    void messagesAreKeptNewestFirstAndTheSameTextShowsAgain() {
        MainViewModel vm = window(UiFixture.SAM.email());
        List<String> shown = new ArrayList<>();
        vm.noticeProperty().addListener((o, a, text) -> {
            if (!text.isEmpty()) {
                shown.add(text);
            }
        });
        vm.say("first");
        vm.say("second");
        vm.say("second");
        assertEquals(List.of("first", "second", "second"), shown);
        assertTrue(vm.messages().get(0).endsWith("second") && vm.messages().get(2).endsWith("first"), vm.messages().toString());
        for (int i = 0; i < 80; i++) {
            vm.say("n" + i);
        }
        assertEquals(MainViewModel.MESSAGES_KEPT, vm.messages().size());
        assertTrue(vm.messages().get(0).endsWith("n79"));
    }

    @Test
    void aNewEmptyStoreIsAnnouncedAndOffersDemoData() {
        try (Backend empty = Backend.open("jdbc:h2:mem:new-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                UiFixture.CLOCK, false)) {
            MainViewModel vm = new MainViewModel(dialogs, Jobs.direct(), null);
            List<String> said = new ArrayList<>();
            vm.noticeProperty().addListener((o, a, text) -> said.add(text));
            long[] loaded = {0};
            vm.store().opened(new LiveStore("/tmp/new-store", empty.isNewStore(), new LiveStore.Filler() {
                @Override
                public long loadDemo() {
                    loaded[0] = empty.demo().generate(30, 1L, n -> { });
                    return loaded[0];
                }

                @Override
                public String importFile(java.nio.file.Path file, sendtracker.domain.User actor, Jobs.Progress p) {
                    throw new UnsupportedOperationException();
                }
            }));
            vm.start(WindowSource.of(empty.sends()), null, null);

            assertTrue(said.stream().anyMatch(t -> t.contains("/tmp/new-store") && t.contains("created")), said.toString());
            assertTrue(vm.store().emptyHintProperty().get(), "an empty store shows the way in");
            assertEquals("/tmp/new-store", vm.store().labelProperty().get());

            vm.store().loadDemo();

            assertEquals(30, vm.tracker().totalProperty().get());
            assertFalse(vm.store().emptyHintProperty().get());
        }
    }
}
