package sendtracker.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import sendtracker.domain.SavedView;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.domain.ViewColumn;
import sendtracker.domain.ViewSettings;
import sendtracker.store.ViewStore;

/**
 * Saved views and the remembered column layout of one person (docs/design.md, "Saved views and
 * columns"): save, rename, delete, the start view. A name that cannot be used is refused with a
 * {@link ViewNameException} whose message says why.
 */
public final class SavedViewService {
    private final ViewStore store;
    private final Clock clock;

    public SavedViewService(ViewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A view name that is empty, too long, taken, or names no view. */
    public static final class ViewNameException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public ViewNameException(String message) {
            super(message);
        }
    }

    /** {@code owner}'s views, by name. */
    public List<SavedView> views(User owner) {
        return store.views(owner.emailKey());
    }

    /** The one view that opens the window for {@code owner}, if they marked one. */
    public Optional<SavedView> startView(User owner) {
        return views(owner).stream().filter(SavedView::startView).findFirst();
    }

    /**
     * Saves {@code settings} as {@code owner}'s view {@code name}. A view of that name is replaced
     * when {@code replace} (and stays the start view if it was); otherwise the name is refused.
     */
    public SavedView save(User owner, String name, ViewSettings settings, boolean replace) {
        String checked = checkedName(name);
        SavedView view = new SavedView(checked, settings, false);
        if (!store.save(owner.emailKey(), view, replace, clock.instant())) {
            throw new ViewNameException(Texts.get("view.name.taken", checked));
        }
        return view;
    }

    /** Renames {@code owner}'s view {@code from} to {@code to}. */
    public void rename(User owner, String from, String to) {
        String checked = checkedName(to);
        switch (store.rename(owner.emailKey(), from, checked)) {
            case MISSING -> throw new ViewNameException(Texts.get("view.missing", from));
            case TAKEN -> throw new ViewNameException(Texts.get("view.name.taken", checked));
            case DONE -> { }
        }
    }

    /** Deletes {@code owner}'s view {@code name}; a view already gone is no error. */
    public void delete(User owner, String name) {
        store.delete(owner.emailKey(), name);
    }

    /** Makes {@code name} {@code owner}'s start view, or none when null. */
    public void setStartView(User owner, String name) {
        if (!store.markStart(owner.emailKey(), name)) {
            throw new ViewNameException(Texts.get("view.missing", name));
        }
    }

    /** The columns {@code owner} last left the table with. */
    public Optional<List<ViewColumn>> startLayout(User owner) {
        return store.startLayout(owner.emailKey());
    }

    /** Remembers {@code owner}'s columns for the window's next start. */
    public void rememberLayout(User owner, List<ViewColumn> columns) {
        store.saveStartLayout(owner.emailKey(), columns, clock.instant());
    }

    private static String checkedName(String name) {
        Optional<String> problem = SavedView.nameProblem(name);
        if (problem.isPresent()) {
            throw new ViewNameException(problem.get());
        }
        return name.strip();
    }
}
