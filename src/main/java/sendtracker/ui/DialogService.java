package sendtracker.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every dialog the window opens goes through here, so view-models stay free of the toolkit
 * and tests can answer dialogs without a screen: messages, file choosers, and "show this
 * dialog" for the window's own dialogs ({@link CancelDialog}, {@link SupportDialog}). Dialogs
 * are not blocking: answers come back through callbacks.
 */
public interface DialogService {

    /** Shows one of the window's own dialogs; {@code onAnswer} gets its answer, and is not called when there is none. */
    <R> void show(WindowDialog<R> dialog, Consumer<R> onAnswer);

    /** Shows a dialog that only tells the user something. */
    default void show(WindowDialog<?> dialog) {
        show(dialog, answer -> { });
    }

    void showInfo(String title, String text);

    void showError(String title, String text);

    /** Where to write an export; the file name's extension (.csv or .json) picks the format. */
    Optional<Path> chooseExportTarget(String suggestedName);

    /** Which export file to review offline. */
    Optional<Path> chooseExportToOpen();

    /** Asks for the earlier (or the later) of two exports to compare; its title says which. */

    /** Which CSV or JSON file to import into the store (the same kind of file as an export). */
    default Optional<Path> chooseExportToCompare(boolean earlier) {
        return chooseExportToOpen();
    }

    /** Asks for a file to import (CSV or JSON). */
        default Optional<Path> chooseFileToImport() {
        return chooseExportToOpen();
    }

    /** Where to write a backup of the store, starting from {@code suggested} (folder and name). */
    default Optional<Path> chooseBackupTarget(Path suggested) {
        return Optional.empty();
    }

    /** Which backup to restore, starting in {@code folder} (the backups folder). */
    default Optional<Path> chooseBackupToRestore(Path folder) {
        return Optional.empty();
    }

    /** Which CSV or JSON files to import (the import button, File → Import…); empty when none. */
    default List<Path> chooseFilesToImport() {
        return chooseFileToImport().map(List::of).orElse(List.of());
    }
}
