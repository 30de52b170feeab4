package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import sendtracker.domain.SendStatus;

/** What waits for the window's first rows, and what does not. */
class FirstRowsGateTest extends FixtureStoreTest {

    @Test
    void heldWorkRunsWhenTheGateOpensTheNewestPerPurposeInTheOrderFirstAsked() {
        FirstRowsGate gate = new FirstRowsGate();
        List<String> ran = new ArrayList<>();
        gate.hold();
        gate.run("counts", () -> ran.add("counts 1"));
        gate.run("spend", () -> ran.add("spend"));
        gate.run("counts", () -> ran.add("counts 2"));
        assertTrue(gate.isHeld());
        assertEquals(List.of(), ran);

        gate.open();
        assertEquals(List.of("counts 2", "spend"), ran);
        gate.run("later", () -> ran.add("later"));
        assertEquals("later", ran.get(2), "an open gate runs work at once");
        gate.hold();
        assertFalse(gate.isHeld(), "a gate that was opened stays open");
    }

    @Test
    void anOpenGateChangesNothingAndAHeldOneKeepsCountsSpendAndQueueUntilTheRowsAreShown() {
        MainViewModel vm = new MainViewModel(new RecordingDialogs(), Jobs.direct(), null);
        vm.start(WindowSource.of(service), null, null);
        assertFalse(vm.tracker().statusCountsProperty().get().isEmpty(), "no window holds the gate: counts at once");

        MainViewModel held = new MainViewModel(new RecordingDialogs(), Jobs.direct(), null);
        held.tracker().firstRowsGate().hold();
        held.start(WindowSource.of(service), null, null);
        assertTrue(held.tracker().totalProperty().get() > 0, "the rows do not wait");
        assertTrue(held.tracker().statusCountsProperty().get().isEmpty());
        assertEquals("", held.spend().textProperty().get());

        held.tracker().firstRowsGate().open();
        assertEquals(vm.tracker().statusCountsProperty().get(), held.tracker().statusCountsProperty().get());
        assertTrue(held.tracker().statusCountsProperty().get().get(SendStatus.DELIVERED) > 0);
        assertEquals(vm.spend().textProperty().get(), held.spend().textProperty().get());
        assertFalse(held.spend().textProperty().get().isEmpty());
    }

    @Test
    void afterFirstCountsRunsOnceWhenTheHeldCountsAnswerNotBefore() {
        MainViewModel held = new MainViewModel(new RecordingDialogs(), Jobs.direct(), null);
        List<String> ran = new ArrayList<>();
        held.tracker().firstRowsGate().hold();
        FirstRowsGate.afterFirstCounts(held.tracker(), () -> ran.add("index"));
        held.start(WindowSource.of(service), null, null);
        assertEquals(List.of(), ran, "the rows alone do not start it");

        held.tracker().firstRowsGate().open();
        assertEquals(List.of("index"), ran);
        held.tracker().refresh();
        assertEquals(List.of("index"), ran, "once only");
        FirstRowsGate.afterFirstCounts(held.tracker(), () -> ran.add("late"));
        assertEquals(List.of("index", "late"), ran, "asked after the counts came: at once");
    }
}
