package org.echotrace.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The validated query parameters of one request. Only the parameters its route declares are accepted (an
 * unknown one is a 400 naming it), each at most once and at most {@value #MAX_VALUE} characters.
 */
public final class Params {

    /** The longest value any parameter may have (a query string, an id). */
    public static final int MAX_VALUE = 1000;
    /** Items per page unless {@code limit} says otherwise. */
    public static final int DEFAULT_LIMIT = 50;
    /** The most rows one CSV download may carry. */
    public static final int MAX_CSV_ROWS = 10_000;

    private final Map<String, List<String>> values;
    private final int maxPageSize;

    public Params(Map<String, List<String>> values, Set<String> declared, int maxPageSize) {
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!declared.contains(e.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + clip(e.getKey()) + "'"
                        + (declared.isEmpty() ? " (this route takes none)" : " (known: " + String.join(", ",
                        declared.stream().sorted().toList()) + ")"));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' given more than once");
            }
            if (!e.getValue().isEmpty() && e.getValue().get(0).length() > MAX_VALUE) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' is longer than " + MAX_VALUE + " characters");
            }
        }
        this.values = values;
        this.maxPageSize = maxPageSize;
    }

    /** The value, or {@code null} when absent or blank. */
    public String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        return v.get(0).strip();
    }

    public String required(String name) {
        String v = string(name);
        if (v == null) {
            throw ApiException.badRequest("parameter '" + name + "' is required");
        }
        return v;
    }

    /** One of {@code allowed} (case-insensitive), else {@code fallback} when absent. */
    public String choice(String name, Set<String> allowed, String fallback) {
        String v = string(name);
        if (v == null) {
            return fallback;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ApiException.badRequest("parameter '" + name + "' must be one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ", was '" + clip(v) + "'");
        }
        return lower;
    }

    public boolean csv() {
        return "csv".equals(choice("format", Set.of("json", "csv"), "json"));
    }

    /** Items per page: {@value #DEFAULT_LIMIT} by default, at most the server's page size (CSV: {@value #MAX_CSV_ROWS}). */
    public int limit() {
        int max = csv() ? Math.max(MAX_CSV_ROWS, maxPageSize) : maxPageSize;
        int v = integer("limit", csv() ? max : DEFAULT_LIMIT);
        if (v < 1 || v > max) {
            throw ApiException.badRequest("parameter 'limit' must be 1-" + max + ", was " + v);
        }
        return v;
    }

    public int integer(String name, int fallback) {
        String v = string(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number, was '" + clip(v) + "'");
        }
    }

    public boolean flag(String name) {
        return "true".equals(choice(name, Set.of("true", "false"), "false"));
    }

    /** An ISO date ({@code 2024-03-05}), or {@code null} when absent. */
    public LocalDate date(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date like 2024-03-05, was '" + clip(v) + "'");
        }
    }

    static String clip(String s) {
        String t = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }
}
