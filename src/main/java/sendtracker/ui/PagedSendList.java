package sendtracker.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.collections.ObservableListBase;

import sendtracker.domain.Send;
import sendtracker.domain.SendPage;

/**
 * The table's rows for one query: a list as long as the query's total whose sends are fetched
 * a page at a time, only when a row is shown. A row not fetched yet reads as null (the table
 * shows it as loading) until its page arrives; only a few pages are kept. Sends are never all
 * loaded, so a million matches cost no more than a hundred.
 */
public final class PagedSendList extends ObservableListBase<Send> {
    public static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 30;

    /** Fetches the rows from {@code offset}; runs on a worker thread. */
    @FunctionalInterface
    public interface PageLoader {
        SendPage load(int offset, int limit) throws Exception;
    }

    private final PageLoader loader;
    private final Jobs jobs;
    private final int size;
    private final Consumer<Throwable> onFailure;
    private final Map<Integer, List<Send>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<Send>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    /** Numbers page requests; a request this far behind the newest is skipped (the user scrolled past it). */
    private static final int STALE_AFTER = 8;
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean disposed;

    /** A list of {@code total} rows whose first page is already known. */
    public PagedSendList(long total, List<Send> firstPage, PageLoader loader, Jobs jobs, Consumer<Throwable> onFailure) {
        this.size = (int) Math.min(Integer.MAX_VALUE, Math.max(0, total));
        this.loader = loader;
        this.jobs = jobs;
        this.onFailure = onFailure;
        if (firstPage != null && !firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
    }

    public static PagedSendList empty() {
        return new PagedSendList(0, List.of(), (o, l) -> new SendPage(List.of(), 0), Jobs.direct(), e -> { });
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Each query's list is its own answer: equal only to itself. The rows property tells its
     * listeners of a new list only when it is not equal to the old one, and comparing rows would
     * fetch every page of both lists, or, for two lists alike (two empty stores' answers, a refresh
     * that changed nothing on the first page), keep the old list in the table and its listeners unaware.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The send at {@code index}, or null while its page is being fetched. */
    @Override
    public Send get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<Send> rows = pages.get(page);
        if (rows == null) {
            request(page);
            rows = pages.get(page);
        }
        int at = index % PAGE_SIZE;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    /** True when the row's page is in memory (no fetch is started). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / PAGE_SIZE);
    }

    /** Stops delivering pages: the query this list answers has been replaced. */
    public void dispose() {
        disposed = true;
    }

    /** Puts a changed send in place of the row with its id, if that row is in memory; returns its index or -1. */
    public int replace(Send changed) {
        for (Map.Entry<Integer, List<Send>> e : pages.entrySet()) {
            List<Send> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(changed.id())) {
                    Send old = rows.get(i);
                    List<Send> copy = new ArrayList<>(rows);
                    copy.set(i, changed);
                    e.setValue(List.copyOf(copy));
                    int index = e.getKey() * PAGE_SIZE + i;
                    beginChange();
                    nextSet(index, old);
                    endChange();
                    return index;
                }
            }
        }
        return -1;
    }

    private void fireReplaced(int from, int to) {
        if (to > from) {
            beginChange();
            nextReplace(from, to, Collections.nCopies(to - from, (Send) null));
            endChange();
        }
    }

    private void request(int page) {
        if (disposed || !loading.add(page)) {
            return;
        }
        int offset = page * PAGE_SIZE;
        long ticket = requests.incrementAndGet();
        jobs.submit(progress -> disposed || requests.get() - ticket >= STALE_AFTER ? null
                : loader.load(offset, PAGE_SIZE), result -> {
            loading.remove(page);
            if (disposed) {
                return;
            }
            int to = Math.min(size, offset + PAGE_SIZE);
            if (result == null) {
                // Skipped as stale: tell the table, which asks again for the rows it still shows.
                fireReplaced(offset, to);
                return;
            }
            pages.put(page, List.copyOf(result.rows()));
            fireReplaced(offset, to);
        }, failure -> {
            loading.remove(page);
            if (!disposed) {
                onFailure.accept(failure);
            }
        });
    }
}
