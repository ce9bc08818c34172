package org.echotrace.serve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one API call returns: named parts in order, each a plain value, a list, a nested answer or a
 * {@link Table}. A page's lists are its tables; {@code ?format=csv&table=NAME} downloads one of them.
 */
public final class Answer {

    private final Map<String, Object> parts = new LinkedHashMap<>();

    public static Answer of() {
        return new Answer();
    }

    /** Adds a part; {@code value} is null, a String, Number, Boolean, List, Answer or Table. */
    public Answer put(String name, Object value) {
        if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof List || value instanceof Answer || value instanceof Table)) {
            throw new IllegalArgumentException("part '" + name + "' has an unsupported type");
        }
        parts.put(name, value);
        return this;
    }

    public Map<String, Object> parts() {
        return Collections.unmodifiableMap(parts);
    }

    public Object get(String name) {
        return parts.get(name);
    }

    /** The names of the parts that are tables, in order. */
    public List<String> tableNames() {
        return parts.entrySet().stream().filter(e -> e.getValue() instanceof Table).map(Map.Entry::getKey).toList();
    }
}
