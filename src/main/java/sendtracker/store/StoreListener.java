package sendtracker.store;

import java.util.Collection;

/** Told after a write commits, so in-memory views (the read index, the window) follow the store. */
public interface StoreListener {
    /** These sends were added or changed. */
    void sendsChanged(Collection<String> ids);
}
