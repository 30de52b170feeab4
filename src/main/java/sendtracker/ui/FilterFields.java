package sendtracker.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import sendtracker.domain.CampaignState;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendStatus;
import sendtracker.domain.SendType;
import sendtracker.domain.TestModeFilter;

/** The tracker's filter properties, one per filter of the window, and the {@link SendFilter} they make together. */
final class FilterFields {
    final StringProperty search;
    final ObjectProperty<Set<SendStatus>> statuses;
    final ObjectProperty<Set<SendType>> types;
    final StringProperty team;
    final StringProperty senderEmail;
    final ObjectProperty<LocalDate> from;
    final ObjectProperty<LocalDate> to;
    final ObjectProperty<TestModeFilter> testMode;
    final BooleanProperty attentionOnly;
    /** Only sends with a cancellation request waiting for Support (the cancelRequestsFilter toggle). */
    final BooleanProperty pendingRequestOnly;
    final ObjectProperty<Set<CampaignState>> campaignStates;

    /** {@code bean}: the view-model the properties belong to. */
    FilterFields(Object bean) {
        search = new SimpleStringProperty(bean, "search", "");
        statuses = new SimpleObjectProperty<>(bean, "statuses", Set.of());
        types = new SimpleObjectProperty<>(bean, "types", Set.of());
        team = new SimpleStringProperty(bean, "team");
        senderEmail = new SimpleStringProperty(bean, "senderEmail");
        from = new SimpleObjectProperty<>(bean, "from");
        to = new SimpleObjectProperty<>(bean, "to");
        testMode = new SimpleObjectProperty<>(bean, "testMode", TestModeFilter.INCLUDE);
        attentionOnly = new SimpleBooleanProperty(bean, "attentionOnly");
        pendingRequestOnly = new SimpleBooleanProperty(bean, "pendingRequestOnly");
        campaignStates = new SimpleObjectProperty<>(bean, "campaignStates", Set.of());
    }

    /** Every filter property, for listening to them all. */
    List<Property<?>> all() {
        return List.of(search, statuses, types, team, senderEmail, from, to, testMode, attentionOnly, campaignStates,
                pendingRequestOnly);
    }

    SendFilter filter() {
        return new SendFilter(statuses.get(), types.get(), search.get(), senderEmail.get(), team.get(), from.get(),
                to.get(), testMode.get(), attentionOnly.get(), campaignStates.get(), pendingRequestOnly.get());
    }

    /** Every filter back to its "all sends" value. */
    void clear() {
        search.set("");
        statuses.set(Set.of());
        types.set(Set.of());
        team.set(null);
        senderEmail.set(null);
        from.set(null);
        to.set(null);
        testMode.set(TestModeFilter.INCLUDE);
        attentionOnly.set(false);
        pendingRequestOnly.set(false);
        campaignStates.set(Set.of());
    }
}
