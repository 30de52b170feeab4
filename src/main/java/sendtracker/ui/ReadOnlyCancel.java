package sendtracker.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/** A cancel button that is off in a read-only preview, with the reason as a tooltip (a disabled button shows none). */
final class ReadOnlyCancel {
    private ReadOnlyCancel() {
    }

    /** {@code cancel} as it is when {@code why} is null, else disabled inside a holder that explains. */
    static Node guard(Button cancel, String why) {
        if (why == null) {
            return cancel;
        }
        cancel.setDisable(true);
        StackPane holder = new StackPane(cancel);
        holder.setId("readOnlyCancel");
        Tooltip.install(holder, new Tooltip(why));
        return holder;
    }
}
