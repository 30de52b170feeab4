package sendtracker.store;

import java.util.List;

import sendtracker.domain.Send;

/**
 * Batches of an import stored in one open transaction that commits only when told: the team store
 * stores a file's first batches while the file is still being checked, and a file the check fails
 * leaves nothing behind (docs/decisions/0028-team-import-stores-while-it-checks.md). Used by one
 * thread.
 */
public interface HeldUpserts extends AutoCloseable {
    /** As {@link SendStore#upsert}, without the commit: the counts hold only if {@link #commit} follows. */
    UpsertCounts upsert(List<Send> sends);

    /** Commits every batch given so far; listeners hear of their sends now. */
    void commit();

    /** Rolls back whatever was not committed, and gives the connection back. */
    @Override
    void close();
}
