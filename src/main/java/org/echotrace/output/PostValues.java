package org.echotrace.output;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.echotrace.model.Attribution;
import org.echotrace.model.DateRef;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Mention;
import org.echotrace.model.Quote;

/**
 * The JSON shapes of a post's list and map fields as {@code docs/output-format.md} defines them, written as bare
 * values: the JSON Lines writer puts them under their field names, the store keeps them as its JSON columns, so
 * the two cannot drift apart.
 */
public final class PostValues {
    private PostValues() {
    }

    public static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(WellFormed.text(v));
        }
        g.writeEndArray();
    }

    public static void counts(JsonGenerator g, Map<String, Long> counts) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            g.writeNumberField(WellFormed.text(e.getKey()), e.getValue());
        }
        g.writeEndObject();
    }

    public static void attributions(JsonGenerator g, List<Attribution> values) throws IOException {
        g.writeStartArray();
        for (Attribution a : values) {
            g.writeStartObject();
            g.writeStringField("name", WellFormed.text(a.name()));
            g.writeStringField("kind", WellFormed.text(a.kind()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * {@code exactConfidence}: the store keeps each confidence as computed; the JSON Lines output rounds it to three
     * decimals for readers.
     */
    public static void entities(JsonGenerator g, List<EntityRef> entities, boolean exactConfidence) throws IOException {
        g.writeStartArray();
        for (EntityRef e : entities) {
            g.writeStartObject();
            g.writeStringField("id", WellFormed.text(e.id()));
            g.writeStringField("name", WellFormed.text(e.name()));
            g.writeStringField("type", WellFormed.text(e.type()));
            g.writeBooleanField("known", e.known());
            g.writeNumberField("confidence", exactConfidence ? e.confidence() : Math.round(e.confidence() * 1000) / 1000.0);
            g.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                mention(g, m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void mention(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        g.writeStringField("field", WellFormed.text(m.field()));
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("text", WellFormed.text(m.text()));
        if (m.source() != null) {
            g.writeStringField("source", m.source());
        }
        if (m.kind() != null) {
            g.writeStringField("kind", m.kind());
        }
        g.writeEndObject();
    }

    public static void dates(JsonGenerator g, List<DateRef> dates) throws IOException {
        g.writeStartArray();
        for (DateRef d : dates) {
            g.writeStartObject();
            g.writeStringField("value", WellFormed.text(d.value()));
            g.writeStringField("field", WellFormed.text(d.mention().field()));
            g.writeNumberField("start", d.mention().start());
            g.writeNumberField("end", d.mention().end());
            g.writeStringField("text", WellFormed.text(d.mention().text()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public static void quotes(JsonGenerator g, List<Quote> quotes) throws IOException {
        g.writeStartArray();
        for (Quote q : quotes) {
            g.writeStartObject();
            g.writeStringField("text", WellFormed.text(q.text()));
            g.writeStringField("speaker", WellFormed.text(q.speaker()));
            g.writeStringField("speaker_id", WellFormed.text(q.speakerId()));
            g.writeStringField("verb", WellFormed.text(q.verb()));
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
