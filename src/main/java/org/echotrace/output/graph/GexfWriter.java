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
 * Writes GEXF 1.3 (Gephi's native format): a directed graph whose nodes carry the source key and post count,
 * and whose edges carry their weight, the relation (also as the edge {@code kind}, so that parallel edges of
 * different relations between two sources stay apart) and the median lag. Node ids are {@code n0, n1, …} and
 * edge ids {@code e0, e1, …}; the untrusted source names only ever appear escaped, in labels and values.
 */
public final class GexfWriter implements GraphWriter {

    @Override
    public void write(SourceGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
        w.write("  <meta>\n    <creator>echotrace</creator>\n"
                + "    <description>Sources and the copies between them: forwarded, credited, copied, translated"
                + "</description>\n  </meta>\n");
        w.write("  <graph mode=\"static\" defaultedgetype=\"directed\">\n");
        w.write("    <attributes class=\"node\">\n");
        w.write("      <attribute id=\"source\" title=\"source\" type=\"string\"/>\n");
        w.write("      <attribute id=\"posts\" title=\"posts\" type=\"long\"/>\n");
        w.write("    </attributes>\n");
        w.write("    <attributes class=\"edge\">\n");
        w.write("      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n");
        w.write("      <attribute id=\"median_lag_seconds\" title=\"median_lag_seconds\" type=\"long\"/>\n");
        w.write("    </attributes>\n");
        Map<String, String> ids = new HashMap<>();
        w.write("    <nodes>\n");
        List<SourceGraph.Node> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            SourceGraph.Node n = nodes.get(i);
            String id = "n" + i;
            ids.put(n.key(), id);
            w.write("      <node id=\"" + id + "\" label=\"" + XmlText.escape(n.label()) + "\">\n");
            w.write("        <attvalues>\n");
            w.write("          <attvalue for=\"source\" value=\"" + XmlText.escape(n.key()) + "\"/>\n");
            w.write("          <attvalue for=\"posts\" value=\"" + n.posts() + "\"/>\n");
            w.write("        </attvalues>\n");
            w.write("      </node>\n");
        }
        w.write("    </nodes>\n");
        w.write("    <edges>\n");
        List<SourceGraph.Link> edges = graph.edges();
        for (int i = 0; i < edges.size(); i++) {
            SourceGraph.Link e = edges.get(i);
            String relation = XmlText.escape(e.relation());
            w.write("      <edge id=\"e" + i + "\" source=\"" + ids.get(e.from()) + "\" target=\"" + ids.get(e.to())
                    + "\" kind=\"" + relation + "\" label=\"" + relation + "\" weight=\"" + e.weight() + "\">\n");
            w.write("        <attvalues>\n");
            w.write("          <attvalue for=\"relation\" value=\"" + relation + "\"/>\n");
            if (e.medianLagSeconds() != null) {
                w.write("          <attvalue for=\"median_lag_seconds\" value=\"" + e.medianLagSeconds() + "\"/>\n");
            }
            w.write("        </attvalues>\n");
            w.write("      </edge>\n");
        }
        w.write("    </edges>\n");
        w.write("  </graph>\n</gexf>\n");
        w.flush();
    }
}
