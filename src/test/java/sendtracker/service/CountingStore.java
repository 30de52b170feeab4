package sendtracker.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import sendtracker.store.HeldUpserts;
import sendtracker.store.SendStore;
import sendtracker.store.UpsertPipeline;

/**
 * A store that counts an import's batches by where they go: into a held transaction (counted once
 * stored), or on their own — by {@code upsert} or through the pipeline (counted when handed over).
 */
final class CountingStore {
    private CountingStore() {
    }

    static SendStore of(SendStore store, AtomicInteger own, AtomicInteger held) {
        return proxy(SendStore.class, store, (method, result) -> {
            if (method.getName().equals("upsert")) {
                own.incrementAndGet();
            }
            if (method.getName().equals("pipelineUpserts")) {
                return ((Optional<?>) result).map(p -> proxy(UpsertPipeline.class, (UpsertPipeline) p, (m, r) -> {
                    if (m.getName().equals("upsert")) {
                        own.incrementAndGet();
                    }
                    return r;
                }));
            }
            if (method.getName().equals("holdUpserts")) {
                return ((Optional<?>) result).map(h -> proxy(HeldUpserts.class, (HeldUpserts) h, (m, r) -> {
                    if (m.getName().equals("upsert")) {
                        held.incrementAndGet();
                    }
                    return r;
                }));
            }
            return result;
        });
    }

    /** What a proxy does with a call's result, after the call. */
    private interface After {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        return type.cast(Proxy.newProxyInstance(CountingStore.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> {
                    try {
                        return after.apply(m, m.invoke(target, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
