package sendtracker.ui.table;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dragged onto the table: the table is highlighted while they hover (":drop-ready" when
 * some can be imported, ":drop-refused" when none can), and the dropped files go to the import,
 * which imports the .csv and .json ones and names the others in a message.
 */
public final class FileDrop {
    static final PseudoClass READY = PseudoClass.getPseudoClass("drop-ready");
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("drop-refused");

    private FileDrop() {
    }

    /** {@code importable} tells a file import reads; {@code onDrop} gets every dropped file. */
    public static void install(Node target, Predicate<Path> importable, Consumer<List<Path>> onDrop) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && e.getDragboard().hasFiles()) {
                // Every file list is taken, so a wrong file hears why instead of a silent no-drop cursor.
                e.acceptTransferModes(TransferMode.COPY);
                boolean any = files(e.getDragboard()).stream().anyMatch(importable);
                target.pseudoClassStateChanged(READY, any);
                target.pseudoClassStateChanged(REFUSED, !any);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> clear(target));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            clear(target);
            Dragboard board = e.getDragboard();
            if (!board.hasFiles()) {
                return;
            }
            List<Path> files = files(board);
            e.setDropCompleted(files.stream().anyMatch(importable));
            e.consume();
            onDrop.accept(files);
        });
    }

    private static void clear(Node target) {
        target.pseudoClassStateChanged(READY, false);
        target.pseudoClassStateChanged(REFUSED, false);
    }

    private static List<Path> files(Dragboard board) {
        return board.getFiles().stream().map(File::toPath).toList();
    }
}
