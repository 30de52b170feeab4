package sendtracker.ui;

import javafx.scene.control.Dialog;

/**
 * One of the window's own dialogs: what it says, and how it turns a button into an answer
 * (null for none). It holds only data until {@link #build()}, so view-models create it and
 * tests read it without a toolkit; the {@link DialogService} owns owner, modality and style.
 *
 * @param <R> what the dialog answers
 */
public interface WindowDialog<R> {

    /** The dialog's nodes and result converter; called on the FX thread, just before it is shown. */
    Dialog<R> build();
}
