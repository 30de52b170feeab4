package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sendtracker.domain.Send;
import sendtracker.domain.Spend;
import sendtracker.service.Backend;
import sendtracker.service.SendService;

/** spendTotal's text and tooltip without a toolkit: the filtered set, a selection, rows not loaded. */
class SpendViewModelTest {
    private SendService service;
    private MainViewModel vm;
    private final ObservableList<Integer> selected = FXCollections.observableArrayList();

    @BeforeEach
    void open() {
        service = Backend.open("jdbc:h2:mem:spend-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Clock.systemUTC(),
                false).sends();
        UiFixture.fill(service, 250);
        vm = new MainViewModel(new RecordingDialogs(), Jobs.direct(), null);
        vm.spend().followSelection(selected);
        vm.start(WindowSource.of(service), UiFixture.ADMIN.email(), null);
    }

    @AfterEach
    void close() {
        service.store().close();
    }

    @Test
    void theFilteredSetIsTotalledInTheStoreNotFromTheLoadedPage() {
        long priced = vm.tracker().totalProperty().get();
        assertTrue(priced > PagedSendList.PAGE_SIZE, "more sends than one page: " + priced);
        BigDecimal all = service.spend(service.defaultUser(), vm.tracker().filterProperty().get(),
                sendtracker.domain.SpendGroup.NONE).byCurrency().get("USD").total();
        assertEquals(Formats.money(all, "USD"), vm.spend().textProperty().get());
        assertTrue(vm.spend().detailsProperty().get().contains(Formats.count(priced) + " sends"),
                vm.spend().detailsProperty().get());
    }

    @Test
    void aSelectionCountsItsLoadedRowsAndSaysHowManyAreLeftOut() {
        PagedSendList rows = vm.tracker().rows();
        int far = rows.size() - 1;
        assertTrue(!rows.isLoaded(far), "the last page is not loaded yet");
        Send first = rows.get(0);
        Send second = rows.get(1);
        selected.setAll(0, 1, far);

        assertEquals("Selected: " + Formats.money(first.cost().add(second.cost()), "USD"),
                vm.spend().textProperty().get());
        assertTrue(vm.spend().detailsProperty().get().contains("1 of the selected rows are not loaded"),
                vm.spend().detailsProperty().get());
        assertTrue(!rows.isLoaded(far), "totalling a selection fetches no page");
    }

    @Test
    void everyRowSelectedShowsTheFilteredTotalAndNoCurrencyIsSaidSo() {
        String filtered = vm.spend().textProperty().get();
        Integer[] all = new Integer[vm.tracker().rows().size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        selected.setAll(all);
        assertEquals("Selected: " + filtered, vm.spend().textProperty().get());

        Spend mixed = new Spend(List.of(new Spend.Line(null, null, 1, 0, new BigDecimal("12")),
                new Spend.Line(null, "EUR", 3, 1, new BigDecimal("20.5"))));
        assertEquals("\u20ac20.50 \u00b7 12.00 (no currency)", SpendViewModel.figures(mixed));
        assertTrue(SpendViewModel.perCurrency(mixed).contains("1 send carries no cost"),
                SpendViewModel.perCurrency(mixed));
    }

    @Test
    void eachQueryIsTotalledOnceAndTheChartsLinesGiveTheTotalInTheSamePass() {
        List<sendtracker.domain.SpendGroup> asked = new java.util.ArrayList<>();
        DelegatingSource counting = new DelegatingSource(service) {
            @Override
            public Spend spend(sendtracker.domain.User viewer, sendtracker.domain.SendFilter filter,
                    sendtracker.domain.SpendGroup by) {
                asked.add(by);
                return super.spend(viewer, filter, by);
            }
        };
        MainViewModel counted = new MainViewModel(new RecordingDialogs(), Jobs.direct(), null);
        counted.start(WindowSource.of(counting), UiFixture.ADMIN.email(), null);
        assertEquals(List.of(sendtracker.domain.SpendGroup.NONE), asked, "one question when the query answers");
        String total = counted.spend().textProperty().get();
        assertEquals(vm.spend().textProperty().get(), total);

        asked.clear();
        counted.spend().chartGroupProperty().set(sendtracker.domain.SpendGroup.TEAM);
        assertEquals(List.of(sendtracker.domain.SpendGroup.TEAM), asked, "the chart's lines give the total too");
        assertEquals(total, counted.spend().textProperty().get());
        assertTrue(counted.spend().chartSpendProperty().get().sends() > 0);

        asked.clear();
        counted.tracker().refresh();
        assertEquals(List.of(sendtracker.domain.SpendGroup.TEAM), asked, "a query run again: one pass, not one per answer");

        counted.spend().chartGroupProperty().set(sendtracker.domain.SpendGroup.STATUS);
        asked.clear();
        counted.tracker().statusesProperty().set(java.util.Set.of(sendtracker.domain.SendStatus.DELIVERED));
        assertEquals(List.of(sendtracker.domain.SpendGroup.NONE, sendtracker.domain.SpendGroup.STATUS).size(),
                asked.size(), "by status the chart leaves the status filter out: two filters, two passes");
        assertTrue(asked.containsAll(List.of(sendtracker.domain.SpendGroup.NONE, sendtracker.domain.SpendGroup.STATUS)),
                asked.toString());
    }
}
