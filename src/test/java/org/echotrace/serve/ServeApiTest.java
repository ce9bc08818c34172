package org.echotrace.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over a real store (the samples and the hostile fixture), on an ephemeral port. */
class ServeApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static ServedCorpus corpus;
    static DashboardServer server;
    static Http http;

    @BeforeAll
    static void start() {
        ServeOptions o = ServeOptions.defaults(ServedSamples.dataDir()).withListen("127.0.0.1", 0);
        corpus = ServedCorpus.open(o);
        server = DashboardServer.start(o, corpus.queries(), corpus.ingester());
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        corpus.close();
    }

    static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void overviewCountsTheCorpus() throws Exception {
        JsonNode o = get("/api/overview");
        assertThat(o.at("/counts/posts").asLong()).isGreaterThan(80);
        assertThat(o.at("/counts/clusters").asLong()).isGreaterThan(0);
        assertThat(o.get("attention").size()).isGreaterThan(0);
        assertThat(o.get("top_entities").size()).isGreaterThan(0);
        assertThat(o.get("clusters").get(0).has("origin_id")).isTrue();
    }

    @Test
    void postShowsWhereElseItAppeared() throws Exception {
        JsonNode cluster = get("/api/overview").get("clusters").get(0);
        JsonNode c = get("/api/clusters/" + enc(cluster.get("cluster").asText()) + "?limit=200");
        String copyId = null;
        for (JsonNode m : c.get("copies")) {
            if (!m.get("relation").asText().equals("origin")) {
                copyId = m.get("id").asText();
            }
        }
        assertThat(copyId).isNotNull();
        JsonNode p = get("/api/posts/" + enc(copyId));
        assertThat(p.at("/post/id").asText()).isEqualTo(copyId);
        assertThat(p.get("copies").size()).isGreaterThan(1);
        assertThat(p.get("copies").get(0).get("relation").asText()).isEqualTo("origin");
        assertThat(p.get("chain").get(p.get("chain").size() - 1).get("id").asText()).isEqualTo(copyId);
        HttpResponse<String> csv = http.get("/api/posts/" + enc(copyId) + "?format=csv&table=copies");
        assertThat(csv.body()).startsWith("\uFEFFid,source,label,published,published_at,relation,lag_seconds");
    }

    @Test
    void searchFindsRussianAndEnglishWithMarksAndFacets() throws Exception {
        JsonNode r = get("/api/search?q=" + enc("ОБСЕ"));
        assertThat(r.get("total").asLong()).isGreaterThan(0);
        JsonNode hit = r.get("hits").get(0);
        assertThat(hit.get("marks").size()).isGreaterThan(0);
        assertThat(r.get("facet_source").size()).isGreaterThan(0);
        JsonNode en = get("/api/search?q=OSCE&lang=en");
        for (JsonNode h : en.get("hits")) {
            assertThat(h.get("language").asText()).isEqualTo("en");
        }
    }

    @Test
    void cursorsWalkEveryPostOnce() throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        long total = -1;
        int pages = 0;
        do {
            JsonNode r = get("/api/search?limit=17" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            total = r.get("total").asLong();
            for (JsonNode h : r.get("hits")) {
                assertThat(seen.add(h.get("id").asText())).as("seen twice").isTrue();
            }
            cursor = r.get("next_cursor").isNull() ? null : r.get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 50);
        assertThat((long) seen.size()).isEqualTo(total);
        assertThat(http.get("/api/search?cursor=bm9wZQ").statusCode()).isEqualTo(400);
    }

    @Test
    void entitySourceStoryAndGraph() throws Exception {
        JsonNode e = get("/api/entities/osce");
        assertThat(e.at("/entity/posts").asLong()).isGreaterThan(0);
        assertThat(e.get("sources").size()).isGreaterThan(0);
        JsonNode g = get("/api/graph");
        assertThat(g.get("edges").size()).isGreaterThan(0);
        String source = g.get("edges").get(0).get("target").asText();
        JsonNode s = get("/api/sources/" + enc(source));
        assertThat(s.at("/source/copies_made").asLong()).isGreaterThan(0);
        assertThat(s.get("copies_from").size()).isGreaterThan(0);
        JsonNode p = get("/api/posts/" + enc(s.get("posts").get(0).get("id").asText()));
        JsonNode st = get("/api/stories/" + enc(p.at("/post/story").asText()));
        assertThat(st.at("/story/posts").asLong()).isGreaterThan(0);
        JsonNode copied = get("/api/graph?relation=copied");
        for (JsonNode edge : copied.get("edges")) {
            assertThat(edge.get("relation").asText()).isEqualTo("copied");
        }
        JsonNode tl = get("/api/timeline?by=language&normalize=true");
        assertThat(tl.get("series").size()).isGreaterThan(0);
        assertThat(http.get("/api/entities/no-such-entity").statusCode()).isEqualTo(404);
    }

    @Test
    void hostileContentIsDataNotMarkup() throws Exception {
        JsonNode r = get("/api/search?q=" + enc("ministry said") + "&limit=5");
        assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(2);
        for (JsonNode h : r.get("hits")) {
            JsonNode p = get("/api/posts/" + enc(h.get("id").asText()));
            String url = p.at("/post/url").isNull() ? "" : p.at("/post/url").asText();
            assertThat(url).doesNotStartWith("javascript");
        }
        HttpResponse<String> raw = http.get("/api/search?q=" + enc("ministry said"));
        assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }
}
