package sendtracker.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import sendtracker.domain.SavedView;
import sendtracker.domain.SendFilter;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.domain.ViewColumn;
import sendtracker.domain.ViewSettings;
import sendtracker.service.SavedViewService;

/**
 * The person's saved views (docs/design.md, "Saved views and columns"): the list, the view in
 * use, save / rename / delete / start view, and the column layout remembered between runs. Views
 * belong to the live store's person: the signed-in one on a team store, else whoever the window
 * shows; while an export is reviewed they rest. When the window opens for a person, their
 * remembered columns come back, then their start view.
 */
public final class SavedViewsViewModel {
    private final TrackerViewModel tracker;
    private final ColumnLayoutViewModel layout;
    private final DialogService dialogs;
    private final Jobs jobs;
    private final Consumer<String> say;

    private WindowSource live;
    private SavedViewService service;
    /** The signed-in person on a team store; null: the views follow the window's user. */
    private User signedIn;
    /** Whose views the list holds. */
    private User loadedFor;

    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SavedView> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    /** A layout waiting while the previous one is written: changes in a row make at most two writes. */
    private List<ViewColumn> layoutWaiting;
    private boolean layoutWriting;

    SavedViewsViewModel(TrackerViewModel tracker, ColumnLayoutViewModel layout, DialogService dialogs, Jobs jobs,
            Consumer<String> say) {
        this.tracker = tracker;
        this.layout = layout;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.say = say;
        layout.setOnUserChange(this::rememberLayout);
        // the tracker names its source before its user: a new source only turns the views on or off,
        // the user that follows (set after the filters were cleared) loads them
        tracker.sourceProperty().addListener((obs, old, source) -> available.set(isOn()));
        tracker.currentUserProperty().addListener((obs, old, user) -> ownerMaybeChanged());
    }

    /**
     * Keeps the views of {@code liveSource}'s store in {@code viewService}; {@code signedInPerson}
     * (null on a local store) owns them on a team store, even while an Admin previews another user.
     */
    public void connect(WindowSource liveSource, SavedViewService viewService, User signedInPerson) {
        live = liveSource;
        service = viewService;
        signedIn = signedInPerson;
        ownerMaybeChanged();
    }

    private User owner() {
        return signedIn != null ? signedIn : tracker.currentUser();
    }

    private boolean isOn() {
        return service != null && live != null && tracker.source() == live && owner() != null;
    }

    private void ownerMaybeChanged() {
        boolean on = isOn();
        available.set(on);
        if (on && !owner().equals(loadedFor)) {
            loadedFor = owner();
            open(loadedFor);
        }
    }

    /** The window opens for {@code owner}: their views, remembered columns and start view. */
    private void open(User owner) {
        SavedViewService views = service;
        jobs.submit(p -> new Opening(views.views(owner), views.startLayout(owner)), opening -> {
            if (!owner.equals(loadedFor)) {
                return;
            }
            this.views.setAll(opening.views());
            current.set(null);
            // a person who never changed the columns sees the table as it comes, not the last person's
            layout.apply(opening.layout().orElse(ColumnLayoutViewModel.defaults()));
            opening.views().stream().filter(SavedView::startView).findFirst().ifPresent(start -> {
                apply(start);
                say.accept(Texts.get("ui.views.startApplied", start.name()));
            });
        }, this::failed);
    }

    private record Opening(List<SavedView> views, Optional<List<ViewColumn>> layout) { }

    // ---- the user's actions

    /** savedViews: shows the chosen view's filters, search, sort and columns (the one in use again: nothing to do). */
    public void choose(SavedView view) {
        if (view == null || !available.get() || view.equals(current.get())) {
            return;
        }
        apply(view);
        if (!view.settings().columns().isEmpty()) {
            rememberLayout(layout.columns());
        }
        say.accept(Texts.get("ui.views.applied", view.name()));
    }

    private void apply(SavedView view) {
        current.set(view);
        ViewSettings s = view.settings();
        SendFilter f = s.filter();
        tracker.changeTogether(() -> {
            tracker.statusesProperty().set(f.statuses());
            tracker.typesProperty().set(f.types());
            tracker.searchProperty().set(f.search() == null ? "" : f.search());
            tracker.teamProperty().set(f.team());
            tracker.senderEmailProperty().set(f.senderEmail());
            tracker.fromProperty().set(f.from());
            tracker.toProperty().set(f.to());
            tracker.testModeProperty().set(f.testMode());
            tracker.attentionOnlyProperty().set(f.attentionOnly());
            tracker.pendingRequestOnlyProperty().set(f.pendingRequestOnly());
            tracker.campaignStatesProperty().set(f.campaignStates());
            tracker.sortProperty().set(s.sort());
        });
        layout.apply(s.columns());
    }

    /** What the window shows now, as a view would keep it. */
    public ViewSettings currentSettings() {
        return new ViewSettings(tracker.filterProperty().get(), tracker.sortProperty().get(), layout.columns());
    }

    /** saveViewButton: asks for a name (offering to replace a view of that name), then saves. */
    public void save() {
        if (!available.get()) {
            return;
        }
        String suggested = current.get() == null ? "" : current.get().name();
        ViewSettings settings = currentSettings();
        dialogs.show(ViewNameDialog.forSave(suggested, this::named), name -> {
            boolean replace = named(name).isPresent();
            User owner = owner();
            run(p -> service.save(owner, name, settings, replace), saved -> {
                say.accept(Texts.get("ui.views.saved", saved.name()));
                reload(saved.name());
            });
        });
    }

    /** Rename…: a new name for the view in use. */
    public void rename() {
        SavedView view = current.get();
        if (view == null || !available.get()) {
            return;
        }
        dialogs.show(ViewNameDialog.forRename(view.name(), name -> named(name).filter(v -> !v.equals(view))), name -> {
            User owner = owner();
            run(p -> {
                service.rename(owner, view.name(), name);
                return name.strip();
            }, renamed -> {
                say.accept(Texts.get("ui.views.renamed", view.name(), renamed));
                reload(renamed);
            });
        });
    }

    /** Delete…: after a confirmation, the view in use is gone; what the window shows stays. */
    public void delete() {
        SavedView view = current.get();
        if (view == null || !available.get()) {
            return;
        }
        dialogs.show(new DeleteViewDialog(view.name()), confirmed -> {
            if (!Boolean.TRUE.equals(confirmed)) {
                return;
            }
            User owner = owner();
            run(p -> {
                service.delete(owner, view.name());
                return view.name();
            }, gone -> {
                say.accept(Texts.get("ui.views.deleted", gone));
                reload(null);
            });
        });
    }

    /** Marks the view in use as the one the window opens with, or takes the mark away. */
    public void setStartView(boolean start) {
        SavedView view = current.get();
        if (view == null || !available.get() || view.startView() == start) {
            return;
        }
        User owner = owner();
        run(p -> {
            service.setStartView(owner, start ? view.name() : null);
            return view.name();
        }, name -> {
            say.accept(start ? Texts.get("ui.views.startSet", name) : Texts.get("ui.views.startCleared", name));
            reload(name);
        });
    }

    /** The view of that name (in any case) among the person's views. */
    private Optional<SavedView> named(String name) {
        String key = SavedView.nameKey(name);
        return views.stream().filter(v -> v.nameKey().equals(key)).findFirst();
    }

    /** The list read again, with {@code keep} (null: none) as the view in use. */
    private void reload(String keep) {
        User owner = owner();
        SavedViewService views = service;
        jobs.submit(p -> views.views(owner), list -> {
            if (!owner.equals(loadedFor)) {
                return;
            }
            this.views.setAll(list);
            current.set(keep == null ? null
                    : list.stream().filter(v -> v.nameKey().equals(SavedView.nameKey(keep))).findFirst().orElse(null));
        }, this::failed);
    }

    private void rememberLayout(List<ViewColumn> columns) {
        if (!available.get()) {
            return;
        }
        if (layoutWriting) {
            layoutWaiting = columns;
            return;
        }
        layoutWriting = true;
        User owner = owner();
        SavedViewService views = service;
        jobs.submit(p -> {
            views.rememberLayout(owner, columns);
            return columns;
        }, written -> nextLayout(), failure -> {
            say.accept(Texts.get("ui.views.layoutFailed", why(failure)));
            nextLayout();
        });
    }

    private void nextLayout() {
        layoutWriting = false;
        List<ViewColumn> next = layoutWaiting;
        layoutWaiting = null;
        if (next != null) {
            rememberLayout(next);
        }
    }

    private <T> void run(Jobs.Job<T> job, Consumer<T> onDone) {
        jobs.submit(job, onDone, this::failed);
    }

    private void failed(Throwable failure) {
        String why = why(failure);
        if (failure instanceof SavedViewService.ViewNameException) {
            dialogs.showError(Texts.get("ui.views.failed.title"), why);
        } else {
            dialogs.showError(Texts.get("ui.views.failed.title"), Texts.get("ui.views.failed", why));
        }
        say.accept(why);
    }

    private static String why(Throwable failure) {
        return Objects.requireNonNullElse(failure.getMessage(), failure.toString());
    }

    // ---- properties

    /** The person's views, by name. */
    public ObservableList<SavedView> views() {
        return views;
    }

    /** The view last chosen or saved (rename, delete and the start mark act on it); null for none. */
    public ReadOnlyObjectProperty<SavedView> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while the live store is shown and it keeps views. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ColumnLayoutViewModel layout() {
        return layout;
    }
}
