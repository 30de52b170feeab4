package sendtracker.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import sendtracker.domain.CancelDecision;
import sendtracker.domain.Send;
import sendtracker.domain.SendFilter;
import sendtracker.domain.SendPage;
import sendtracker.domain.SendSort;
import sendtracker.domain.Texts;
import sendtracker.domain.User;

/**
 * Cancel several sends at once (docs/design.md, "Cancel policy"; issue 16): each send goes
 * through {@link SendSource#cancel} on its own, so each is its own transaction with the policy
 * re-checked on the stored row, and one refusal never undoes another send's cancel. A dry run
 * asks {@link SendSource#preview} about each stored send and changes nothing.
 */
public final class BulkCancel {
    /** Told after each send: how many are finished out of how many. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (finished, total) -> { };

        void finished(int finished, int total);
    }

    static final int SELECTION_PAGE = 1_000;

    private final SendSource sends;

    public BulkCancel(SendSource sends) {
        this.sends = sends;
    }

    /** The ids of every send the actor sees under the filter, newest first, read before anything changes. */
    public List<String> select(User actor, SendFilter filter) {
        // Read all ids first: cancelling moves sends out of a status filter, which would shift later pages.
        List<String> ids = new ArrayList<>();
        int offset = 0;
        while (true) {
            SendPage page = sends.page(actor, filter, SendSort.NEWEST_FIRST, offset, SELECTION_PAGE);
            page.rows().forEach(s -> ids.add(s.id()));
            offset += page.rows().size();
            if (page.rows().size() < SELECTION_PAGE || offset >= page.total()) {
                return ids;
            }
        }
    }

    /** What cancelling these sends would do, send by send; nothing is changed. */
    public BulkCancelResult preview(User actor, List<String> ids) {
        return run(actor, ids, null, true, Progress.NONE, () -> false);
    }

    /** Cancels the sends the policy allows, one transaction each, until done or {@code stop} says so. */
    public BulkCancelResult cancel(User actor, List<String> ids, String reason, Progress progress,
            BooleanSupplier stop) {
        return run(actor, ids, reason, false, progress, stop);
    }

    /**
     * Goes through the ids in order (the same send named twice, in any letter case, once);
     * {@code stop} is asked before each send, and the ones not reached come back as not attempted.
     */
    public BulkCancelResult run(User actor, List<String> ids, String reason, boolean dryRun, Progress progress,
            BooleanSupplier stop) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String id : ids) {
            unique.putIfAbsent(id.strip().toUpperCase(Locale.ROOT), id.strip());
        }
        List<String> todo = new ArrayList<>(unique.values());
        List<CancelResult> results = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            if (stop.getAsBoolean()) {
                return new BulkCancelResult(dryRun, results, todo.subList(i, todo.size()));
            }
            results.add(one(actor, todo.get(i), reason, dryRun));
            progress.finished(i + 1, todo.size());
        }
        return new BulkCancelResult(dryRun, results, List.of());
    }

    private CancelResult one(User actor, String id, String reason, boolean dryRun) {
        Optional<Send> found = sends.find(actor, id);
        if (found.isEmpty()) {
            return new CancelResult(id, null, null, Texts.get("send.notFound", id), null, false, true, null,
                    null);
        }
        Send send = found.get();
        if (!dryRun) {
            // The stored id, so the answer names the send as every list shows it.
            return sends.cancel(actor, send.id(), null, reason);
        }
        CancelDecision decision = sends.preview(actor, send);
        if (decision.allowsSelfCancel()) {
            return new CancelResult(send.id(), decision.outcome(), decision.rule(),
                    Texts.get("cancel.wouldCancel", send.id(), decision.message()), send, false, false, null, null);
        }
        return new CancelResult(send.id(), decision.outcome(), decision.rule(), decision.message(), send, false, false,
                sends.supportRequest(send, decision), null);
    }
}
