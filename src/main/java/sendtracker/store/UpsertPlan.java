package sendtracker.store;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import sendtracker.domain.Send;

/**
 * Which sends of a batch an upsert stores, by the import rules of docs/design.md: a row replaces
 * a stored send only with a later Status Changed At; within a batch the later change of an id
 * wins (the row it replaces is not counted), every other row is unchanged. Both stores decide
 * with this one class, so the rules cannot drift apart.
 */
final class UpsertPlan {
    /** New sends by id, in batch order. */
    final Map<String, Send> inserts = new LinkedHashMap<>();
    /** Stored sends by id that a later change replaces, in batch order. */
    final Map<String, Send> updates = new LinkedHashMap<>();
    long unchanged;

    /** {@code stored} holds the stored Status Changed At (epoch ms) of each stored send of the batch. */
    static UpsertPlan of(List<Send> sends, Map<String, Long> stored) {
        UpsertPlan plan = new UpsertPlan();
        for (Send s : sends) {
            long at = s.statusChangedAt().toEpochMilli();
            Send pendingInsert = plan.inserts.get(s.id());
            if (pendingInsert != null) {
                plan.replaceIfLater(plan.inserts, pendingInsert, s, at);
                continue;
            }
            Send pendingUpdate = plan.updates.get(s.id());
            if (pendingUpdate != null) {
                plan.replaceIfLater(plan.updates, pendingUpdate, s, at);
                continue;
            }
            Long storedAt = stored.get(s.id());
            if (storedAt == null) {
                plan.inserts.put(s.id(), s);
            } else if (at > storedAt) {
                plan.updates.put(s.id(), s);
            } else {
                plan.unchanged++;
            }
        }
        return plan;
    }

    private void replaceIfLater(Map<String, Send> pending, Send earlier, Send s, long at) {
        if (at > earlier.statusChangedAt().toEpochMilli()) {
            pending.put(s.id(), s);
        } else {
            unchanged++;
        }
    }

    /** The sends this plan stores: its inserts, then its updates. */
    Set<String> changedIds() {
        Set<String> ids = new LinkedHashSet<>(inserts.keySet());
        ids.addAll(updates.keySet());
        return ids;
    }

    UpsertCounts counts() {
        return new UpsertCounts(inserts.size(), updates.size(), unchanged);
    }
}
