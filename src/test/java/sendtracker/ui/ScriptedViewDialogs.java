package sendtracker.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Dialogs for the saved-view tests: the name and delete dialogs answer from a script, the rest is recorded. */
final class ScriptedViewDialogs implements DialogService {
    final List<ViewNameDialog> nameDialogs = new ArrayList<>();
    final List<DeleteViewDialog> deleteDialogs = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    /** What the next name dialogs answer, in turn; none left: the user cancels. */
    final Deque<String> names = new ArrayDeque<>();
    boolean confirmDelete = true;

    @Override
    @SuppressWarnings("unchecked") // each dialog's answer type is the one it declares
    public <R> void show(WindowDialog<R> dialog, Consumer<R> onAnswer) {
        if (dialog instanceof ViewNameDialog named) {
            nameDialogs.add(named);
            if (!names.isEmpty()) {
                ((Consumer<String>) onAnswer).accept(names.poll());
            }
        } else if (dialog instanceof DeleteViewDialog delete) {
            deleteDialogs.add(delete);
            if (confirmDelete) {
                ((Consumer<Boolean>) onAnswer).accept(Boolean.TRUE);
            }
        }
    }

    @Override
    public void showInfo(String title, String text) {
    }

    @Override
    public void showError(String title, String text) {
        errors.add(text);
    }

    @Override
    public Optional<Path> chooseExportTarget(String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportToOpen() {
        return Optional.empty();
    }
}
