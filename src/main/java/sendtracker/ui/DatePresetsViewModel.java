package sendtracker.ui;

import java.time.Clock;
import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/**
 * Sets the tracker's two dates from a {@link DatePreset} on today's date of an injected clock
 * (the user's zone), and tells which preset the dates now match, if any.
 */
public final class DatePresetsViewModel {
    private final TrackerViewModel tracker;
    private Clock clock;
    private final ObjectBinding<DatePreset> current;

    public DatePresetsViewModel(TrackerViewModel tracker, Clock clock) {
        this.tracker = tracker;
        this.clock = clock;
        current = Bindings.createObjectBinding(() -> tracker.fromProperty().get() == null
                || tracker.toProperty().get() == null ? null
                : DatePreset.matching(tracker.fromProperty().get(), tracker.toProperty().get(), today()),
                tracker.fromProperty(), tracker.toProperty());
    }

    /** Tests and the app's wiring give the clock whose day "today" is. */
    public void setClock(Clock clock) {
        this.clock = clock;
        current.invalidate();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void apply(DatePreset preset) {
        DatePreset.Range range = preset.range(clock);
        // "to" first: a from after the old to would select nothing for one query
        if (tracker.toProperty().get() != null && range.from().isAfter(tracker.toProperty().get())) {
            tracker.toProperty().set(range.to());
            tracker.fromProperty().set(range.from());
        } else {
            tracker.fromProperty().set(range.from());
            tracker.toProperty().set(range.to());
        }
    }

    /** The preset the two dates match today, or null. */
    public ObjectBinding<DatePreset> currentProperty() {
        return current;
    }
}
