package org.echotrace.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * echotrace's settings: the defaults in {@code org/echotrace/config/defaults.conf} (every key, each with its
 * comment), overridden by a user's file in the same format. A line is {@code key = value}; {@code #} starts a
 * comment; blank lines are ignored. A user's key that the defaults do not list is an error naming the key, the
 * file and the line, never silently ignored; so is a value of the wrong type, when it is read.
 */
public final class Config {
    private static final String DEFAULTS = "defaults.conf";
    private final Map<String, String> values;
    private final Map<String, String> origins;

    private Config(Map<String, String> values, Map<String, String> origins) {
        this.values = Collections.unmodifiableMap(values);
        this.origins = Collections.unmodifiableMap(origins);
    }

    private static volatile Config cached;

    /** The defaults alone (read once). */
    public static Config defaults() {
        Config c = cached;
        if (c == null) {
            c = readDefaults();
            cached = c;
        }
        return c;
    }

    private static Config readDefaults() {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        try (InputStream in = Config.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULTS, null, values, origins);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Config(values, origins);
    }

    /** The defaults overridden by {@code file}. */
    public static Config load(Path file) {
        Config d = defaults();
        Map<String, String> values = new LinkedHashMap<>(d.values);
        Map<String, String> origins = new LinkedHashMap<>(d.origins);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parse(r, file.toString(), d.values, values, origins);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getClass().getSimpleName().replace("Exception", "")
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ")");
        }
        return new Config(values, origins);
    }

    /** The defaults overridden by {@code overrides} (key to value), for callers that set a few keys in code. */
    public Config with(Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>(values);
        Map<String, String> o = new LinkedHashMap<>(origins);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new ConfigException("unknown setting '" + e.getKey() + "'");
            }
            v.put(e.getKey(), e.getValue());
            o.put(e.getKey(), "override");
        }
        return new Config(v, o);
    }

    private static void parse(Reader reader, String name, Map<String, String> known, Map<String, String> values,
                              Map<String, String> origins) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (s.isEmpty()) {
                continue;
            }
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(name + ":" + n + ": expected 'key = value'");
            }
            String key = s.substring(0, eq).strip();
            String value = s.substring(eq + 1).strip();
            if (known != null && !known.containsKey(key)) {
                throw new ConfigException(name + ":" + n + ": unknown setting '" + key + "'");
            }
            if (value.isEmpty()) {
                throw new ConfigException(name + ":" + n + ": setting '" + key + "' has no value");
            }
            values.put(key, value);
            origins.put(key, name + ":" + n);
        }
    }

    /** The keys, in the defaults' order. */
    public Iterable<String> keys() {
        return values.keySet();
    }

    public String string(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no setting named " + key);
        }
        return v;
    }

    public double number(String key) {
        try {
            return Double.parseDouble(string(key));
        } catch (NumberFormatException e) {
            throw new ConfigException(origins.get(key) + ": setting '" + key + "' must be a number, was '"
                    + string(key) + "'");
        }
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(string(key));
        } catch (NumberFormatException e) {
            throw new ConfigException(origins.get(key) + ": setting '" + key + "' must be a whole number, was '"
                    + string(key) + "'");
        }
    }
}
