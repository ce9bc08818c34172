package org.echotrace.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's own behaviour on an ephemeral port: pages, assets, headers, errors, limits, the token. */
class DashboardServerTest {

    @TempDir
    static Path data;
    static StubQueries queries = new StubQueries();
    static DashboardServer readOnly;
    static DashboardServer writable;
    static Http ro;
    static Http rw;

    @BeforeAll
    static void start() {
        readOnly = DashboardServer.start(ServeOptions.defaults(data).withListen("127.0.0.1", 0), queries, (in, p) -> 0);
        writable = DashboardServer.start(ServeOptions.defaults(data).withListen("127.0.0.1", 0).withToken("s3cret"),
                queries, (in, p) -> 0);
        ro = new Http(readOnly.port());
        rw = new Http(writable.port());
    }

    @AfterAll
    static void stop() {
        readOnly.close();
        writable.close();
    }

    @Test
    void everyPageIsServedWithAStrictPolicyAndNoInlineScript() throws Exception {
        for (String page : new String[]{"/", "/search?q=x", "/posts/abc", "/entities/sergey-lavrov", "/sources/x",
                "/stories/s%3Aabc", "/clusters/c%3Aabc", "/graph", "/ingest"}) {
            HttpResponse<String> r = ro.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).contains("script-src 'self'").contains("default-src 'none'").doesNotContain("unsafe");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            Matcher m = Pattern.compile("<script([^>]*)>").matcher(r.body());
            int scripts = 0;
            while (m.find()) {
                scripts++;
                assertThat(m.group(1)).as("script tag in " + page).contains("src=\"/");
            }
            assertThat(scripts).isGreaterThan(0);
            assertThat(r.body()).doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContain("style=");
        }
    }

    @Test
    void assetsAndVendorFilesComeFromTheJar() throws Exception {
        HttpResponse<String> js = ro.get("/assets/common.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(ro.get("/vendor/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(ro.get("/vendor/vis-network.min.js").statusCode()).isEqualTo(200);
        assertThat(ro.get("/vendor/vis-network.min.css").headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }

    @Test
    void noPathTraversalOnStaticRoutes() throws Exception {
        for (String p : new String[]{"/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd",
                "/assets/..%2f..%2fopenapi.json", "/vendor/..%2F..%2FMETA-INF/MANIFEST.MF", "/assets/..\\..\\pom.xml",
                "/assets/%2e%2e%2f%2e%2e%2forg/echotrace/serve/Api.class", "/vendor/../assets/common.js/../../../etc/hosts",
                "/assets//etc/passwd", "/assets/app.css%00.js"}) {
            String raw = ro.raw(p);
            String status = raw.lines().findFirst().orElse("");
            assertThat(status).as(p).matches("HTTP/1.1 (400|404).*");
            assertThat(raw).as(p).doesNotContain("root:").doesNotContain("Manifest-Version").doesNotContain("package org");
        }
    }

    @Test
    void apiAnswersJsonAndCsv() throws Exception {
        HttpResponse<String> r = ro.get("/api/overview");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).contains("\"top_hashtags\":[{\"tag\":\"мир\",\"posts\":1}]");
        HttpResponse<String> csv = ro.get("/api/overview?format=csv&table=top_sources");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        assertThat(csv.body()).isEqualTo("\uFEFFsource,label,posts\r\na,'=cmd|' /C calc'!A0,2\r\n");
        HttpResponse<String> several = ro.get("/api/overview?format=csv");
        assertThat(several.statusCode()).isEqualTo(400);
        assertThat(several.body()).contains("table=");
        HttpResponse<String> search = ro.get("/api/search?q=lavrov&format=csv");
        assertThat(search.headers().firstValue("X-Next-Cursor")).isPresent();
    }

    @Test
    void errorsAreJsonWithTheRightStatus() throws Exception {
        assertError(ro.get("/api/posts/nope"), 404, "not_found");
        assertError(ro.get("/api/search?q=x&bogus=1"), 400, "bad_request");
        assertError(ro.get("/api/search?limit=100000"), 400, "bad_request");
        assertError(ro.get("/api/search?from=yesterday"), 400, "bad_request");
        assertError(ro.get("/api/search?from=2024-03-05&to=2024-03-01"), 400, "bad_request");
        assertError(ro.get("/api/search?relation=stolen"), 400, "bad_request");
        assertError(ro.get("/api/search?q=" + "x".repeat(1200)), 400, "bad_request");
        assertError(ro.get("/api/nothing-here"), 404, "not_found");
        HttpResponse<String> html = ro.get("/nothing-here", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("Not found");
        HttpResponse<String> r = ro.get("/api/search?q=x&bogus=%3Cscript%3E");
        assertThat(r.body()).doesNotContain("<script>").doesNotContain("Exception").doesNotContain("org.echotrace");
    }

    @Test
    void searchParametersReachTheQueryTyped() throws Exception {
        ro.get("/api/search?q=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2&lang=ru&from=2024-03-01&to=2024-03-05&relation=copied&limit=7");
        SearchRequest s = queries.lastSearch.get();
        assertThat(s.query()).isEqualTo("Лавров");
        assertThat(s.language()).isEqualTo("ru");
        assertThat(s.from()).hasToString("2024-03-01");
        assertThat(s.relation()).isEqualTo("copied");
        assertThat(s.limit()).isEqualTo(7);
    }

    @Test
    void writesNeedTheToken() throws Exception {
        assertError(ro.send(ro.request("/api/sources/a").DELETE()), 403, "read_only");
        assertError(rw.send(rw.request("/api/sources/a").DELETE()), 401, "unauthorized");
        assertError(rw.send(rw.request("/api/sources/a").header("Authorization", "Bearer wrong").DELETE()), 401, "unauthorized");
        assertThat(queries.deleted.get()).isNull();
        HttpResponse<String> ok = rw.send(rw.request("/api/sources/a").header("Authorization", "Bearer s3cret").DELETE());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(queries.deleted.get()).isEqualTo("a");
        assertError(ro.send(ro.request("/api/ingest").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"/etc\"}"))), 403, "read_only");
    }

    @Test
    void ingestChecksItsBody() throws Exception {
        HttpRequest.Builder b = rw.request("/api/ingest").header("Authorization", "Bearer s3cret");
        assertError(rw.send(b.copy().header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x"))),
                415, "unsupported_media_type");
        assertError(rw.send(b.copy().header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{"))),
                400, "bad_request");
        assertError(rw.send(b.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"/no/such/folder\"}"))), 400, "bad_request");
        HttpResponse<String> big = rw.send(b.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"" + "x".repeat(2 << 20) + "\"}")));
        assertThat(big.statusCode()).isEqualTo(413);
        HttpResponse<String> ok = rw.send(b.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"" + data.toString().replace("\\", "\\\\") + "\"}")));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"job\":\"j");
    }

    private static void assertError(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).contains("\"status\":" + status).contains("\"code\":\"" + code + "\"");
    }
}
