package sendtracker.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import sendtracker.domain.Send;

/** A {@link DialogService} for tests: records what would have been shown and answers as scripted. */
final class RecordingDialogs implements DialogService {
    final List<Send> confirmAsked = new ArrayList<>();
    final List<SupportDialog> support = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    /** The reason typed in the cancel modal; null means the user keeps the send. */
    String cancelReason = "";
    Path exportTarget;
    final List<String> suggestedNames = new ArrayList<>();
    Path reviewFile;
    final List<RestoreDialog> restoreAsked = new ArrayList<>();
    /** The answer to a restore's confirmation: true replaces the store, null keeps it. */
    Boolean restoreAnswer;
    Path backupTarget;
    Path restoreFile;
    /** Every window dialog shown, in order. */
    final List<WindowDialog<?>> shown = new ArrayList<>();
    /** What the import's file chooser answers. */
    final List<Path> filesToImport = new ArrayList<>();

    @Override
    @SuppressWarnings("unchecked") // a CancelDialog answers a String (the reason), a RestoreDialog a Boolean
    public <R> void show(WindowDialog<R> dialog, Consumer<R> onAnswer) {
        shown.add(dialog);
        if (dialog instanceof CancelDialog cancel) {
            confirmAsked.add(cancel.send());
            if (cancelReason != null) {
                ((Consumer<String>) onAnswer).accept(cancelReason);
            }
        } else if (dialog instanceof SupportDialog shown) {
            support.add(shown);
        } else if (dialog instanceof RestoreDialog restore) {
            restoreAsked.add(restore);
            if (restoreAnswer != null) {
                ((Consumer<Boolean>) onAnswer).accept(restoreAnswer);
            }
        }
    }

    @Override
    public void showInfo(String title, String text) {
        infos.add(text);
    }

    @Override
    public void showError(String title, String text) {
        errors.add(text);
    }

    @Override
    public Optional<Path> chooseExportTarget(String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<Path> chooseExportToOpen() {
        return Optional.ofNullable(reviewFile);
    }

    @Override
    public Optional<Path> chooseBackupTarget(Path suggested) {
        return Optional.ofNullable(backupTarget);
    }

    @Override
    public Optional<Path> chooseBackupToRestore(Path folder) {
        return Optional.ofNullable(restoreFile);
    }

    public List<Path> chooseFilesToImport() {
        return List.copyOf(filesToImport);
    }
}
