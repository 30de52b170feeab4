package sendtracker.ui;

import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;

/**
 * A drag of files from outside the window onto a node, as the system delivers it (over, then
 * dropped), for headless tests: the toolkit's own local clipboard refuses to name its transfer
 * modes, so this one wraps it and allows a copy.
 */
final class DroppedFiles {
    private DroppedFiles() {
    }

    /** Fires DRAG_OVER then DRAG_DROPPED with {@code files} on {@code target}; call on the FX thread. */
    @SuppressWarnings("removal") // TKClipboard's signature
    static void drop(Node target, List<Path> files) {
        TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
        TKClipboard peer = new TKClipboard() {
            @Override
            public void setSecurityContext(AccessControlContext context) {
                local.setSecurityContext(context);
            }

            @Override
            public Set<DataFormat> getContentTypes() {
                return local.getContentTypes();
            }

            @Override
            @SafeVarargs
            public final boolean putContent(Pair<DataFormat, Object>... content) {
                return local.putContent(content);
            }

            @Override
            public Object getContent(DataFormat format) {
                return local.getContent(format);
            }

            @Override
            public boolean hasContent(DataFormat format) {
                return local.hasContent(format);
            }

            @Override
            public Set<TransferMode> getTransferModes() {
                return EnumSet.of(TransferMode.COPY);
            }

            @Override
            public void setDragView(Image image) {
                local.setDragView(image);
            }

            @Override
            public void setDragViewOffsetX(double offsetX) {
                local.setDragViewOffsetX(offsetX);
            }

            @Override
            public void setDragViewOffsetY(double offsetY) {
                local.setDragViewOffsetY(offsetY);
            }

            @Override
            public Image getDragView() {
                return local.getDragView();
            }

            @Override
            public double getDragViewOffsetX() {
                return local.getDragViewOffsetX();
            }

            @Override
            public double getDragViewOffsetY() {
                return local.getDragViewOffsetY();
            }
        };
        Dragboard board = DragboardHelper.createDragboard(peer);
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files.stream().map(Path::toFile).toList());
        board.setContent(content);
        Event.fireEvent(target, new DragEvent(DragEvent.DRAG_OVER, board, 100, 100, 100, 100, TransferMode.COPY,
                null, target, null));
        Event.fireEvent(target, new DragEvent(DragEvent.DRAG_DROPPED, board, 100, 100, 100, 100, TransferMode.COPY,
                null, target, null));
    }
}
