package org.echotrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.echotrace.model.Attribution;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

class CorpusSummaryTest {

    private static final Source MID = Source.of("samples/telegram-export/mid_sample/result.json",
            Format.TELEGRAM_EXPORT).withChannel("mid_sample", "МИД России (sample)");
    private static final Source EMBASSY = Source.of("samples/telegram-html/embassy_sample.html",
            Format.TELEGRAM_HTML).withChannel("embassy_sample", "Посольство России в Австрии (sample)");
    private static final Source AGGREGATOR = Source.of("samples/articles/wnd.html", Format.ARTICLE_HTML)
            .withOutlet("World News Digest");
    private static final Source BARE = Source.of("in.zip!/dir/copy.txt", Format.ARTICLE_TEXT);

    private static Post post(Source s, String lang, List<String> tags, List<String> mentions, String fwd,
                             List<Attribution> credits) {
        return Post.builder(s).text("x").language(lang).hashtags(tags).mentions(mentions).forwardedFrom(fwd)
                .attributions(credits).build();
    }

    private static CorpusSummary sample() {
        CorpusSummary.Collector c = new CorpusSummary.Collector();
        c.add(post(MID, "ru", List.of("ОБСЕ", "Вена"), List.of(), null, List.of()));
        c.add(post(MID, "en", List.of("OSCE"), List.of("osce_rf_sample"), null, List.of()));
        c.add(post(MID, "ru", List.of("обсе"), List.of(), null, List.of()));
        c.add(post(EMBASSY, "ru", List.of("ОБСЕ"), List.of(), "МИД России (sample)", List.of()));
        c.add(post(EMBASSY, "en", List.of("osce", "OSCE"), List.of("OSCE_RF_sample"), "МИД России (sample)",
                List.of()));
        c.add(post(EMBASSY, null, List.of(), List.of(), " Other channel ", List.of()));
        c.add(post(AGGREGATOR, "en", List.of(), List.of(), null,
                List.of(new Attribution("TASS", "source"), new Attribution("TASS", "agency"))));
        c.add(post(BARE, "en", List.of(), List.of(), null, List.of()));
        c.add(Problem.warning("samples/telegram-html/embassy_sample.html", "message 3", "no date"));
        c.add(Problem.warning("samples/telegram-html/embassy_sample.html", null, "second"));
        c.add(Problem.error("broken.json", "line 2, column 5", "unexpected end of input"));
        return c.summarize(5);
    }

    @Test
    void totals() {
        CorpusSummary s = sample();
        assertThat(s.inputs()).isEqualTo(5);
        assertThat(s.posts()).isEqualTo(8);
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.warnings()).isEqualTo(2);
    }

    @Test
    void sourcesAreNamedByChannelThenOutletThenFileAndRankedByPosts() {
        assertThat(sample().sources()).containsExactly(
                new CorpusSummary.SourceCount("embassy_sample", "Посольство России в Австрии (sample)",
                        "telegram-html", 3),
                new CorpusSummary.SourceCount("mid_sample", "МИД России (sample)", "telegram-export", 3),
                new CorpusSummary.SourceCount("World News Digest", null, "article-html", 1),
                new CorpusSummary.SourceCount("copy.txt", null, "article-text", 1));
    }

    @Test
    void sourceNameFallsBackToUrlHost() {
        Source s = Source.of("feed.xml", Format.FEED).withItem("1", "https://www.ria.example/20240305/x.html");
        assertThat(CorpusSummary.sourceName(s)).isEqualTo("ria.example");
        assertThat(CorpusSummary.sourceName(Source.of("feed.xml", Format.FEED).withItem("1", "not a uri ::")))
                .isEqualTo("feed.xml");
    }

    @Test
    void formatsAndLanguagesAreCountedWithUnknownForMissingLanguage() {
        CorpusSummary s = sample();
        assertThat(s.formats()).containsExactly(new CorpusSummary.Count("telegram-export", 3),
                new CorpusSummary.Count("telegram-html", 3), new CorpusSummary.Count("article-html", 1),
                new CorpusSummary.Count("article-text", 1));
        assertThat(s.languages()).containsExactly(new CorpusSummary.Count("en", 4), new CorpusSummary.Count("ru", 3),
                new CorpusSummary.Count("unknown", 1));
    }

    @Test
    void hashtagsAreGroupedCaseInsensitivelyAndShownInTheirMostCommonSpelling() {
        CorpusSummary s = sample();
        assertThat(s.hashtags()).containsExactly(new CorpusSummary.Count("ОБСЕ", 3),
                new CorpusSummary.Count("OSCE", 3), new CorpusSummary.Count("Вена", 1));
        assertThat(s.mentions()).containsExactly(new CorpusSummary.Count("osce_rf_sample", 2));
    }

    @Test
    void topHashtagsAreLimitedToTen() {
        CorpusSummary.Collector c = new CorpusSummary.Collector();
        for (int i = 0; i < 15; i++) {
            c.add(post(MID, "ru", List.of("tag" + i), List.of(), null, List.of()));
        }
        assertThat(c.summarize(1).hashtags()).hasSize(CorpusSummary.TOP);
    }

    @Test
    void forwardsAndAttributions() {
        CorpusSummary s = sample();
        assertThat(s.forwarded()).isEqualTo(3);
        assertThat(s.forwardedFrom()).containsExactly(new CorpusSummary.Count("МИД России (sample)", 2),
                new CorpusSummary.Count("Other channel", 1));
        assertThat(s.attributed()).isEqualTo(1);
        assertThat(s.attributions()).containsExactly(new CorpusSummary.Count("TASS (source)", 1),
                new CorpusSummary.Count("TASS (agency)", 1));
    }

    @Test
    void problemInputsKeepTheirFirstMessage() {
        assertThat(sample().problemInputs()).containsExactly(
                new CorpusSummary.InputProblems("samples/telegram-html/embassy_sample.html", 0, 2,
                        "message 3: no date"),
                new CorpusSummary.InputProblems("broken.json", 1, 0, "line 2, column 5: unexpected end of input"));
    }

    @Test
    void emptyCorpus() {
        CorpusSummary s = new CorpusSummary.Collector().summarize(0);
        assertThat(s.posts()).isZero();
        assertThat(s.sources()).isEmpty();
        assertThat(s.hashtags()).isEmpty();
        StringWriter w = new StringWriter();
        new SummaryPrinter(new PrintWriter(w), false).print(s);
        assertThat(w.toString()).contains("Top hashtags\n  (none)\n");
    }

    @Test
    void printerAlignsColumnsAndUsesNoColourWhenAskedNotTo() {
        StringWriter w = new StringWriter();
        new SummaryPrinter(new PrintWriter(w), false).print(sample());
        String text = w.toString().replace("\r\n", "\n");
        assertThat(text).doesNotContain("\u001B[");
        assertThat(text).contains("""
                Posts per source (4)
                  SOURCE             TITLE                                 FORMAT           POSTS
                  embassy_sample     Посольство России в Австрии (sample)  telegram-html        3
                  mid_sample         МИД России (sample)                   telegram-export      3
                  World News Digest                                        article-html         1
                  copy.txt                                                 article-text         1
                """);
        assertThat(text).contains("""
                Top hashtags
                  #ОБСЕ  3
                  #OSCE  3
                  #Вена  1
                """);
        assertThat(text).contains("Forwarded posts: 3\n  from МИД России (sample)  2\n  from Other channel        1\n");
        assertThat(text).contains("Inputs with errors or warnings: 2\n"
                + "  samples/telegram-html/embassy_sample.html: 0 errors, 2 warnings (first: message 3: no date)\n"
                + "  broken.json: 1 error, 0 warnings (first: line 2, column 5: unexpected end of input)\n");
    }

    @Test
    void printerUsesBoldHeadingsWithColour() {
        StringWriter w = new StringWriter();
        new SummaryPrinter(new PrintWriter(w), true).print(sample());
        assertThat(w.toString()).contains("\u001B[1mTotals\u001B[0m");
    }
}
