package sendtracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import sendtracker.domain.Send;
import sendtracker.domain.Texts;
import sendtracker.domain.User;
import sendtracker.domain.Visibility;
import sendtracker.exchange.DuplicateIds;
import sendtracker.exchange.ReadCancelledException;
import sendtracker.exchange.RejectsWriter;
import sendtracker.exchange.SendFileException;
import sendtracker.exchange.SendFileReader;
import sendtracker.exchange.SendRow;
import sendtracker.store.HeldUpserts;
import sendtracker.store.SendStore;
import sendtracker.store.StoreException;
import sendtracker.store.UpsertCounts;
import sendtracker.store.UpsertPipeline;

/**
 * Imports CSV and JSON files of sends (docs/design.md, "Import rules").
 * <p>
 * Each file is read twice, streamed: a check pass that fails a malformed file before anything is
 * stored, then a storing pass that upserts the good rows in batches (one transaction each) and
 * writes every rejected row to {@code <input>.rejects.csv}; its rows are read and checked a batch
 * ahead on a thread of their own ({@link ReadAhead}, docs/decisions/0024-team-import-reads-ahead.md),
 * the batches stored in file order on the calling thread. For every file,
 * {@code read = inserted + updated + unchanged + rejected}. A cancel stops between batches: what
 * was stored stays, consistent, and the report says up to which line.
 */
public final class ImportService {
    /** Rows per store transaction unless the store says otherwise ({@link SendStore#importBatchSize}). */
    public static final int BATCH_SIZE = SendStore.DEFAULT_IMPORT_BATCH;
    /** How many rejection messages a report carries for the user (all are in the reject file). */
    public static final int REJECT_SAMPLES = 20;

    /** Which pass of a file the progress is about. */
    public enum Phase { CHECKING, STORING }

    /** Told how far an import has got, for a progress bar: rows so far and bytes of {@code totalBytes}. */
    @FunctionalInterface
    public interface Progress {
        void update(Path file, Phase phase, long rows, long bytes, long totalBytes);

        Progress NONE = (file, phase, rows, bytes, totalBytes) -> { };
    }

    /**
     * What became of one file. {@code error} is null when the file could be read; otherwise it says
     * which file, line and why, and nothing of the file was stored (unless {@code storedBeforeError}
     * says a store failure cut a storing pass short). {@code lastLine} is the last line handled.
     */
    public record Report(Path file, String format, long read, long inserted, long updated, long unchanged,
            long rejected, List<String> warnings, Path rejectsFile, List<String> rejectSamples, boolean cancelled,
            long lastLine, String error) {

        public Report {
            warnings = List.copyOf(warnings);
            rejectSamples = List.copyOf(rejectSamples);
        }

        static Report failed(Path file, String format, String error) {
            return new Report(file, format, 0, 0, 0, 0, 0, List.of(), null, List.of(), false, 0, error);
        }

        static Report cancelledBeforeStoring(Path file, String format) {
            return new Report(file, format, 0, 0, 0, 0, 0, List.of(), null, List.of(), true, 0, null);
        }

        public boolean failed() {
            return error != null;
        }

        public boolean hasRejects() {
            return rejected > 0;
        }

        /** Rows that reached the store: added, replaced by a newer one, or left as they were. */
        public long stored() {
            return inserted + updated + unchanged;
        }

        /** One line for the user. */
        public String summary() {
            String name = String.valueOf(file.getFileName());
            if (failed()) {
                return error;
            }
            String counts = Texts.get("exchange.import.summary", name, read, inserted, updated, unchanged, rejected);
            if (cancelled) {
                counts += " " + Texts.get("exchange.import.cancelledAt", String.valueOf(lastLine));
            }
            if (rejectsFile != null) {
                counts += " " + Texts.get("exchange.import.rejectsAt", rejectsFile);
            }
            return counts;
        }
    }

    /** The import could not be done at all (used where a caller needs an exception, e.g. offline review). */
    public static final class ImportFailedException extends RuntimeException {
        public ImportFailedException(String message) {
            super(message);
        }
    }

    private final SendStore store;
    private final int batchSize;

    public ImportService(SendStore store) {
        this(store, store.importBatchSize());
    }

    /** Into the store of a service (the command line and the window hold one). */
    public ImportService(SendService sends) {
        this(sends.store());
    }

    /** With another batch size (tests use small ones to see several batches). */
    public ImportService(SendStore store, int batchSize) {
        this.store = Objects.requireNonNull(store, "store");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.batchSize = batchSize;
    }

    /** Imports the files one after another; a malformed one is reported and the next goes on. */
    public List<Report> importFiles(List<Path> files, User actor, Progress progress, BooleanSupplier cancelled) {
        List<Report> reports = new ArrayList<>(files.size());
        for (Path f : files) {
            if (cancelled.getAsBoolean()) {
                reports.add(Report.cancelledBeforeStoring(f, null));
                continue;
            }
            reports.add(importFile(f, actor, progress, cancelled));
        }
        return reports;
    }

    /**
     * Imports one file as {@code actor}. Rows of sends the actor could not see are rejected: an
     * import may not write over what its user may not even read. Never throws for a bad file or a
     * failing store: the report says what happened.
     */
    public Report importFile(Path file, User actor, Progress progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(actor, "actor");
        long total = SendFileReader.sizeOf(file);
        Optional<HeldUpserts> held = store.holdUpserts();
        if (held.isPresent()) {
            try (HeldUpserts h = held.get()) {
                return importWhileChecking(file, actor, progress, cancelled, total, h);
            }
        }
        SendFileReader reader;
        SendFileReader.FileCheck check;
        try {
            reader = SendFileReader.open(file);
            check = reader.check((rows, bytes) -> progress.update(file, Phase.CHECKING, rows, bytes, total), cancelled);
        } catch (SendFileException e) {
            return Report.failed(file, null, e.getMessage());
        } catch (ReadCancelledException e) {
            return Report.cancelledBeforeStoring(file, null);
        }
        String format = reader.format().name();
        if (cancelled.getAsBoolean()) {
            return Report.cancelledBeforeStoring(file, format);
        }
        RejectsWriter rejects;
        try {
            rejects = new RejectsWriter(file, reader.originalColumns());
        } catch (IOException e) {
            return Report.failed(file, format, Texts.get("exchange.import.noRejectsFile",
                    RejectsWriter.rejectsFileFor(file), e.getMessage()));
        }
        try (UpsertPipeline pipeline = store.pipelineUpserts().orElse(null)) {
            Run run = new Run(actor, rejects, null, null, pipeline);
            return storeChecked(file, format, check, reader, run, rejects, progress, cancelled, total);
        } catch (StoreException e) {
            return Report.failed(file, format, e.getMessage());
        } finally {
            rejects.close(); // after finish() a no-op; otherwise drops the temporary file
        }
    }

    /** The storing pass of a file that passed its check. */
    private Report storeChecked(Path file, String format, SendFileReader.FileCheck check, SendFileReader reader,
            Run run, RejectsWriter rejects, Progress progress, BooleanSupplier cancelled, long total) {
        try {
            // rows are read and checked a batch ahead on their own thread while this one stores
            boolean complete = ReadAhead.run(reader, run::check, batchSize,
                    (rows, bytes) -> progress.update(file, Phase.STORING, rows, bytes, total), cancelled,
                    chunk -> chunk.forEach(run::row));
            run.flush();
            run.finish();
            Path rejectsFile = rejects.finish();
            return run.report(file, format, check.warnings(), rejectsFile, !complete, null);
        } catch (SendFileException e) {
            // the file changed between the passes, or a late read failed
            return run.partialFailure(file, format, check.warnings(), rejects, e.getMessage());
        } catch (StoreException | IOException | RejectsFailed e) {
            return run.partialFailure(file, format, check.warnings(), rejects, storingFailed(file, run, e));
        }
    }

    /**
     * On a store that holds batches uncommitted ({@link SendStore#holdUpserts}): the check pass runs on
     * a thread of its own while the storing pass stores into the held transaction, which commits once
     * the check has passed; a malformed file rolls it back and stores nothing
     * (docs/decisions/0028-team-import-stores-while-it-checks.md). Storing progress is told once the
     * check has ended.
     */
    private Report importWhileChecking(Path file, User actor, Progress progress, BooleanSupplier cancelled,
            long total, HeldUpserts held) {
        SendFileReader reader;
        SendFileReader checking;
        try {
            reader = SendFileReader.open(file);
            checking = SendFileReader.open(file, reader.format());
        } catch (SendFileException e) {
            return Report.failed(file, null, e.getMessage());
        }
        String format = reader.format().name();
        RejectsWriter rejects;
        try {
            rejects = new RejectsWriter(file, reader::originalColumns);
        } catch (IOException e) {
            return Report.failed(file, format, Texts.get("exchange.import.noRejectsFile",
                    RejectsWriter.rejectsFileFor(file), e.getMessage()));
        }
        try (CheckAlongside check = CheckAlongside.start(checking,
                (rows, bytes) -> progress.update(file, Phase.CHECKING, rows, bytes, total), cancelled);
                UpsertPipeline pipeline = store.pipelineUpserts().orElse(null)) {
            Run run = new Run(actor, rejects, held, check, pipeline);
            StoringProgress storing = new StoringProgress(check::isDone,
                    (rows, bytes) -> progress.update(file, Phase.STORING, rows, bytes, total));
            try {
                boolean complete = ReadAhead.run(reader, run::check, batchSize, storing, cancelled,
                        chunk -> chunk.forEach(run::row));
                run.flush();
                run.release();
                run.finish();
                SendFileReader.FileCheck passed = check.await();
                storing.checkEnded();
                return run.report(file, format, passed.warnings(), rejects.finish(), !complete, null);
            } catch (SendFileException e) {
                if (run.holding()) {
                    check.await(); // the check's own finding comes first; else the file changed meanwhile
                }
                return run.partialFailure(file, format, List.of(), rejects, e.getMessage());
            } catch (StoreException | IOException | RejectsFailed e) {
                return run.partialFailure(file, format, List.of(), rejects, storingFailed(file, run, e));
            }
        } catch (SendFileException e) {
            return Report.failed(file, format, e.getMessage());
        } catch (ReadCancelledException e) {
            return Report.cancelledBeforeStoring(file, format);
        } finally {
            rejects.close(); // after finish() a no-op; otherwise drops the temporary file
        }
    }

    /** What the user hears when the store or the reject file failed during the storing pass. */
    private static String storingFailed(Path file, Run run, Exception e) {
        if (e instanceof StoreException) {
            return Texts.get("exchange.import.storeFailed", String.valueOf(file.getFileName()),
                    String.valueOf(run.pendingFrom()), e.getMessage());
        }
        String cause = e instanceof RejectsFailed ? e.getCause().getMessage() : e.getMessage();
        return Texts.get("exchange.import.rejectsFailed", RejectsWriter.rejectsFileFor(file), cause);
    }

    /** The reject file could not be written: stops the storing pass (not a fault of the input file). */
    private static final class RejectsFailed extends RuntimeException {
        RejectsFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** One storing pass: the batch being filled, the counts, and the reject file. */
    private final class Run {
        private final User actor;
        private final RejectsWriter rejects;
        private final DuplicateIds ids = new DuplicateIds();
        private final List<Send> batch = new ArrayList<>(batchSize);
        private final List<String> samples = new ArrayList<>();
        private UpsertCounts counts = UpsertCounts.NONE;
        private long rejected;
        private long lastLine;
        /** First line of the rows waiting in the batch (they are not stored yet). */
        private long firstPendingLine;
        /** The transaction the batches go to until the check has passed (null: each batch commits). */
        private HeldUpserts held;
        private final CheckAlongside check;
        private UpsertCounts heldCounts = UpsertCounts.NONE;
        /** First line of the held batches, which a rollback takes back. */
        private long heldFromLine;
        /** Where the batches go once the check has passed, two at a time (null: to the store in turn). */
        private final UpsertPipeline pipeline;
        /** First line of each batch given to the pipeline, in order. */
        private final List<Long> pipelinedFrom = new ArrayList<>();

        Run(User actor, RejectsWriter rejects, HeldUpserts held, CheckAlongside check, UpsertPipeline pipeline) {
            this.actor = actor;
            this.rejects = rejects;
            this.held = held;
            this.check = check;
            this.pipeline = pipeline;
        }

        boolean holding() {
            return held != null;
        }

        /** The first line not stored, when a batch failed. */
        long pendingFrom() {
            if (held != null && heldFromLine > 0) {
                return heldFromLine;
            }
            if (pipeline != null) {
                pipeline.close(); // every batch given has now committed or rolled back
                int stored = pipeline.committedBatches();
                if (stored < pipelinedFrom.size()) {
                    return pipelinedFrom.get(stored);
                }
            }
            return firstPendingLine;
        }

        /** Waits until every batch given to the pipeline has committed; throws the first one's failure. */
        void finish() {
            if (pipeline != null) {
                pipeline.finish();
            }
        }

        /** The counts of every committed batch (the pipeline's once none is on its way any more). */
        private UpsertCounts stored() {
            if (pipeline == null) {
                return counts;
            }
            pipeline.close();
            return counts.plus(pipeline.committed());
        }

        /**
         * Once the check has passed, commits the held batches and lets each later one commit on its own;
         * a failed check is thrown (the held batches then roll back). Waits for the check.
         */
        void release() {
            if (held != null) {
                check.await();
                held.commit();
                counts = counts.plus(heldCounts);
                held = null;
            }
        }

        /** On the reading thread: the file's own rules for a row (a repeated id, a send the actor may not see). */
        SendRow check(SendRow row) {
            SendRow checked = ids.check(row);
            if (checked.isAccepted() && !Visibility.canSee(actor, checked.send())) {
                Send s = checked.send();
                checked = checked.reject(null, Texts.get("exchange.row.notVisible", s.senderEmail(), s.team()));
            }
            return checked;
        }

        /** On the calling thread, in file order: a checked row joins the batch or the reject file. */
        void row(SendRow checked) {
            if (checked.isAccepted()) {
                if (batch.isEmpty()) {
                    firstPendingLine = checked.line();
                }
                batch.add(checked.send());
                if (batch.size() >= batchSize) {
                    flush();
                }
            } else {
                reject(checked);
            }
            lastLine = checked.line();
        }

        private void reject(SendRow row) {
            try {
                rejects.write(row);
            } catch (IOException e) {
                throw new RejectsFailed(e);
            }
            rejected++;
            if (samples.size() < REJECT_SAMPLES) {
                samples.add(row.field() == null
                        ? Texts.get("exchange.rejects.entryNoField", String.valueOf(row.line()), row.reason())
                        : Texts.get("exchange.rejects.entry", String.valueOf(row.line()), row.field(), row.reason()));
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                if (held != null && check.isDone()) {
                    release();
                }
                if (held != null) {
                    if (heldFromLine == 0) {
                        heldFromLine = firstPendingLine;
                    }
                    heldCounts = heldCounts.plus(held.upsert(batch));
                } else if (pipeline != null) {
                    pipelinedFrom.add(firstPendingLine);
                    pipeline.upsert(batch);
                } else {
                    counts = counts.plus(store.upsert(batch));
                }
                batch.clear();
            }
        }

        Report report(Path file, String format, List<String> warnings, Path rejectsFile, boolean cancelled,
                String error) {
            UpsertCounts all = stored();
            return new Report(file, format, all.total() + rejected, all.inserted(), all.updated(),
                    all.unchanged(), rejected, warnings, rejectsFile, samples, cancelled, lastLine, error);
        }

        /** Stored batches stay; the rows of the failed batch are not counted as read. */
        Report partialFailure(Path file, String format, List<String> warnings, RejectsWriter w, String error) {
            Path rejectsFile = null;
            try {
                rejectsFile = w.finish();
            } catch (IOException | RuntimeException e) {
                // the failure itself is what the user must hear about
            }
            return report(file, format, warnings, rejectsFile, false, error);
        }
    }
}
