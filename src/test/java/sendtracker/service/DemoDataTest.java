package sendtracker.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sendtracker.domain.CampaignState;
import sendtracker.domain.Role;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.StatusUpdate;
import sendtracker.domain.TestModeFilter;
import sendtracker.domain.User;

class DemoDataTest {
    @TempDir
    Path a;
    @TempDir
    Path b;

    @Test
    void sameSeedGivesTheSameSendsAndHistoriesFollowTheLifecycle() throws Exception {
        List<Send> first = new ArrayList<>();
        List<Send> second = new ArrayList<>();
        try (Backend one = TestStores.demo(a, 3000); Backend two = TestStores.demo(b, 3000)) {
            User admin = one.sends().defaultUser();
            one.store().forEach(admin, SendFilter.ALL, new SendSort(SendSort.Field.ID, true), TestStores.CLOCK.instant(),
                    true, first::add);
            two.store().forEach(two.sends().defaultUser(), SendFilter.ALL, new SendSort(SendSort.Field.ID, true),
                    TestStores.CLOCK.instant(), true, second::add);
            assertEquals(3000, first.size());
            for (int i = 0; i < first.size(); i++) {
                assertEquals(first.get(i).toBuilder().version(0).build(), second.get(i).toBuilder().version(0).build());
            }
            Set<SendType> types = EnumSet.noneOf(SendType.class);
            Set<SendStatus> statuses = EnumSet.noneOf(SendStatus.class);
            Set<CampaignState> states = EnumSet.noneOf(CampaignState.class);
            for (Send s : first) {
                types.add(s.type());
                statuses.add(s.status());
                states.add(s.campaignState());
                assertTrue(s.status().appliesTo(s.type()), s.id() + " " + s.type() + " " + s.status());
                List<StatusUpdate> h = s.history();
                assertFalse(h.isEmpty());
                assertEquals(SendStatus.INITIATED, h.get(0).status());
                assertEquals(s.status(), h.get(h.size() - 1).status());
                assertEquals(s.statusChangedAt(), h.get(h.size() - 1).occurredAt());
                for (int i = 1; i < h.size(); i++) {
                    assertFalse(h.get(i).occurredAt().isBefore(h.get(i - 1).occurredAt()), s.id());
                }
                boolean shipped = h.stream().anyMatch(u -> u.status() == SendStatus.SHIPPED);
                if (s.status() == SendStatus.DELIVERED || s.status() == SendStatus.UNDELIVERABLE) {
                    assertTrue(shipped, "no " + s.status() + " without Shipped: " + s.id());
                }
                if (shipped) {
                    assertNotNull(s.trackingNumber(), s.id());
                    assertNotNull(s.trackingUrl(), s.id());
                }
                assertFalse(s.statusChangedAt().isAfter(TestStores.CLOCK.instant()));
            }
            assertEquals(EnumSet.allOf(SendType.class), types);
            assertEquals(EnumSet.allOf(CampaignState.class), states);
            assertTrue(statuses.size() >= 17, "most statuses occur: " + statuses);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            one.sends().users().forEach(u -> roles.add(u.role()));
            assertEquals(EnumSet.allOf(Role.class), roles);
            SendFilter attention = SendFilter.ALL.withAttentionOnly(true);
            assertTrue(one.sends().count(admin, attention) > 0, "some sends need attention");
            assertTrue(one.sends().count(admin, SendFilter.ALL.withTestMode(TestModeFilter.ONLY)) > 0);
            assertTrue(one.sends().count(admin, SendFilter.ALL.withStatuses(Set.of(SendStatus.ORDER_RECEIVED))
                    .withAttentionOnly(true)) > 0, "some stuck in processing past 7 days");
        }
    }
}
