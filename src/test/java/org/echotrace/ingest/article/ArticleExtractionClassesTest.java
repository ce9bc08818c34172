package org.echotrace.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One page per layout class that extraction must get right (issue 8: split bodies, leads outside the body,
 * notices that must not win, link paragraphs, forum threads, leaks, title suffixes, JSON-LD, ruby). Each
 * fixture states its expectations in its opening comment (see the folder's README).
 */
class ArticleExtractionClassesTest {
    private static final String DIR = "/ingest/article-html/classes";

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(ArticleExtractionClassesTest.class.getResource(DIR).toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractionMeetsTheFixtureExpectations(String name) throws IOException, URISyntaxException {
        String html = Files.readString(Path.of(getClass().getResource(DIR + "/" + name).toURI()), StandardCharsets.UTF_8);
        Post post = new ArticleHtmlReader().extract(html, null, Source.of(name, Format.ARTICLE_HTML))
                .orElseThrow(() -> new AssertionError(name + ": no article extracted")).build();
        String text = post.text();
        String spec = html.substring(html.indexOf("<!--") + 4, html.indexOf("-->"));
        SoftAssertions soft = new SoftAssertions();
        for (String line : spec.strip().split("\n")) {
            int colon = line.indexOf(':');
            String kind = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (kind) {
                case "include" -> soft.assertThat(text).as(name + " keeps").contains(value);
                case "exclude" -> soft.assertThat(text).as(name + " drops").doesNotContain(value);
                case "starts" -> soft.assertThat(text).as(name + " starts with").startsWith(value);
                case "title" -> soft.assertThat(post.title()).as(name + " title").isEqualTo(value);
                default -> throw new IllegalStateException(name + ": unknown expectation '" + kind + "'");
            }
        }
        soft.assertAll();
    }
}
