package org.echotrace.ingest.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field names scraper records commonly use for each echotrace field ({@code text}, {@code date}, …),
 * loaded once from {@code field-names.txt} beside this class. Scrapers disagree on names ({@code body},
 * {@code full_text}, {@code created_at}, {@code ts}); keeping the list as data lets it grow without code.
 */
final class RecordFieldNames {
    /** Our field names, in the order the resource must define them. */
    static final Set<String> FIELDS = Set.of("text", "title", "date", "id", "channel", "url", "author", "views",
            "forwarded_from");
    private static final String RESOURCE = "field-names.txt";
    private static final RecordFieldNames STANDARD = load();

    private final Map<String, List<String>> names;

    private RecordFieldNames(Map<String, List<String>> names) {
        this.names = Map.copyOf(names);
    }

    static RecordFieldNames standard() {
        return STANDARD;
    }

    /** The input names tried for {@code field}, in order of preference. */
    List<String> namesFor(String field) {
        List<String> n = names.get(field);
        if (n == null) {
            throw new IllegalArgumentException("unknown record field '" + field + "'");
        }
        return n;
    }

    private static RecordFieldNames load() {
        try (InputStream in = RecordFieldNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static RecordFieldNames parse(BufferedReader r, String name) throws IOException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int colon = s.indexOf(':');
            String field = colon < 0 ? "" : s.substring(0, colon).strip();
            if (!FIELDS.contains(field)) {
                throw new IllegalStateException(name + ":" + no + ": expected 'FIELD: name ...' with FIELD one of "
                        + FIELDS + ", got '" + s + "'");
            }
            List<String> list = Arrays.stream(s.substring(colon + 1).strip().split("\\s+"))
                    .filter(x -> !x.isEmpty()).toList();
            if (list.isEmpty() || names.put(field, list) != null) {
                throw new IllegalStateException(name + ":" + no + ": field '" + field + "' is empty or repeated");
            }
        }
        if (!names.keySet().equals(FIELDS)) {
            throw new IllegalStateException(name + ": missing fields, has " + names.keySet());
        }
        return new RecordFieldNames(names);
    }
}
