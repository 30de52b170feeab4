package sendtracker.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

import sendtracker.domain.SendStatus;

/**
 * Work the window's first rows need not wait for — the counts per status, the spend, the queue
 * of cancellation requests — held until the table's first page is on the screen, then run in the
 * order it was first asked for (docs/decisions/0014-launch-time.md): on two cores, those queries
 * and what they draw would otherwise share the machine with the first rows. The gate is open
 * (work runs at once) unless a window holds it, and once opened it stays open. FX thread only.
 */
public final class FirstRowsGate {
    /** The work waiting, by what it is for; null while the gate is open. */
    private Map<Object, Runnable> waiting;
    private boolean held;

    /** Holds the work asked from now on until {@link #open()}; a gate that was held once is not held again. */
    public void hold() {
        if (!held) {
            held = true;
            waiting = new LinkedHashMap<>();
        }
    }

    /** Runs the waiting work, in the order it was first asked for, and every later work at once. */
    public void open() {
        Map<Object, Runnable> work = waiting;
        waiting = null;
        if (work != null) {
            List.copyOf(work.values()).forEach(Runnable::run);
        }
    }

    public boolean isHeld() {
        return waiting != null;
    }

    /**
     * Runs {@code work} now when the gate is open, else when it opens. While it is held, later
     * work for the same {@code purpose} replaces the earlier one (only the newest question counts).
     */
    public void run(Object purpose, Runnable work) {
        if (waiting == null) {
            work.run();
        } else {
            waiting.put(purpose, work);
        }
    }

    /**
     * Holds {@code tracker}'s gate until the frame with its first rows in {@code scene} is painted
     * (the moment the window logs as "first rows shown"), not only laid out: the counts query of
     * 1M sends and its garbage made the software paint of that frame 0.4–0.5 s instead of
     * 0.15 s (docs/decisions/0014-launch-time.md, fifth pass).
     */
    public static void holdUntilFirstRows(Scene scene, TrackerViewModel tracker) {
        FirstRowsGate gate = tracker.firstRowsGate();
        gate.hold();
        if (!gate.isHeld()) {
            return;
        }
        tracker.rowsProperty().addListener(new ChangeListener<PagedSendList>() {
            @Override
            public void changed(ObservableValue<? extends PagedSendList> obs, PagedSendList old, PagedSendList rows) {
                tracker.rowsProperty().removeListener(this);
                FramePainted.afterThisPulse(scene, gate::open);
            }
        });
    }

    /**
     * Runs {@code then} once, when {@code tracker}'s first counts per status have their answer (at
     * once if they have): the window starts the index build then, not beside the first rows and
     * counts (docs/decisions/0014-launch-time.md). FX thread only.
     */
    public static void afterFirstCounts(TrackerViewModel tracker, Runnable then) {
        if (!tracker.statusCountsProperty().get().isEmpty()) {
            then.run();
            return;
        }
        tracker.statusCountsProperty().addListener(new ChangeListener<Map<SendStatus, Long>>() {
            @Override
            public void changed(ObservableValue<? extends Map<SendStatus, Long>> obs, Map<SendStatus, Long> old,
                    Map<SendStatus, Long> counts) {
                if (!counts.isEmpty()) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }
}
