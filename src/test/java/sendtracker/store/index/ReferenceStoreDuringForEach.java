package sendtracker.store.index;

import java.lang.reflect.Proxy;
import java.time.Instant;

import sendtracker.domain.SendFilter;
import sendtracker.domain.SendSort;
import sendtracker.domain.User;
import sendtracker.store.SendStore;

/** A store that makes a change while a full read is streaming (after its first row). */
final class ReferenceStoreDuringForEach {
    private ReferenceStoreDuringForEach() {
    }

    static SendStore create(SendStore store, Runnable change) {
        return (SendStore) Proxy.newProxyInstance(SendStore.class.getClassLoader(), new Class<?>[] {SendStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("forEach")) {
                        SendStore.SendSink sink = (SendStore.SendSink) args[5];
                        boolean[] done = {false};
                        store.forEach((User) args[0], (SendFilter) args[1], (SendSort) args[2], (Instant) args[3],
                                (Boolean) args[4], s -> {
                                    sink.accept(s);
                                    if (!done[0]) {
                                        done[0] = true;
                                        change.run();
                                    }
                                });
                        return null;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
