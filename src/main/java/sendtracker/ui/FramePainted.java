package sendtracker.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;

/**
 * Runs work once the frame of the current pulse is on the screen, not only laid out. A pulse
 * lays out on the FX thread and hands its frame to JavaFX's render thread, which paints it
 * afterwards (0.3–0.5 s for the window's first frame in software rendering on two cores:
 * docs/decisions/0014-launch-time.md, fourth pass). The render thread takes its jobs in turn, so a
 * snapshot of a one-pixel shape, asked after the pulse, returns once that frame is painted; in
 * software rendering the render thread then hands the pixels to the FX thread's queue, where the
 * work is queued behind them. FX thread only.
 */
public final class FramePainted {
    private FramePainted() {
    }

    /** Runs {@code work} after the pulse now laying out {@code scene} has painted its frame. */
    public static void afterThisPulse(Scene scene, Runnable work) {
        Runnable[] afterLayout = new Runnable[1];
        afterLayout[0] = () -> {
            scene.removePostLayoutPulseListener(afterLayout[0]);
            // runLater runs after the pulse, when its frame is with the render thread; the painted
            // pixels then go to the window from the FX thread's queue (software rendering), so the
            // work goes in that queue after them
            Platform.runLater(() -> {
                waitForRenderThread();
                Platform.runLater(work);
            });
        };
        scene.addPostLayoutPulseListener(afterLayout[0]);
    }

    /** Blocks until the render thread has finished what it was given before this call. */
    static void waitForRenderThread() {
        try {
            new Rectangle(1, 1).snapshot(null, null);
        } catch (RuntimeException noSnapshot) {
            // a toolkit that cannot snapshot: the work then runs after the layout, as before
        }
    }
}
