package sendtracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartScaleTest {

    @Test
    void ticksAreRoundAndTheAxisEndsPastTheLargestBar() {
        assertEquals(new ChartScale(1500, 500), ChartScale.of(1250));
        assertEquals(new ChartScale(250, 50), ChartScale.of(200));
        assertEquals(new ChartScale(6, 2), ChartScale.of(5));
        assertEquals(new ChartScale(2, 1), ChartScale.of(1));
        assertEquals(new ChartScale(3000, 1000), ChartScale.of(2500));
    }

    @Test
    void everyLargestValueGetsAFewStepsAndRoom() {
        for (long n = 1; n < 100_000; n += 7) {
            ChartScale s = ChartScale.of(n);
            assertTrue(s.upper() > n, n + " → " + s);
            assertTrue(s.upper() % s.step() == 0, n + " → " + s);
            long steps = s.upper() / s.step();
            assertTrue(steps >= 2 && steps <= ChartScale.MAX_STEPS + 1, n + " → " + s);
        }
    }

    @Test
    void anEmptyChartHasAUnitAxis() {
        assertEquals(new ChartScale(1, 1), ChartScale.of(0));
    }

    @Test
    void tickLabelsAreExact() {
        assertEquals("1,250", Formats.count(1250));
    }
}
