package org.echotrace.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.echotrace.model.Attribution;
import org.echotrace.model.DateRef;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Mention;
import org.echotrace.output.PostValues;
import org.echotrace.model.Quote;

/**
 * The JSON columns of the {@code posts} table: the post's list and map fields, written exactly as in the JSON
 * Lines output ({@code docs/output-format.md}), and read back into the model's records.
 */
final class PostJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PostJson() {
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Body body) {
        StringWriter sw = new StringWriter(64);
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    static String strings(List<String> values) {
        return values.isEmpty() ? "[]" : json(g -> PostValues.strings(g, values));
    }

    static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "{}" : json(g -> PostValues.counts(g, counts));
    }

    static String attributions(List<Attribution> values) {
        return values.isEmpty() ? "[]" : json(g -> PostValues.attributions(g, values));
    }

    static String entities(List<EntityRef> values) {
        return values.isEmpty() ? "[]" : json(g -> PostValues.entities(g, values, true));
    }

    static String dates(List<DateRef> values) {
        return values.isEmpty() ? "[]" : json(g -> PostValues.dates(g, values));
    }

    static String quotes(List<Quote> values) {
        return values.isEmpty() ? "[]" : json(g -> PostValues.quotes(g, values));
    }

    private static JsonNode tree(String json) {
        if (json == null || json.isEmpty()) {
            return MAPPER.createArrayNode();
        }
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new StoreException("a stored JSON column is unreadable: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> readStrings(String json) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            out.add(n.asText());
        }
        return out;
    }

    static Map<String, Long> readCounts(String json) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (json == null || json.isEmpty()) {
            return out;
        }
        tree(json).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    static List<Attribution> readAttributions(String json) {
        List<Attribution> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            out.add(new Attribution(text(n, "name"), text(n, "kind")));
        }
        return out;
    }

    static List<EntityRef> readEntities(String json) {
        List<EntityRef> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : n.path("mentions")) {
                mentions.add(new Mention(text(m, "field"), m.path("start").asInt(), m.path("end").asInt(),
                        text(m, "text"), text(m, "source"), text(m, "kind")));
            }
            out.add(new EntityRef(text(n, "id"), text(n, "name"), text(n, "type"), n.path("known").asBoolean(),
                    n.path("confidence").asDouble(), mentions));
        }
        return out;
    }

    static List<DateRef> readDates(String json) {
        List<DateRef> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            out.add(new DateRef(text(n, "value"), new Mention(text(n, "field"), n.path("start").asInt(),
                    n.path("end").asInt(), text(n, "text"))));
        }
        return out;
    }

    static List<Quote> readQuotes(String json) {
        List<Quote> out = new ArrayList<>();
        for (JsonNode n : tree(json)) {
            out.add(new Quote(text(n, "text"), text(n, "speaker"), text(n, "speaker_id"), text(n, "verb"),
                    n.path("start").asInt(), n.path("end").asInt()));
        }
        return out;
    }
}
