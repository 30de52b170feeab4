package sendtracker.ui;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

/** {@link FolderOpener} on java.awt.Desktop, guarded: a headless JVM or a desktop without "open" cannot. */
final class DesktopFolders implements FolderOpener {
    @Override
    public boolean canOpen() {
        try {
            return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void open(Path folder) throws Exception {
        Desktop.getDesktop().open(folder.toFile());
    }
}
