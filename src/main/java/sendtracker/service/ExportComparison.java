package sendtracker.service;

import java.util.List;

/**
 * What changed between two exports: the ids only in the new one, the ids only in the old one,
 * and each changed field, status changes first (docs/design.md §6, {@code compare}).
 */
public record ExportComparison(List<String> added, List<String> removed, List<FieldChange> changed) {
    /** One field of one send: its CSV header name, the old text and the new ("" when empty). */
    public record FieldChange(String id, String field, String from, String to) {
    }

    public ExportComparison {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** How many sends have at least one changed field. */
    public long changedSends() {
        return changed.stream().map(FieldChange::id).distinct().count();
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
