package sendtracker.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sendtracker.service.BackupService;
import sendtracker.service.BackupService.BackupFailedException;

/** {@code backup FILE}: a consistent copy of the local store, written whole or not at all (docs/design.md, "Reliability promises"). */
@Command(name = "backup", description = "Write a consistent copy of the local store to FILE (a .zip).")
final class BackupCommand extends SubCommand {
    @Parameters(paramLabel = "FILE", description = "Where the copy goes; an existing file is replaced.")
    private Path file;

    @Override
    public Integer call() {
        CliContext ctx = ctx();
        BackupService backups = ctx.backend().backups().orElseThrow(() -> new UsageException(
                "backup works on a local store (an H2 file); a team store is backed up on its server."));
        try {
            BackupService.Backup done = backups.backup(file);
            ctx.out().println("Backup written to " + done.file().toAbsolutePath() + ".");
            return ExitCode.OK;
        } catch (BackupFailedException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
