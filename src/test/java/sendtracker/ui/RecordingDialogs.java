package sendtracker.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;

/** A {@link DialogService} for tests: records what would have been shown and answers as scripted. */
final class RecordingDialogs implements DialogService {
    final List<Send> confirmAsked = new ArrayList<>();
    final List<SupportInfo> support = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    /** The reason typed in the cancel modal; null means the user keeps the send. */
    String cancelReason = "";
    Path exportTarget;
    Path reviewFile;

    @Override
    public void confirmCancel(Send send, CancelDecision decision, Consumer<String> onConfirm) {
        confirmAsked.add(send);
        if (cancelReason != null) {
            onConfirm.accept(cancelReason);
        }
    }

    @Override
    public void showSupport(SupportInfo info) {
        support.add(info);
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
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<Path> chooseExportToOpen() {
        return Optional.ofNullable(reviewFile);
    }
}
