package org.echotrace.output.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes GraphML (read by Cytoscape, Gephi, yEd, igraph, NetworkX): a directed graph with declared keys
 * {@code label}, {@code source} and {@code posts} on nodes and {@code relation}, {@code weight} and
 * {@code median_lag_seconds} on edges. Node ids are {@code n0, n1, …} (GraphML ids must be name tokens, which
 * source names are not); the untrusted source names only ever appear escaped, as data.
 */
public final class GraphmlWriter implements GraphWriter {

    @Override
    public void write(SourceGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        w.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
        w.write("  <key id=\"source\" for=\"node\" attr.name=\"source\" attr.type=\"string\"/>\n");
        w.write("  <key id=\"posts\" for=\"node\" attr.name=\"posts\" attr.type=\"long\"/>\n");
        w.write("  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n");
        w.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
        w.write("  <key id=\"median_lag_seconds\" for=\"edge\" attr.name=\"median_lag_seconds\" attr.type=\"long\"/>\n");
        w.write("  <graph id=\"echotrace\" edgedefault=\"directed\">\n");
        Map<String, String> ids = new HashMap<>();
        List<SourceGraph.Node> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            SourceGraph.Node n = nodes.get(i);
            String id = "n" + i;
            ids.put(n.key(), id);
            w.write("    <node id=\"" + id + "\">\n");
            w.write("      <data key=\"label\">" + XmlText.escape(n.label()) + "</data>\n");
            w.write("      <data key=\"source\">" + XmlText.escape(n.key()) + "</data>\n");
            w.write("      <data key=\"posts\">" + n.posts() + "</data>\n");
            w.write("    </node>\n");
        }
        List<SourceGraph.Link> edges = graph.edges();
        for (int i = 0; i < edges.size(); i++) {
            SourceGraph.Link e = edges.get(i);
            w.write("    <edge id=\"e" + i + "\" source=\"" + ids.get(e.from()) + "\" target=\"" + ids.get(e.to())
                    + "\">\n");
            w.write("      <data key=\"relation\">" + XmlText.escape(e.relation()) + "</data>\n");
            w.write("      <data key=\"weight\">" + e.weight() + "</data>\n");
            if (e.medianLagSeconds() != null) {
                w.write("      <data key=\"median_lag_seconds\">" + e.medianLagSeconds() + "</data>\n");
            }
            w.write("    </edge>\n");
        }
        w.write("  </graph>\n</graphml>\n");
        w.flush();
    }
}
