package sendtracker.store;

/** What an upsert did: added, replaced with a newer version, or left as it was. */
public record UpsertCounts(long inserted, long updated, long unchanged) {
    public static final UpsertCounts NONE = new UpsertCounts(0, 0, 0);

    public UpsertCounts plus(UpsertCounts o) {
        return new UpsertCounts(inserted + o.inserted, updated + o.updated, unchanged + o.unchanged);
    }

    public long total() {
        return inserted + updated + unchanged;
    }
}
