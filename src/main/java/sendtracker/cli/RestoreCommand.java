package sendtracker.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sendtracker.service.Backend;
import sendtracker.service.BackupService;
import sendtracker.service.BackupService.BackupFailedException;

/**
 * {@code restore FILE}: brings a backup back in place of the local store. It never opens the store
 * first (that would lock it and make the day's backup); a store another copy of the app holds
 * open is refused (exit 6) and left as it is.
 */
@Command(name = "restore", description = "Replace the local store with the backup FILE (the store must not be open elsewhere).")
final class RestoreCommand extends SubCommand {
    @Parameters(paramLabel = "FILE", description = "A backup written by 'backup' or a daily copy from backups/.")
    private Path file;

    @Override
    public Integer call() {
        CliContext ctx = ctx();
        String url = ctx.db() != null ? ctx.db() : Backend.defaultUrl();
        BackupService backups = BackupService.forClosedStore(url, ctx.clock()).orElseThrow(() -> new UsageException(
                "restore works on a local store (an H2 file); " + url + " is not one."));
        try {
            backups.restore(file);
        } catch (BackupFailedException e) {
            throw new UsageException(e.getMessage());
        }
        ctx.out().println("Restored " + file + "; the replaced store is kept in " + backups.folder() + ".");
        return ExitCode.OK;
    }
}
