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
}
