package org.echotrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.echotrace.ingest.article.ArticleHtmlReader;
import org.echotrace.model.Format;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quality gate on the public article-extraction benchmark; skipped when {@code ../shared/data} is absent. */
class ExtractionBenchmarkTest {
    /** The F1 reached when this floor was pinned (0.9732, issue 8), rounded down by about 0.005. */
    private static final double F1_FLOOR = 0.968;
    private static final Path DIR = Path.of("../shared/data/article-extraction-benchmark");

    private static ExtractionBenchmark bench;

    @BeforeAll
    static void open() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "benchmark data not present at " + DIR.toAbsolutePath());
        bench = ExtractionBenchmark.open(DIR);
    }

    @Test
    void scorerReproducesPublishedFiguresOfBundledTools() throws IOException {
        assertThat(bench.scoreOutput(DIR.resolve("output/trafilatura.json")).f1()).isCloseTo(0.958, within(0.005));
        assertThat(bench.scoreOutput(DIR.resolve("output/readability_js.json")).f1()).isCloseTo(0.947, within(0.005));
        assertThat(bench.scoreOutput(DIR.resolve("output/boilerpipe.json")).f1()).isCloseTo(0.860, within(0.005));
    }

    @Test
    void extractorStaysAboveThePinnedFloor() throws IOException {
        ArticleHtmlReader reader = new ArticleHtmlReader();
        Source source = Source.of("benchmark", Format.ARTICLE_HTML);
        ExtractionBenchmark.Run run = bench.run((html, url) ->
                reader.extract(html, url, source).map(b -> b.build().text()).orElse(null));
        assertThat(run.summary().documents()).isEqualTo(181);
        assertThat(run.summary().f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    }
}
