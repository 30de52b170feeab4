package sendtracker.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

import sendtracker.domain.SendFilter;
import sendtracker.domain.Texts;

/**
 * The open live store: which one it is (for the status bar), whether this open created it,
 * and the empty store's way in: "Load demo data" or "Import…".
 */
public final class StoreViewModel {
    private final TrackerViewModel tracker;
    private final DialogService dialogs;
    private final Jobs jobs;
    private final Consumer<String> say;
    private final Runnable reopen;

    private final ReadOnlyObjectWrapper<LiveStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
    private final ReadOnlyBooleanWrapper filling = new ReadOnlyBooleanWrapper(this, "filling");
    private final BooleanBinding emptyHint;

    /** {@code say} shows a status message; {@code reopen} shows the live store again (users and rows re-read). */
    StoreViewModel(TrackerViewModel tracker, DialogService dialogs, Jobs jobs, ObservableBooleanValue reviewing,
            Consumer<String> say, Runnable reopen) {
        this.tracker = tracker;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.say = say;
        this.reopen = reopen;
        emptyHint = Bindings.createBooleanBinding(() -> store.get() != null && store.get().filler() != null
                        && !reviewing.get() && !tracker.loadingProperty().get() && tracker.totalProperty().get() == 0
                        && SendFilter.ALL.equals(tracker.filterProperty().get()),
                store, reviewing, tracker.loadingProperty(), tracker.totalProperty(), tracker.filterProperty());
    }

    /** The live store is open; a store this open created is announced in the status line. */
    public void opened(LiveStore opened) {
        store.set(opened);
        label.set(opened == null ? "" : opened.label());
        if (opened != null && opened.createdNow()) {
            say.accept(Texts.get("ui.store.created", opened.label()));
        }
    }

    /** Empty-state button: adds the demo sends, then shows the store again. */
    public void loadDemo() {
        LiveStore open = store.get();
        if (open == null || open.filler() == null || filling.get()) {
            return;
        }
        filling.set(true);
        say.accept(Texts.get("ui.store.demoLoading"));
        jobs.submit(p -> open.filler().loadDemo(), added -> {
            filling.set(false);
            say.accept(Texts.get("ui.store.demoLoaded", added));
            reopen.run();
        }, this::failed);
    }

    /** Empty-state button: asks for a CSV or JSON file and imports it in the background. */
    public void importFile() {
        LiveStore open = store.get();
        if (open == null || open.filler() == null || filling.get() || tracker.currentUser() == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToImport();
        if (file.isEmpty()) {
            return;
        }
        filling.set(true);
        say.accept(Texts.get("ui.store.importing", file.get().getFileName().toString()));
        jobs.submit(p -> open.filler().importFile(file.get(), tracker.currentUser(), p), summary -> {
            filling.set(false);
            say.accept(summary);
            reopen.run();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        filling.set(false);
        String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        say.accept(Texts.get("ui.store.fillFailed", why));
    }

    public ReadOnlyObjectProperty<LiveStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    /** "Store: /home/sam/.send-tracker/sends" without the prefix; empty before a store is open. */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fillingProperty() {
        return filling.getReadOnlyProperty();
    }

    /** True while the live store is shown, holds no sends and no filter narrows it. */
    public BooleanBinding emptyHintProperty() {
        return emptyHint;
    }
}
