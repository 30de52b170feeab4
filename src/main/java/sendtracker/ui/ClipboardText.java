package sendtracker.ui;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Text onto the system clipboard: tracking links from the row menu, support requests from their dialog. */
public final class ClipboardText {
    private ClipboardText() {
    }

    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
