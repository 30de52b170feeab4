package sendtracker.ui;

import java.nio.file.Path;

/** Shows a folder in the desktop's file manager; a seam, so tests and headless runs need no desktop. */
public interface FolderOpener {
    /** False when this desktop cannot open folders from here (the window then shows the path). */
    boolean canOpen();

    /** Opens the folder; may block, so it is called off the FX thread. */
    void open(Path folder) throws Exception;
}
