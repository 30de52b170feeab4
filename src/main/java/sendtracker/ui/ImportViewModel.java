package sendtracker.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

import sendtracker.domain.Role;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.service.ImportService;

/**
 * Import in the window (importButton, File → Import…, files dropped on the table): CSV and JSON
 * files into the live store in the background, with progress and stop, then the summary per
 * file and the table shown again. Not while reviewing an export offline; on a team store only
 * for an Admin (docs/design.md, "Import in the window").
 */
public final class ImportViewModel {
    /** Imports the files into the live store as {@code actor}; runs off the FX thread. */
    @FunctionalInterface
    public interface Importer {
        List<ImportService.Report> importFiles(List<Path> files, User actor, ImportService.Progress progress,
                BooleanSupplier stop);
    }

    private final TrackerViewModel tracker;
    private final DialogService dialogs;
    private final Jobs jobs;
    private final Consumer<String> say;
    private final ObjectProperty<Importer> importer = new SimpleObjectProperty<>(this, "importer");
    private FolderOpener folders = new DesktopFolders();
    /** The team store's signed-in person; null on a local store. */
    private final ObjectProperty<User> signedIn = new SimpleObjectProperty<>(this, "signedIn");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    /** Our own flag, not the job's cancel: a cancelled job drops its result, and a stop must say what was stored. */
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final StringBinding unavailableReason;
    private final BooleanBinding available;

    ImportViewModel(TrackerViewModel tracker, DialogService dialogs, Jobs jobs, ObservableBooleanValue reviewing,
            Consumer<String> say) {
        this.tracker = tracker;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.say = say;
        unavailableReason = Bindings.createStringBinding(() -> importer.get() == null
                ? Texts.get("ui.import.unavailable")
                : reviewing.get() ? Texts.get("ui.import.reviewing")
                : signedIn.get() != null && signedIn.get().role() != Role.ADMIN
                ? Texts.get("ui.import.adminOnly", Formats.user(signedIn.get()))
                : null, importer, reviewing, signedIn);
        available = unavailableReason.isNull();
    }

    /** The live store's import (the app wires it once the store is open) and how to show a folder. */
    public void connect(Importer liveImport, FolderOpener folderOpener) {
        importer.set(liveImport);
        if (folderOpener != null) {
            folders = folderOpener;
        }
    }

    /** On a team store: the person signed in; only an Admin may import there (DESIGN §5). */
    public void signedIn(User me) {
        signedIn.set(me);
    }

    /** True for the file types import reads: .csv and .json, in any letter case. */
    public static boolean importable(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        // by name only: a drag hovering the table is answered without touching the disk
        return name.endsWith(".csv") || name.endsWith(".json");
    }

    /** The button and File → Import…: asks for the files, then imports them. */
    public void choose() {
        if (!canStart()) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToImport();
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Files chosen or dropped: the .csv and .json ones are imported, the others named in a message. */
    public void importFiles(List<Path> files) {
        if (!canStart()) {
            return;
        }
        List<Path> wanted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path f : files) {
            if (importable(f)) {
                wanted.add(f);
            } else {
                refused.add(String.valueOf(f.getFileName()));
            }
        }
        if (!refused.isEmpty()) {
            String text = Texts.get("ui.import.notImportable", String.join(", ", refused));
            say.accept(text);
            if (wanted.isEmpty()) {
                dialogs.showError(Texts.get("ui.import.title"), text);
                return;
            }
        }
        run(List.copyOf(wanted));
    }

    private boolean canStart() {
        if (running.get() || tracker.currentUser() == null) {
            return false;
        }
        String why = unavailableReason.get();
        if (why != null) {
            say.accept(why);
            return false;
        }
        return true;
    }

    private void run(List<Path> files) {
        Importer live = importer.get();
        User actor = signedIn.get() != null ? signedIn.get() : tracker.currentUser();
        running.set(true);
        progress.set(-1);
        stopRequested.set(false);
        say.accept(files.size() == 1 ? Texts.get("ui.store.importing", files.get(0).getFileName().toString())
                : Texts.get("ui.import.runningFiles", files.size()));
        FolderOpener opener = folders;
        jobs.submit(p -> {
            ImportProgress counted = new ImportProgress(files, p);
            List<ImportService.Report> reports = live.importFiles(files, actor, counted,
                    () -> stopRequested.get() || p.isCancelled());
            // asked here, not on the FX thread: the desktop's first answer starts AWT
            return new Done(new ImportSummary(reports), opener.canOpen());
        }, done -> {
            running.set(false);
            progress.set(1);
            tracker.refresh();
            say.accept(done.summary().headline());
            dialogs.show(new ImportSummaryDialog(done.summary(), done.canOpenFolders(), this::openFolder));
        }, failure -> {
            running.set(false);
            progress.set(0);
            tracker.refresh();
            String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            say.accept(Texts.get("ui.import.failed", why));
            dialogs.showError(Texts.get("ui.import.title"), Texts.get("ui.import.failed", why));
        }, (done, total) -> progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1));
    }

    private record Done(ImportSummary summary, boolean canOpenFolders) {
    }

    /** The summary's button: the rejects file's folder in the file manager, off the FX thread. */
    private void openFolder(Path folder) {
        FolderOpener opener = folders;
        jobs.submit(p -> {
            opener.open(folder);
            return folder;
        }, opened -> { }, failure -> say.accept(Texts.get("ui.import.folderFailed", folder.toString())));
    }

    /** Stops after the batch being stored; what was stored stays, and the summary says how much. */
    public void stop() {
        if (running.get()) {
            stopRequested.set(true);
        }
    }

    /** Progress over all the files by bytes: each file is read twice (checked, then stored). */
    private static final class ImportProgress implements ImportService.Progress {
        private final List<Path> files;
        private final long[] sizes;
        private final long all;
        private final Jobs.Progress out;

        ImportProgress(List<Path> files, Jobs.Progress out) {
            this.files = files;
            this.out = out;
            sizes = new long[files.size()];
            long sum = 0;
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = Math.max(1, sizeOf(files.get(i)));
                sum += sizes[i];
            }
            all = sum;
        }

        @Override
        public void update(Path file, ImportService.Phase phase, long rows, long bytes, long totalBytes) {
            long before = 0;
            int i = files.indexOf(file);
            for (int k = 0; k < i; k++) {
                before += 2 * sizes[k];
            }
            long at = i < 0 ? 0 : before + (phase == ImportService.Phase.STORING ? sizes[i] : 0)
                    + Math.min(bytes, sizes[i]);
            out.update(at, 2 * all);
        }

        private static long sizeOf(Path file) {
            try {
                return Files.size(file);
            } catch (java.io.IOException e) {
                return 0;
            }
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True when import may start here (the live store, allowed for this person). */
    public BooleanBinding availableProperty() {
        return available;
    }

    /** Why import is off here (the button's tooltip), or null when it is available. */
    public StringBinding unavailableReasonProperty() {
        return unavailableReason;
    }
}
