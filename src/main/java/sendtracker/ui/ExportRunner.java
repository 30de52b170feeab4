package sendtracker.ui;

import java.nio.file.Path;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.exchange.SendFormat;

/** Writes what a viewer sees under a filter to a file; runs on a worker thread. Returns how many sends were written. */
@FunctionalInterface
public interface ExportRunner {

    long export(User viewer, SendFilter filter, SendSort sort, Path file, SendFormat format, Jobs.Progress progress)
            throws Exception;
}
