package org.echotrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.trace.CopyFinder;
import org.echotrace.trace.CopyPair;
import org.echotrace.trace.StoryFinder;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.Tracer;
import org.echotrace.trace.TranslationFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * {@code analyze}, {@code graph} and {@code trace} end to end over a small corpus (a ministry statement, a
 * forward, a credited copy, an uncredited copy, a translation, a second statement and its copy, and another
 * agency's report of the same event), with fake finders that return planted pairs.
 */
class TraceCliTest {
    static final String CORPUS = "src/test/resources/trace/records/chain.jsonl";
    // ids of the corpus's posts, in reading order (PostIds is stable)
    static final String MID = "73812c3041795cb6";
    static final String EMBASSY = "7c817c098a1d741f";
    static final String TASS = "4191573dc992c3ae";
    static final String AGGREGATOR = "cb9cb6f5d098a009";
    static final String DIGEST = "4236e48237bbaf37";
    static final String MID2 = "7d4543acb389323b";
    static final String AGGREGATOR2 = "c00676b24e27dba1";
    static final String TASS2 = "7ff79b4088cc74ec";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Planted copies by the index of the later post, translations likewise, and the stories. */
    static Tracer fakeTracer() {
        Map<Integer, List<CopyPair>> copies = Map.of(
                1, List.of(new CopyPair(0, 1, "copied", 1.0, 1.0)),
                2, List.of(new CopyPair(0, 2, "copied", 0.93, 0.97)),
                3, List.of(new CopyPair(2, 3, "copied", 0.88, 0.9)),
                6, List.of(new CopyPair(5, 6, "copied", 0.95, 1.0)));
        Map<Integer, List<CopyPair>> translations = Map.of(4, List.of(new CopyPair(0, 4, "translated", 0.84, 0.76)));
        int[] stories = {0, 0, 0, 0, 0, 5, 5, 0};
        CopyFinder c = item -> copies.getOrDefault(item.index(), List.of());
        TranslationFinder t = item -> translations.getOrDefault(item.index(), List.of());
        StoryFinder s = new StoryFinder() {
            private final List<Integer> seen = new ArrayList<>();

            @Override
            public void add(TraceItem item, List<CopyPair> found) {
                seen.add(stories[item.index()]);
            }

            @Override
            public int[] stories() {
                return seen.stream().mapToInt(Integer::intValue).toArray();
            }
        };
        return new Tracer(c, t, s);
    }

    private int run(String... args) {
        CommandLine cl = EchotraceCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ((AnalyzeCommand) cl.getSubcommands().get("analyze").getCommand()).tracers = TraceCliTest::fakeTracer;
        ((GraphCommand) cl.getSubcommands().get("graph").getCommand()).tracers = TraceCliTest::fakeTracer;
        ((TraceCommand) cl.getSubcommands().get("trace").getCommand()).tracers = TraceCliTest::fakeTracer;
        return cl.execute(args);
    }

    private List<JsonNode> analyze(String... extra) throws Exception {
        Path posts = dir.resolve("posts.jsonl");
        List<String> args = new ArrayList<>(List.of("analyze", "--out", posts.toString(), CORPUS));
        args.addAll(List.of(extra));
        assertThat(run(args.toArray(String[]::new))).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String line : Files.readAllLines(posts, StandardCharsets.UTF_8)) {
            nodes.add(m.readTree(line));
        }
        return nodes;
    }

    private static String traceFields(JsonNode n) {
        return n.get("cluster") + " " + n.get("duplicate_of") + " " + n.get("story") + " " + n.get("copy");
    }

    @Test
    void analyzeAddsClusterOriginStoryAndCopyToEveryPost() throws Exception {
        List<JsonNode> posts = analyze();
        assertThat(posts).extracting(n -> n.get("id").asText())
                .containsExactly(MID, EMBASSY, TASS, AGGREGATOR, DIGEST, MID2, AGGREGATOR2, TASS2);
        String c1 = "\"c:" + MID + "\"";
        String s1 = "\"s:" + MID + "\"";
        String c2 = "\"c:" + MID2 + "\"";
        String s2 = "\"s:" + MID2 + "\"";
        assertThat(posts).extracting(TraceCliTest::traceFields).containsExactly(
                c1 + " null " + s1 + " null",
                c1 + " \"" + MID + "\" " + s1
                        + " {\"relation\":\"forwarded\",\"similarity\":1.0,\"coverage\":1.0,\"uncredited\":false,\"order\":\"time\"}",
                c1 + " \"" + MID + "\" " + s1
                        + " {\"relation\":\"credited\",\"similarity\":0.93,\"coverage\":0.97,\"uncredited\":false,\"order\":\"time\"}",
                c1 + " \"" + MID + "\" " + s1
                        + " {\"relation\":\"copied\",\"similarity\":0.88,\"coverage\":0.9,\"uncredited\":true,\"order\":\"time\"}",
                c1 + " \"" + MID + "\" " + s1
                        + " {\"relation\":\"translated\",\"similarity\":0.84,\"coverage\":0.76,\"uncredited\":true,\"order\":\"time\"}",
                c2 + " null " + s2 + " null",
                c2 + " \"" + MID2 + "\" " + s2
                        + " {\"relation\":\"copied\",\"similarity\":0.95,\"coverage\":1.0,\"uncredited\":true,\"order\":\"time\"}",
                "null null " + s1 + " null");
        // the trace fields come last, after everything the post had before
        assertThat(posts.get(0).fieldNames()).toIterable().endsWith("quotes", "cluster", "duplicate_of", "story", "copy");
        assertThat(posts.get(2).get("attributions").toString()).isEqualTo("[{\"name\":\"@mid_russia\",\"kind\":\"source\"}]");
        assertThat(err.toString()).contains(
                "echotrace: 1 input, 8 posts, 0 errors, 0 warnings, 2 clusters, 5 copies (3 uncredited), 2 stories");
    }

    @Test
    void noTraceLeavesTheTraceFieldsNullAndTheRestEqual() throws Exception {
        List<JsonNode> traced = analyze();
        List<JsonNode> plain = analyze("--no-trace");
        assertThat(plain).hasSize(8).allSatisfy(n -> assertThat(traceFields(n)).isEqualTo("null null null null"));
        for (int i = 0; i < plain.size(); i++) {
            JsonNode a = plain.get(i).deepCopy();
            JsonNode b = traced.get(i).deepCopy();
            for (String f : List.of("cluster", "duplicate_of", "story", "copy")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove(f);
                ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove(f);
            }
            assertThat(a).isEqualTo(b);
        }
        assertThat(err.toString()).contains("echotrace: 1 input, 8 posts, 0 errors, 0 warnings\n");
    }

    private String graph(String format) throws Exception {
        Path file = dir.resolve("graph." + format);
        assertThat(run("graph", "--format", format, "--out", file.toString(), CORPUS)).isZero();
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void graphCsvIsTheEdgeTable() throws Exception {
        assertThat(graph("csv")).isEqualTo("source,target,relation,weight,median_lag_seconds\r\n"
                + "mid_russia,news_aggregator,copied,2,1500\r\n"
                + "mid_russia,diplomacy_digest,translated,1,8100\r\n"
                + "mid_russia,rusembassy_uk,forwarded,1,420\r\n"
                + "mid_russia,tass_agency,credited,1,1500\r\n");
        assertThat(err.toString()).contains("2 clusters, 5 copies (3 uncredited), 2 stories; graph: 5 sources, 4 edges");
    }

    @Test
    void graphJsonHasNodesAndEdges() throws Exception {
        JsonNode g = new ObjectMapper().readTree(graph("json"));
        assertThat(g.get("nodes").toString()).isEqualTo("[{\"id\":\"mid_russia\",\"label\":\"mid_russia\",\"posts\":2},"
                + "{\"id\":\"news_aggregator\",\"label\":\"news_aggregator\",\"posts\":2},"
                + "{\"id\":\"tass_agency\",\"label\":\"tass_agency\",\"posts\":2},"
                + "{\"id\":\"diplomacy_digest\",\"label\":\"diplomacy_digest\",\"posts\":1},"
                + "{\"id\":\"rusembassy_uk\",\"label\":\"rusembassy_uk\",\"posts\":1}]");
        assertThat(g.get("edges").toString()).isEqualTo("["
                + "{\"source\":\"mid_russia\",\"target\":\"news_aggregator\",\"relation\":\"copied\",\"weight\":2,"
                + "\"median_lag_seconds\":1500},"
                + "{\"source\":\"mid_russia\",\"target\":\"diplomacy_digest\",\"relation\":\"translated\",\"weight\":1,"
                + "\"median_lag_seconds\":8100},"
                + "{\"source\":\"mid_russia\",\"target\":\"rusembassy_uk\",\"relation\":\"forwarded\",\"weight\":1,"
                + "\"median_lag_seconds\":420},"
                + "{\"source\":\"mid_russia\",\"target\":\"tass_agency\",\"relation\":\"credited\",\"weight\":1,"
                + "\"median_lag_seconds\":1500}]");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }

    private static List<String> rows(NodeList list, java.util.function.Function<Element, String> row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(row.apply((Element) list.item(i)));
        }
        return out;
    }

    private static String gexfValues(Element e) {
        return String.join(",", rows(e.getElementsByTagNameNS("http://gexf.net/1.3", "attvalue"),
                a -> a.getAttribute("for") + "=" + a.getAttribute("value")));
    }

    @Test
    void graphGexfParsesBackToTheSameGraph() throws Exception {
        Document d = parse(graph("gexf"));
        String ns = "http://gexf.net/1.3";
        assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        assertThat(rows(d.getElementsByTagNameNS(ns, "attribute"),
                a -> ((Element) a.getParentNode()).getAttribute("class") + ":" + a.getAttribute("id") + ":"
                        + a.getAttribute("type")))
                .containsExactly("node:source:string", "node:posts:long", "edge:relation:string",
                        "edge:median_lag_seconds:long");
        assertThat(rows(d.getElementsByTagNameNS(ns, "node"),
                n -> n.getAttribute("id") + " " + n.getAttribute("label") + " " + gexfValues(n))).containsExactly(
                "n0 mid_russia source=mid_russia,posts=2",
                "n1 news_aggregator source=news_aggregator,posts=2",
                "n2 tass_agency source=tass_agency,posts=2",
                "n3 diplomacy_digest source=diplomacy_digest,posts=1",
                "n4 rusembassy_uk source=rusembassy_uk,posts=1");
        assertThat(rows(d.getElementsByTagNameNS(ns, "edge"),
                e -> e.getAttribute("id") + " " + e.getAttribute("source") + "->" + e.getAttribute("target") + " "
                        + e.getAttribute("kind") + " " + e.getAttribute("weight") + " " + gexfValues(e)))
                .containsExactly(
                        "e0 n0->n1 copied 2 relation=copied,median_lag_seconds=1500",
                        "e1 n0->n3 translated 1 relation=translated,median_lag_seconds=8100",
                        "e2 n0->n4 forwarded 1 relation=forwarded,median_lag_seconds=420",
                        "e3 n0->n2 credited 1 relation=credited,median_lag_seconds=1500");
    }

    private static String graphmlData(Element e) {
        return String.join(",", rows(e.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data"),
                a -> a.getAttribute("key") + "=" + a.getTextContent()));
    }

    @Test
    void graphGraphmlParsesBackToTheSameGraph() throws Exception {
        Document d = parse(graph("graphml"));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertThat(rows(d.getElementsByTagNameNS(ns, "key"), k -> k.getAttribute("for") + ":"
                + k.getAttribute("attr.name") + ":" + k.getAttribute("attr.type"))).containsExactly(
                "node:label:string", "node:source:string", "node:posts:long", "edge:relation:string",
                "edge:weight:double", "edge:median_lag_seconds:long");
        Element graph = (Element) d.getElementsByTagNameNS(ns, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
        assertThat(rows(d.getElementsByTagNameNS(ns, "node"), n -> n.getAttribute("id") + " " + graphmlData(n)))
                .containsExactly(
                        "n0 label=mid_russia,source=mid_russia,posts=2",
                        "n1 label=news_aggregator,source=news_aggregator,posts=2",
                        "n2 label=tass_agency,source=tass_agency,posts=2",
                        "n3 label=diplomacy_digest,source=diplomacy_digest,posts=1",
                        "n4 label=rusembassy_uk,source=rusembassy_uk,posts=1");
        assertThat(rows(d.getElementsByTagNameNS(ns, "edge"), e -> e.getAttribute("source") + "->"
                + e.getAttribute("target") + " " + graphmlData(e))).containsExactly(
                "n0->n1 relation=copied,weight=2,median_lag_seconds=1500",
                "n0->n3 relation=translated,weight=1,median_lag_seconds=8100",
                "n0->n4 relation=forwarded,weight=1,median_lag_seconds=420",
                "n0->n2 relation=credited,weight=1,median_lag_seconds=1500");
    }

    @Test
    void traceJsonIsTheChainFromTheOriginOrderedByTime() throws Exception {
        assertThat(run("trace", "--post", TASS, "--format", "json", CORPUS)).isZero();
        JsonNode t = new ObjectMapper().readTree(out.toString());
        assertThat(t.get("post").asText()).isEqualTo(TASS);
        assertThat(t.get("cluster").asText()).isEqualTo("c:" + MID);
        assertThat(t.get("story").asText()).isEqualTo("s:" + MID);
        assertThat(rows(t.get("chain"))).containsExactly(
                MID + " mid_russia 2024-03-04T10:00:00+03:00 origin 0 null null false https://t.me/mid_russia/4101",
                EMBASSY + " rusembassy_uk 2024-03-04T10:07:00+03:00 forwarded 420 1.0 1.0 false https://t.me/rusembassy_uk/880",
                AGGREGATOR + " news_aggregator 2024-03-04T10:20:00+03:00 copied 1200 0.88 0.9 true https://t.me/news_aggregator/55012",
                TASS + " tass_agency 2024-03-04T10:25:00+03:00 credited 1500 0.93 0.97 false https://t.me/tass_agency/19321",
                DIGEST + " diplomacy_digest 2024-03-04T12:15:00+03:00 translated 8100 0.84 0.76 true https://t.me/diplomacy_digest/2207");
    }

    private static List<String> rows(JsonNode chain) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : chain) {
            out.add(s.get("id").asText() + " " + s.get("source").asText() + " " + s.get("published").asText() + " "
                    + s.get("relation").asText() + " " + s.get("lag_seconds") + " " + s.get("similarity") + " "
                    + s.get("coverage") + " " + s.get("uncredited") + " " + s.get("url").asText());
        }
        return out;
    }

    @Test
    void traceTextByUrlMarksTheAskedPost() {
        assertThat(run("trace", "--post", "https://t.me/news_aggregator/55012", CORPUS)).isZero();
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "Post " + AGGREGATOR + ": cluster c:" + MID + ", story s:" + MID,
                "4 copies of the origin across 5 sources, 2 uncredited",
                "",
                "  published                  after     relation    sim    cover  credit      source            post",
                "  2024-03-04T10:00:00+03:00  -         origin                                mid_russia        " + MID
                        + "  https://t.me/mid_russia/4101",
                "  2024-03-04T10:07:00+03:00  +7m       forwarded   1.000  1.000  credited    rusembassy_uk     " + EMBASSY
                        + "  https://t.me/rusembassy_uk/880",
                "* 2024-03-04T10:20:00+03:00  +20m      copied      0.880  0.900  UNCREDITED  news_aggregator   "
                        + AGGREGATOR + "  https://t.me/news_aggregator/55012",
                "  2024-03-04T10:25:00+03:00  +25m      credited    0.930  0.970  credited    tass_agency       " + TASS
                        + "  https://t.me/tass_agency/19321",
                "  2024-03-04T12:15:00+03:00  +2h15m    translated  0.840  0.760  UNCREDITED  diplomacy_digest  "
                        + DIGEST + "  https://t.me/diplomacy_digest/2207",
                ""));
    }

    @Test
    void traceOfAPostWithoutCopiesShowsItAlone() throws Exception {
        assertThat(run("trace", "--post", TASS2, "--format", "json", CORPUS)).isZero();
        JsonNode t = new ObjectMapper().readTree(out.toString());
        assertThat(t.get("cluster").isNull()).isTrue();
        assertThat(t.get("story").asText()).isEqualTo("s:" + MID);
        assertThat(rows(t.get("chain"))).containsExactly(
                TASS2 + " tass_agency 2024-03-04T16:10:00+03:00 origin 0 null null false https://t.me/tass_agency/19340");
    }

    @Test
    void traceOfAnUnknownPostIsAnErrorWithExitOne() {
        assertThat(run("trace", "--post", "ffffffffffffffff\u001b[2J", CORPUS)).isEqualTo(1);
        assertThat(err.toString()).contains("echotrace: no post with id or URL 'ffffffffffffffff\uFFFD[2J' in 8 posts read")
                .doesNotContain("\u001b");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void usageErrorsAndHelp() {
        assertThat(run("trace", CORPUS)).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--post=ID'");
        assertThat(run("graph", "--format", "dot", CORPUS)).isEqualTo(2);
        assertThat(run("graph", "--help")).isZero();
        assertThat(out.toString()).contains("--format", "gexf, graphml, json, csv", "--out", "--map", "--input-format",
                "median lag", "Exit status");
        assertThat(run("trace", "--help")).isZero();
        assertThat(out.toString()).contains("--post=ID", "text, json", "Exit status");
        assertThat(run("analyze", "--help")).isZero();
        assertThat(out.toString()).contains("--no-trace");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("graph", "trace");
    }

    @Test
    void anUnknownSettingStopsTheRunWithOneLineNamingIt() throws Exception {
        Path conf = dir.resolve("echotrace.conf");
        Files.writeString(conf, "copy.min_jaccard = 0.7\nstory.spam = 1\n");
        CommandLine cl = EchotraceCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute("analyze", "--config", conf.toString(), "--out", dir.resolve("x.jsonl").toString(),
                CORPUS);
        assertThat(status).isEqualTo(EchotraceCli.USAGE);
        assertThat(err.toString().strip()).isEqualTo("echotrace: " + conf + ":2: unknown setting 'story.spam'");
    }
}
