package sendtracker.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: {@code --name value}, {@code --name=value}, flags without a value,
 * and positional words. Anything not declared is a usage error naming it.
 */
public final class Args {
    private final Map<String, List<String>> values = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();

    /**
     * @param withValue option names (without "--") that take a value
     * @param flags     option names that take none
     */
    public static Args parse(String command, List<String> words, Set<String> withValue, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--") && w.length() > 2) {
                String name = w.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name)) {
                    if (value != null) {
                        throw new UsageException("--" + name + " takes no value (" + command + ")");
                    }
                    a.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (withValue.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= words.size()) {
                            throw new UsageException("--" + name + " needs a value (" + command + ")");
                        }
                        value = words.get(++i);
                    }
                    a.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException("Unknown option --" + name + " for '" + command
                            + "'. Run 'send-tracker help' for the options.");
                }
            } else {
                a.positionals.add(w);
            }
        }
        return a;
    }

    public String get(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public List<String> positionals() {
        return positionals;
    }

    public int intValue(String name, int fallback, int min, int max) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim().replace("_", ""));
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    public long longValue(String name, long fallback) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    /** The value of a --format option, checked against the allowed ones. */
    public String format(String fallback, String... allowed) {
        String v = get("format");
        if (v == null) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v.trim())) {
                return a;
            }
        }
        throw new UsageException("--format must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
    }
}
