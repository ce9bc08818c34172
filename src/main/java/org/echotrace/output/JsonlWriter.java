package org.echotrace.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.trace.PostTrace;

/**
 * Writes posts as JSON Lines in the field order of {@code docs/output-format.md}. Every field is always
 * present ({@code null} or empty when unknown), so consumers can rely on the shape.
 *
 * <p>The trace fields ({@code cluster}, {@code duplicate_of}, {@code story}, {@code copy}) come last. A post
 * written without its trace ends in the fixed bytes {@link #NULL_TRACE_TAIL}, which {@link TraceSpool} replaces
 * with {@link #traceTail(PostTrace)} once the whole corpus has been traced.
 */
public final class JsonlWriter implements Closeable {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator gen;

    public JsonlWriter(OutputStream out) {
        try {
            this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            gen.setRootValueSeparator(null);
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // emoji and other supplementary characters as UTF-8, not as escaped surrogate pairs
            gen.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact bytes that end a line written without a trace (all trace fields null), newline included. */
    public static final String NULL_TRACE_TAIL = ",\"cluster\":null,\"duplicate_of\":null,\"story\":null,\"copy\":null}\n";

    /** Writes a post with its trace fields null (untraced, or to be filled in later by {@link TraceSpool}). */
    public void write(Post p) {
        write(p, null);
    }

    /** Writes a post with what tracing found about it; {@code trace} null writes the trace fields as null. */
    public void write(Post p, PostTrace trace) {
        try {
            gen.writeStartObject();
            gen.writeStringField("id", WellFormed.text(p.id()));
            writeSource(p.source());
            gen.writeNumberField("position", p.position());
            gen.writeStringField("title", WellFormed.text(p.title()));
            gen.writeStringField("author", WellFormed.text(p.author()));
            gen.writeStringField("text", WellFormed.text(p.text()));
            gen.writeStringField("language", WellFormed.text(p.language()));
            if (p.languageConfidence() == null) {
                gen.writeNullField("language_confidence");
            } else {
                gen.writeNumberField("language_confidence", p.languageConfidence());
            }
            gen.writeStringField("published", WellFormed.text(p.published()));
            gen.writeStringField("edited", WellFormed.text(p.edited()));
            gen.writeStringField("forwarded_from", WellFormed.text(p.forwardedFrom()));
            gen.writeStringField("forwarded_published", WellFormed.text(p.forwardedPublished()));
            gen.writeStringField("reply_to", WellFormed.text(p.replyTo()));
            gen.writeStringField("place", WellFormed.text(p.place()));
            gen.writeFieldName("attributions");
            PostValues.attributions(gen, p.attributions());
            writeStrings("hashtags", p.hashtags());
            writeStrings("mentions", p.mentions());
            writeStrings("urls", p.urls());
            gen.writeStringField("media_type", WellFormed.text(p.mediaType()));
            writeCounts("reactions", p.reactions());
            if (p.views() == null) {
                gen.writeNullField("views");
            } else {
                gen.writeNumberField("views", p.views());
            }
            gen.writeFieldName("entities");
            PostValues.entities(gen, p.entities(), false);
            gen.writeFieldName("dates");
            PostValues.dates(gen, p.dates());
            gen.writeFieldName("quotes");
            PostValues.quotes(gen, p.quotes());
            writeTrace(gen, trace);
            gen.writeEndObject();
            gen.writeRaw('\n');
        } catch (IOException e) {
            throw new OutputFailure("the output", e);
        }
    }

    /**
     * The bytes that end a line carrying {@code trace}: the trace fields and the closing brace, newline included;
     * {@code trace} null gives {@link #NULL_TRACE_TAIL}.
     */
    public static String traceTail(PostTrace trace) {
        java.io.StringWriter sw = new java.io.StringWriter(160);
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            g.writeStartObject();
            writeTrace(g, trace);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "," + sw.toString().substring(1) + "\n";
    }

    private static void writeTrace(JsonGenerator g, PostTrace t) throws IOException {
        if (t == null) {
            g.writeNullField("cluster");
            g.writeNullField("duplicate_of");
            g.writeNullField("story");
            g.writeNullField("copy");
            return;
        }
        g.writeStringField("cluster", WellFormed.text(t.cluster()));
        g.writeStringField("duplicate_of", WellFormed.text(t.duplicateOf()));
        g.writeStringField("story", WellFormed.text(t.story()));
        if (t.duplicateOf() == null) {
            g.writeNullField("copy");
            return;
        }
        g.writeObjectFieldStart("copy");
        g.writeStringField("relation", WellFormed.text(t.relation()));
        writeScore(g, "similarity", t.similarity());
        writeScore(g, "coverage", t.coverage());
        g.writeBooleanField("uncredited", t.uncredited());
        g.writeStringField("order", WellFormed.text(t.order()));
        g.writeEndObject();
    }

    private static void writeScore(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, Math.round(value * 1000) / 1000.0);
        }
    }

    private void writeSource(Source s) throws IOException {
        gen.writeObjectFieldStart("source");
        gen.writeStringField("path", WellFormed.text(s.path()));
        gen.writeStringField("format", WellFormed.text(s.format().id()));
        gen.writeStringField("channel", WellFormed.text(s.channel()));
        gen.writeStringField("channel_title", WellFormed.text(s.channelTitle()));
        gen.writeStringField("outlet", WellFormed.text(s.outlet()));
        gen.writeStringField("url", WellFormed.text(s.url()));
        gen.writeStringField("item_id", WellFormed.text(s.itemId()));
        writeCounts("counters", s.counters());
        gen.writeStringField("description", WellFormed.text(s.description()));
        gen.writeEndObject();
    }

    private void writeStrings(String name, List<String> values) throws IOException {
        gen.writeFieldName(name);
        PostValues.strings(gen, values);
    }

    private void writeCounts(String name, Map<String, Long> counts) throws IOException {
        gen.writeFieldName(name);
        PostValues.counts(gen, counts);
    }

    public void flush() {
        try {
            gen.flush();
        } catch (IOException e) {
            throw new OutputFailure("the output", e);
        }
    }

    @Override
    public void close() throws IOException {
        gen.close();
    }
}
