package org.echotrace.output.graph;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.echotrace.output.WellFormed;

/**
 * Writes the graph as one JSON object: {@code {"nodes": [{"id", "label", "posts"}], "edges": [{"source",
 * "target", "relation", "weight", "median_lag_seconds"}]}}, where node ids are the source keys and edges name
 * nodes by id. Pretty-printed, one trailing newline.
 */
public final class GraphJsonWriter implements GraphWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void write(SourceGraph graph, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("nodes");
            for (SourceGraph.Node n : graph.nodes()) {
                g.writeStartObject();
                g.writeStringField("id", WellFormed.text(n.key()));
                g.writeStringField("label", WellFormed.text(n.label()));
                g.writeNumberField("posts", n.posts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            for (SourceGraph.Link e : graph.edges()) {
                g.writeStartObject();
                g.writeStringField("source", WellFormed.text(e.from()));
                g.writeStringField("target", WellFormed.text(e.to()));
                g.writeStringField("relation", WellFormed.text(e.relation()));
                g.writeNumberField("weight", e.weight());
                if (e.medianLagSeconds() == null) {
                    g.writeNullField("median_lag_seconds");
                } else {
                    g.writeNumberField("median_lag_seconds", e.medianLagSeconds());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }
}
