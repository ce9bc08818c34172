package org.echotrace.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
    private final List<Post> posts = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Stands in for the article HTML reader: the page's {@code <title>} is the title, its body text the text. */
    static final PostReader FAKE_ARTICLES = new PostReader() {
        @Override
        public Format format() {
            return Format.ARTICLE_HTML;
        }

        @Override
        public void read(Input input, ReadContext context) throws IOException {
            String html = input.readText(1_000_000);
            if (html.contains("FAIL")) {
                throw new InputException("line 1", "fake article reader refused the page");
            }
            String title = between(html, "<title>", "</title>");
            String canonical = between(html, "<link rel=\"canonical\" href=\"", "\"");
            String date = between(html, "<meta name=\"date\" content=\"", "\"");
            String text = between(html, "<p>", "</p>");
            context.emit(Post.builder(context.source(Format.ARTICLE_HTML).withItem(null, canonical))
                    .title(title).text(text).published(date));
        }

        private String between(String s, String a, String b) {
            int i = s.indexOf(a);
            if (i < 0) {
                return null;
            }
            int j = s.indexOf(b, i + a.length());
            return j < 0 ? null : s.substring(i + a.length(), j);
        }
    };

    static byte[] record(String type, String id, String uri, String date, String contentType, byte[] block) {
        String header = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + id + ">\r\n"
                + "WARC-Date: " + date + "\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] http(int status, String contentType, String extraHeaders, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\n" + extraHeaders
                + (extraHeaders.contains("Transfer-Encoding") ? "" : "Content-Length: " + body.length + "\r\n")
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static final String PAGE_RU = "<html><head><title>Переговоры в Анкаре</title>"
            + "<link rel=\"canonical\" href=\"https://news.example.ru/politics/ankara-talks\"></head>"
            + "<body><p>Делегации обсудили зерновую сделку.</p></body></html>";
    static final String PAGE_EN = "<html><head><title>Summit ends</title><meta name=\"date\" content=\"2024-04-02T10:00:00+02:00\">"
            + "</head><body><p>Leaders signed a joint declaration.</p></body></html>";

    static byte[] sampleWarc() throws IOException {
        return concat(
                record("warcinfo", "00000000-0000-4000-8000-000000000000", null, "2024-04-02T09:00:00Z",
                        "application/warc-fields", utf8("software: test-crawler/1.0\r\n")),
                record("request", "00000000-0000-4000-8000-000000000001", "https://news.example.ru/a",
                        "2024-04-02T09:00:01Z", "application/http; msgtype=request",
                        utf8("GET /a HTTP/1.1\r\nHost: news.example.ru\r\n\r\n")),
                record("response", "00000000-0000-4000-8000-000000000002", "https://news.example.ru/a?utm=tg",
                        "2024-04-02T09:00:02Z", "application/http; msgtype=response",
                        http(200, "text/html; charset=utf-8", "", utf8(PAGE_RU))),
                record("response", "00000000-0000-4000-8000-000000000003", "https://news.example.ru/logo.png",
                        "2024-04-02T09:00:03Z", "application/http; msgtype=response",
                        http(200, "image/png", "", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})),
                record("response", "00000000-0000-4000-8000-000000000004", "https://news.example.ru/old",
                        "2024-04-02T09:00:04Z", "application/http; msgtype=response",
                        http(301, "text/html", "Location: /new\r\n", utf8("<html>moved</html>"))),
                record("response", "00000000-0000-4000-8000-000000000005", "https://herald.example.com/summit",
                        "2024-04-02T09:00:05Z", "application/http; msgtype=response",
                        http(200, "application/xhtml+xml", "Content-Encoding: gzip\r\n", gzip(utf8(PAGE_EN)))),
                record("response", "00000000-0000-4000-8000-000000000006", "https://herald.example.com/chunked",
                        "2024-04-02T09:00:06Z", "application/http; msgtype=response",
                        http(200, "text/html", "Transfer-Encoding: chunked\r\n",
                                utf8("10\r\n<html><head><tit\r\n" + Integer.toHexString(utf8("le>Chunked</title></head><body><p>Split body.</p></body></html>").length)
                                        + "\r\nle>Chunked</title></head><body><p>Split body.</p></body></html>\r\n0\r\n\r\n"))));
    }

    private void read(byte[] warc, String name) throws IOException {
        Input input = Input.of(name, new ByteArrayInputStream(warc), problems::add);
        new WarcReader(FAKE_ARTICLES).read(input, new ReadContext(name, posts::add, problems::add, Map.of()));
    }

    @Test
    void turnsHtmlResponsesIntoArticlesAndSkipsTheRest() throws IOException {
        read(sampleWarc(), "crawl.warc");

        assertThat(problems).isEmpty();
        assertThat(posts).extracting(Post::title).containsExactly("Переговоры в Анкаре", "Summit ends", "Chunked");
        Post ru = posts.get(0);
        assertThat(ru.text()).isEqualTo("Делегации обсудили зерновую сделку.");
        assertThat(ru.source().format()).isEqualTo(Format.WARC);
        assertThat(ru.source().path()).isEqualTo("crawl.warc");
        assertThat(ru.source().url()).isEqualTo("https://news.example.ru/politics/ankara-talks");
        assertThat(ru.source().itemId()).isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000002");
        assertThat(ru.published()).isEqualTo("2024-04-02T09:00:02Z");
        assertThat(ru.position()).isZero();

        Post en = posts.get(1);
        assertThat(en.text()).isEqualTo("Leaders signed a joint declaration.");
        assertThat(en.source().url()).isEqualTo("https://herald.example.com/summit");
        assertThat(en.published()).isEqualTo("2024-04-02T10:00:00+02:00");
        assertThat(en.position()).isEqualTo(1);

        assertThat(posts.get(2).text()).isEqualTo("Split body.");
    }

    @Test
    void httpHeaderCharsetOutranksAStaleMetaTag() throws IOException {
        byte[] cp1251 = ("<html><head><meta charset=\"utf-8\"><title>Бюджет принят</title></head>"
                + "<body><p>Депутаты одобрили поправки.</p></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1251"));
        read(record("response", "00000000-0000-4000-8000-000000000010", "https://vesti.example.ru/b",
                "2024-04-02T09:00:02Z", "application/http; msgtype=response",
                http(200, "text/html; charset=windows-1251", "", cp1251)), "ru.warc");
        assertThat(problems).isEmpty();
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Бюджет принят");
            assertThat(p.text()).isEqualTo("Депутаты одобрили поправки.");
        });
    }

    @Test
    void perRecordGzipWarcReadsThroughGzipInputStream() throws IOException {
        byte[] plain = sampleWarc();
        // each record its own gzip member, as in .warc.gz files; InputWalker gunzips with GZIPInputStream
        ByteArrayOutputStream members = new ByteArrayOutputStream();
        int start = 0;
        String s = new String(plain, StandardCharsets.ISO_8859_1);
        int next;
        while ((next = s.indexOf("WARC/1.1\r\n", start + 1)) > 0) {
            members.writeBytes(gzip(Arrays.copyOfRange(plain, start, next)));
            start = next;
        }
        members.writeBytes(gzip(Arrays.copyOfRange(plain, start, plain.length)));
        byte[] gunzipped = new GZIPInputStream(new ByteArrayInputStream(members.toByteArray())).readAllBytes();
        read(gunzipped, "crawl.warc.gz");
        assertThat(posts).hasSize(3);

        posts.clear();
        read(members.toByteArray(), "crawl-raw.warc.gz");
        assertThat(posts).hasSize(3);
    }

    @Test
    void truncatedWarcKeepsEarlierPagesAndNamesTheOffset() throws IOException {
        byte[] full = sampleWarc();
        byte[] cut = Arrays.copyOf(full, full.length - 40);
        assertThatThrownBy(() -> read(cut, "cut.warc"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    assertThat(((InputException) e).position()).startsWith("byte ");
                    assertThat(e.getMessage()).startsWith("truncated or corrupt WARC after 7 record(s)");
                });
        assertThat(posts).extracting(Post::title).containsExactly("Переговоры в Анкаре", "Summit ends");
    }

    @Test
    void aPageTheArticleReaderRejectsIsOneErrorAndReadingGoesOn() throws IOException {
        byte[] warc = concat(
                record("response", "00000000-0000-4000-8000-00000000000a", "https://x.example/bad",
                        "2024-04-02T09:00:00Z", "application/http; msgtype=response",
                        http(200, "text/html", "", utf8("<html><body>FAIL</body></html>"))),
                record("response", "00000000-0000-4000-8000-00000000000b", "https://x.example/good",
                        "2024-04-02T09:00:01Z", "application/http; msgtype=response",
                        http(200, "text/html", "", utf8(PAGE_EN))));
        read(warc, "mixed.warc");
        assertThat(posts).extracting(Post::title).containsExactly("Summit ends");
        assertThat(problems).extracting(Problem::format).containsExactly(
                "mixed.warc: record 1 (byte 0), line 1: warning: page https://x.example/bad: fake article reader "
                        + "refused the page");
    }

    @Test
    void archiveWithoutPagesWarns() throws IOException {
        read(record("warcinfo", "00000000-0000-4000-8000-000000000000", null, "2024-04-02T09:00:00Z",
                "application/warc-fields", utf8("software: x\r\n")), "info.warc");
        assertThat(posts).isEmpty();
        assertThat(problems).extracting(Problem::format)
                .containsExactly("info.warc: warning: no HTML pages in 1 WARC record(s)");
    }
}
