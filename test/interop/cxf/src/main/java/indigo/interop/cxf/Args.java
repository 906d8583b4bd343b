package indigo.interop.cxf;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** `--name value` pairs; flags in {@code flags} take no value. Unknown names are refused. */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    Args(String[] argv, Set<String> names, Set<String> flags) {
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (flags.contains(a)) {
                values.put(a, "true");
            } else if (names.contains(a) && i + 1 < argv.length) {
                values.put(a, argv[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + a + "'; options: " + names + " "
                    + flags);
            }
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String require(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }
}
