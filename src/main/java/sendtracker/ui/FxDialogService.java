package sendtracker.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

import sendtracker.domain.Texts;

/** The window's dialogs on the toolkit: its own dialogs (owned by the window, in its style), messages and file choosers. */
public class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final String stylesheet;

    /** {@code stylesheet} (may be null) styles the dialogs like the main window. */
    public FxDialogService(Supplier<Window> owner, String stylesheet) {
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    @Override
    public <R> void show(WindowDialog<R> content, Consumer<R> onAnswer) {
        Dialog<R> dialog = content.build();
        style(dialog);
        dialog.setOnHidden(e -> {
            R answer = dialog.getResult();
            if (answer != null) {
                onAnswer.accept(answer);
            }
        });
        dialog.show();
    }

    @Override
    public void showInfo(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text);
    }

    @Override
    public void showError(String title, String text) {
        alert(Alert.AlertType.ERROR, title, text);
    }

    @Override
    public Optional<Path> chooseExportTarget(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.export.chooser.title"));
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(Texts.get("ui.file.csv"), "*.csv");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(Texts.get("ui.file.json"), "*.json");
        chooser.getExtensionFilters().addAll(csv, json);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            file = new File(file.getParentFile(), file.getName()
                    + (chooser.getSelectedExtensionFilter() == json ? ".json" : ".csv"));
        }
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> chooseExportToOpen() {
        return chooseExport(Texts.get("ui.review.chooser.title"));
    }

    @Override
    public Optional<Path> chooseExportToCompare(boolean earlier) {
        return chooseExport(Texts.get(earlier ? "ui.compare.chooser.old" : "ui.compare.chooser.new"));
    }

    private Optional<Path> chooseExport(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("ui.file.exports"), "*.csv", "*.json"),
                new FileChooser.ExtensionFilter(Texts.get("ui.file.all"), "*.*"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.store.import.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("ui.file.exports"), "*.csv", "*.json"),
                new FileChooser.ExtensionFilter(Texts.get("ui.file.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBackupTarget(Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.backup.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("ui.file.backups"), "*.zip"));
        startIn(chooser, suggested.getParent());
        chooser.setInitialFileName(suggested.getFileName().toString());
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        // BACKUP TO writes a zip whatever the name: the name says so too
        return Optional.of(file.getName().toLowerCase(Locale.ROOT).endsWith(".zip") ? file.toPath()
                : new File(file.getParentFile(), file.getName() + ".zip").toPath());
    }

    @Override
    public Optional<Path> chooseBackupToRestore(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.restore.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("ui.file.backups"), "*.zip"),
                new FileChooser.ExtensionFilter(Texts.get("ui.file.all"), "*.*"));
        startIn(chooser, folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    /** A chooser starts in {@code folder} when it is there (a new store has no backups folder yet). */
    private static void startIn(FileChooser chooser, Path folder) {
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }

    public List<Path> chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("ui.store.import.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("ui.file.exports"), "*.csv", "*.json"),
                new FileChooser.ExtensionFilter(Texts.get("ui.file.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    private void alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setPrefWidth(420);
        body.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        style(alert);
        alert.show();
    }

    private void style(Dialog<?> dialog) {
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        if (stylesheet != null) {
            dialog.getDialogPane().getStylesheets().add(stylesheet);
        }
        dialog.getDialogPane().getStyleClass().add("tracker-dialog");
    }
}
