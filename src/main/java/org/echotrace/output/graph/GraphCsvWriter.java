package org.echotrace.output.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes the edges as an RFC 4180 CSV table ({@code source,target,relation,weight,median_lag_seconds}, CRLF
 * line ends, a header row), the shape Gephi's and Cytoscape's table importers expect. Sources are named by
 * key; a field with a comma, quote or line break is quoted, and an empty lag means unknown.
 */
public final class GraphCsvWriter implements GraphWriter {

    @Override
    public void write(SourceGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("source,target,relation,weight,median_lag_seconds\r\n");
        for (SourceGraph.Link e : graph.edges()) {
            w.write(field(e.from()) + "," + field(e.to()) + "," + field(e.relation()) + "," + e.weight() + ","
                    + (e.medianLagSeconds() == null ? "" : e.medianLagSeconds()) + "\r\n");
        }
        w.flush();
    }

    static String field(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
