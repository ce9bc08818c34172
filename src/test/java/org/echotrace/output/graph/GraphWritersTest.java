package org.echotrace.output.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class GraphWritersTest {
    /** A channel title an attacker controls: markup, both quotes, an ampersand, a bell, an ANSI escape, a line break, a lone surrogate. */
    static final String EVIL = "Новости \"<script>alert('x')</script>\" & Co\u0007\u001b[31m\nдва\uD800 🇷🇺";
    static final String EVIL_KEY = "evil,\"key\"";

    static final SourceGraph GRAPH = new SourceGraph(
            List.of(new SourceGraph.Node("mid_russia", "МИД России", 3), new SourceGraph.Node(EVIL_KEY, EVIL, 1)),
            List.of(new SourceGraph.Link("mid_russia", EVIL_KEY, "copied", 2, 90L),
                    new SourceGraph.Link("mid_russia", EVIL_KEY, "translated", 1, null)));

    private static String write(GraphWriter w) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(GRAPH, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** What survives in XML: control characters and the lone surrogate become U+FFFD, the line break a space. */
    static final String EVIL_IN_XML = "Новости \"<script>alert('x')</script>\" & Co\uFFFD\uFFFD[31m два\uFFFD 🇷🇺";

    @Test
    void gexfEscapesHostileLabelsAndStaysWellFormed() throws Exception {
        String xml = write(new GexfWriter());
        assertThat(xml).doesNotContain("<script>", "\u0007", "\u001b", "\uD800").contains("&lt;script&gt;");
        Document d = parse(xml);
        Element evil = (Element) d.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(1);
        assertThat(evil.getAttribute("label")).isEqualTo(EVIL_IN_XML);
        Element source = (Element) evil.getElementsByTagNameNS("http://gexf.net/1.3", "attvalue").item(0);
        assertThat(source.getAttribute("value")).isEqualTo(EVIL_KEY);
        Element translated = (Element) d.getElementsByTagNameNS("http://gexf.net/1.3", "edge").item(1);
        assertThat(translated.getAttribute("kind")).isEqualTo("translated");
        // an unknown lag is left out, not written as an empty long
        assertThat(translated.getElementsByTagNameNS("http://gexf.net/1.3", "attvalue").getLength()).isEqualTo(1);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\"")
                .contains("      <edge id=\"e0\" source=\"n0\" target=\"n1\" kind=\"copied\" label=\"copied\" weight=\"2\">\n"
                        + "        <attvalues>\n"
                        + "          <attvalue for=\"relation\" value=\"copied\"/>\n"
                        + "          <attvalue for=\"median_lag_seconds\" value=\"90\"/>\n"
                        + "        </attvalues>\n"
                        + "      </edge>\n");
    }

    @Test
    void graphmlEscapesHostileLabelsAndStaysWellFormed() throws Exception {
        String xml = write(new GraphmlWriter());
        assertThat(xml).doesNotContain("<script>", "\u0007", "\u001b", "\uD800");
        Document d = parse(xml);
        Element evil = (Element) d.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").item(1);
        assertThat(evil.getAttribute("id")).isEqualTo("n1");
        assertThat(evil.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data").item(0).getTextContent())
                .isEqualTo(EVIL_IN_XML);
        assertThat(evil.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data").item(1).getTextContent())
                .isEqualTo(EVIL_KEY);
        assertThat(xml).contains("    <edge id=\"e1\" source=\"n0\" target=\"n1\">\n"
                + "      <data key=\"relation\">translated</data>\n"
                + "      <data key=\"weight\">1</data>\n"
                + "    </edge>\n");
    }

    @Test
    void jsonKeepsLabelsExactly() throws Exception {
        JsonNode g = new ObjectMapper().readTree(write(new GraphJsonWriter()));
        assertThat(g.get("nodes").get(1).get("label").asText()).isEqualTo(EVIL.replace("\uD800", "\uFFFD"));
        assertThat(g.get("nodes").get(1).get("id").asText()).isEqualTo(EVIL_KEY);
        assertThat(g.get("edges").get(1).get("median_lag_seconds").isNull()).isTrue();
    }

    @Test
    void csvQuotesFieldsThatNeedIt() throws Exception {
        assertThat(write(new GraphCsvWriter())).isEqualTo("source,target,relation,weight,median_lag_seconds\r\n"
                + "mid_russia,\"evil,\"\"key\"\"\",copied,2,90\r\n"
                + "mid_russia,\"evil,\"\"key\"\"\",translated,1,\r\n");
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheMiddlesRoundedDown() {
        assertThat(SourceGraph.median(List.of(1200L, 1800L))).isEqualTo(1500L);
        assertThat(SourceGraph.median(List.of(3L, 1L, 2L))).isEqualTo(2L);
        assertThat(SourceGraph.median(List.of(1L, 2L))).isEqualTo(1L);
        assertThat(SourceGraph.median(List.of(-3L, 0L))).isEqualTo(-2L);
        assertThat(SourceGraph.median(List.of())).isNull();
    }
}
