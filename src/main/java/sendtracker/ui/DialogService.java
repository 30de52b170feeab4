package sendtracker.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;

/**
 * Every dialog the window opens goes through here, so view-models stay free of the toolkit
 * and tests can answer dialogs without a screen. Dialogs are not blocking: answers come back
 * through the callbacks.
 */
public interface DialogService {

    /** Asks to confirm the cancel of {@code send}; on confirm, {@code onConfirm} gets the reason ("" when none). */
    void confirmCancel(Send send, CancelDecision decision, Consumer<String> onConfirm);

    /** Explains why a send cannot be canceled here and offers the support request to copy. */
    void showSupport(SupportInfo info);

    void showInfo(String title, String text);

    void showError(String title, String text);

    /** Where to write an export; the file name's extension (.csv or .json) picks the format. */
    Optional<Path> chooseExportTarget(String suggestedName);

    /** Which export file to review offline. */
    Optional<Path> chooseExportToOpen();
}
