package sendtracker.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

import sendtracker.domain.Role;
import sendtracker.domain.User;
import sendtracker.domain.Texts;

/**
 * The window on a team store, signed in as one person (docs/design.md, "Team store";
 * docs/decisions/0012-logins-and-row-level-security.md): their name and role in the title; the
 * "Viewing as" list only for an Admin, whose view of another user is a read-only preview.
 */
public final class TeamWindow {
    private TeamWindow() {
    }

    /** Applies the signed-in person {@code me} to the window of {@code vm}; returns the title to show. */
    public static StringBinding apply(Scene scene, MainViewModel vm, User me) {
        Node switcher = scene.lookup("#userSwitcher");
        if (switcher != null && me.role() != Role.ADMIN) {
            switcher.setDisable(true);
            if (switcher instanceof Control) {
                ((Control) switcher).setTooltip(new Tooltip(Texts.get("ui.signIn.noSwitch", Formats.user(me))));
            }
        }
        vm.imports().signedIn(me);
        TrackerViewModel tracker = vm.tracker();
        BooleanBinding previewing = Bindings.createBooleanBinding(() -> tracker.currentUser() != null
                && !tracker.currentUser().isEmail(me.email()), tracker.currentUserProperty());
        vm.cancelFlow().readOnlyWhen(previewing, Texts.get("ui.signIn.preview", Formats.user(me)));
        return Bindings.createStringBinding(() -> previewing.get()
                ? Texts.get("ui.signIn.titlePreview", Formats.user(me), Formats.user(tracker.currentUser()))
                : Texts.get("ui.window.title", Formats.user(me)), previewing, tracker.currentUserProperty());
    }
}
