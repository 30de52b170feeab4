package sendtracker.service;

import java.util.function.BooleanSupplier;

import sendtracker.exchange.SendFileReader;

/**
 * The storing pass's progress while the check runs beside it: told only once the check has ended
 * (the bar shows one pass at a time), and the last update held back meanwhile is told when the check
 * ends, so a small file's storing pass still ends at its size
 * (docs/decisions/0028-team-import-stores-while-it-checks.md). Updated from the reading thread.
 */
final class StoringProgress implements SendFileReader.Progress {
    private final BooleanSupplier checkEnded;
    private final SendFileReader.Progress target;
    private long rows;
    private long bytes;
    private boolean heldBack;

    StoringProgress(BooleanSupplier checkEnded, SendFileReader.Progress target) {
        this.checkEnded = checkEnded;
        this.target = target;
    }

    @Override
    public synchronized void update(long rows, long bytes) {
        if (checkEnded.getAsBoolean()) {
            heldBack = false;
            target.update(rows, bytes);
        } else {
            this.rows = rows;
            this.bytes = bytes;
            heldBack = true;
        }
    }

    /** After the check has ended: tells the update held back, if any. */
    synchronized void checkEnded() {
        if (heldBack) {
            heldBack = false;
            target.update(rows, bytes);
        }
    }
}
