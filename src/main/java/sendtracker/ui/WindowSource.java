package sendtracker.ui;

import java.util.Objects;

import sendtracker.service.SendSource;

/**
 * What the window shows (the live store or an offline review of an export) and what the
 * window does around it: how to export it, what the user should know about how it was opened,
 * and what to release when the window leaves it.
 *
 * @param sends       the sends themselves
 * @param exporter    writes what the table shows to a file; null when this source cannot be exported
 * @param openingNote something the user should know about how it was opened (rows a review skipped), or null
 * @param onClose     runs when the window is done with it (an offline review drops its private store)
 */
public record WindowSource(SendSource sends, ExportRunner exporter, String openingNote, Runnable onClose) {
    public WindowSource {
        Objects.requireNonNull(sends, "sends");
        Objects.requireNonNull(onClose, "onClose");
    }

    /** Sends someone else closes, without export or note. */
    public static WindowSource of(SendSource sends) {
        return new WindowSource(sends, null, null, () -> { });
    }

    /** Sends someone else closes, exported through {@code exporter}. */
    public static WindowSource of(SendSource sends, ExportRunner exporter) {
        return new WindowSource(sends, exporter, null, () -> { });
    }

    /** Frees what this source holds of its own; the live store stays open. */
    public void close() {
        onClose.run();
    }
}
