package sendtracker.store.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dictionary encoding: each distinct value once, rows hold its small int code. */
final class Dictionary<K> {
    private final Map<K, Integer> codes = new HashMap<>();
    private final List<K> values = new ArrayList<>();

    int code(K value) {
        Integer c = codes.get(value);
        if (c == null) {
            c = values.size();
            values.add(value);
            codes.put(value, c);
        }
        return c;
    }

    K value(int code) {
        return values.get(code);
    }

    int size() {
        return values.size();
    }
}
