package sendtracker;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

import sendtracker.ui.FramePainted;
import sendtracker.ui.PagedSendList;
import sendtracker.ui.TrackerViewModel;

/**
 * The window's launch milestones in its log, counted from the JVM's start: each start writes
 * {@code first rows shown N ms after launch} once the frame with the first page of the live store
 * has been painted, not only laid out (docs/design.md, "Performance targets";
 * docs/decisions/0014-launch-time.md, fourth pass).
 */
final class LaunchTimes {
    static final String FIRST_ROWS = "first rows shown %d ms after launch";
    private static final Logger LOG = Logger.getLogger("sendtracker");

    private LaunchTimes() {
    }

    /** Milliseconds since the user's launch: the first JVM's start when the launcher relaunched (CdsRelaunch), else this JVM's. */
    static long sinceLaunch() {
        return System.currentTimeMillis() - launchedAt(System.getProperty(CdsRelaunch.LAUNCHED_AT),
                ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** The relaunching JVM's start when {@code property} names one no later than this JVM's, else {@code thisJvm}. */
    static long launchedAt(String property, long thisJvm) {
        if (property != null) {
            try {
                long parent = Long.parseLong(property.trim());
                if (parent > 0 && parent <= thisJvm) {
                    return parent;
                }
            } catch (NumberFormatException e) {
                // not ours: count from this JVM
            }
        }
        return thisJvm;
    }

    /** In a relaunched window JVM (CdsRelaunch), when it started: the relaunch's own cost. */
    static void markRelaunch() {
        long self = ManagementFactory.getRuntimeMXBean().getStartTime();
        long launch = launchedAt(System.getProperty(CdsRelaunch.LAUNCHED_AT), self);
        if (launch != self) {
            LOG.info("window JVM started " + (self - launch) + " ms after launch");
        }
    }

    static void mark(String what) {
        LOG.info(what + " " + sinceLaunch() + " ms after launch");
    }

    /** Logs when the first pulse that lays out the table's first page ends its layout, and the first-rows line once its frame is painted. */
    static void logFirstRows(Scene scene, TrackerViewModel tracker) {
        ChangeListener<PagedSendList> onRows = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends PagedSendList> obs, PagedSendList old,
                    PagedSendList rows) {
                tracker.rowsProperty().removeListener(this);
                mark("first page answered");
                Runnable[] afterLayout = new Runnable[1];
                afterLayout[0] = () -> {
                    scene.removePostLayoutPulseListener(afterLayout[0]);
                    mark("first rows laid out");
                };
                scene.addPostLayoutPulseListener(afterLayout[0]);
                FramePainted.afterThisPulse(scene,
                        () -> LOG.info(String.format(java.util.Locale.ROOT, FIRST_ROWS, sinceLaunch())));
            }
        };
        tracker.rowsProperty().addListener(onRows);
    }
}
