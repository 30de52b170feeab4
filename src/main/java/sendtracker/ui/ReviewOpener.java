package sendtracker.ui;

import java.nio.file.Path;

/**
 * Opens an exported file for offline review: a read-only source the same window can show.
 * Runs on a worker thread; reports how far it has read and stops when the user cancels.
 */
@FunctionalInterface
public interface ReviewOpener {
    WindowSource open(Path exportFile, Jobs.Progress progress) throws Exception;
}
