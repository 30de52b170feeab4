package sendtracker.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.exchange.SendFileParts;
import sendtracker.exchange.SendFormat;
import sendtracker.exchange.SendWriter;
import sendtracker.service.ExportService.CountingOutputStream;
import sendtracker.service.ExportService.Progress;

/**
 * Writes an export file as two halves at once: this thread the first half into the file, another
 * the second half into a file of its own, appended at the end (docs/decisions/0037-exports-in-two-halves.md).
 * Each half has its own store read and its own formatting, so the reading, which one thread cannot
 * speed up, runs on both cores. A failure or a cancel on either side stops both.
 */
final class TwoPartExport {
    private final ExportService exports;
    private final SendFormat format;
    private final User viewer;
    private final SendSort sort;
    private final Progress progress;
    private final BooleanSupplier cancelled;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final long[] rows = new long[2];
    private final long[] bytes = new long[2];

    TwoPartExport(ExportService exports, SendFormat format, User viewer, SendSort sort, Progress progress,
            BooleanSupplier cancelled) {
        this.exports = exports;
        this.format = format;
        this.viewer = viewer;
        this.sort = sort;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Writes the halves into {@code head} and {@code tail} and joins them in {@code head}; returns its sends and bytes. */
    long[] write(Path head, Path tail, ExportHalves halves) throws IOException {
        Instant at = exports.now();
        Throwable[] tailFailure = {null};
        Thread second = new Thread(() -> {
            try {
                part(1, tail, halves, at);
            } catch (Throwable e) {
                tailFailure[0] = e;
                stop.set(true);
            }
        }, "send-export-second-half");
        second.setDaemon(true);
        second.start();
        try {
            part(0, head, halves, at);
        } catch (IOException | RuntimeException | Error e) {
            stop.set(true);
            awaitQuietly(second);
            // the first half stopped because the second failed: that failure is the one to report
            if (tailFailure[0] != null && e instanceof ExportService.Cancelled && !cancelled.getAsBoolean()) {
                throw rethrown(tailFailure[0]);
            }
            throw e;
        }
        awaitQuietly(second);
        if (tailFailure[0] != null) {
            throw rethrown(tailFailure[0]);
        }
        long size = SendFileParts.join(format, head, rows[0], tail, rows[1]);
        return new long[] {rows[0] + rows[1], size};
    }

    private void part(int which, Path file, ExportHalves halves, Instant at) throws IOException {
        try (CountingOutputStream counted = ExportService.newFile(file)) {
            long n;
            try (SendWriter writer = which == 0 ? SendFileParts.head(format, counted)
                    : SendFileParts.tail(format, counted)) {
                n = exports.pump(writer, counted, format == SendFormat.JSON, viewer,
                        which == 0 ? halves.first() : halves.second(), sort, at, 2, Long.MAX_VALUE,
                        (r, b) -> update(which, r, b), () -> stop.get() || cancelled.getAsBoolean());
            }
            update(which, n, counted.count());
        }
    }

    /** Both halves' progress as one, told one at a time. */
    private synchronized void update(int which, long r, long b) {
        rows[which] = r;
        bytes[which] = b;
        progress.update(rows[0] + rows[1], bytes[0] + bytes[1]);
    }

    private static void awaitQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrown(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        return new UncheckedIOException(new IOException(t));
    }
}
