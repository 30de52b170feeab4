package sendtracker.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The bench's figures in the order they were taken, and the ones it could not take with why. */
public final class BenchResult {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> pending = new LinkedHashMap<>();

    void put(String key, Object value) {
        values.put(key, value);
    }

    void pending(String key, String why) {
        pending.put(key, why);
    }

    public Object get(String key) {
        return values.get(key);
    }

    public Map<String, String> pending() {
        return Map.copyOf(pending);
    }

    /** One JSON object: the figures, then {@code "pending": {key: why}} when some are missing. */
    public String toJson() {
        Map<String, Object> out = new LinkedHashMap<>(values);
        if (!pending.isEmpty()) {
            out.put("pending", pending);
        }
        try {
            return new ObjectMapper().writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
