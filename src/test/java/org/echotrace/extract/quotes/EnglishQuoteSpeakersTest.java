package org.echotrace.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.extract.Understanding;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Quote;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Speaker accuracy on English news-style passages written by us ({@code extract/quotes-english-news.jsonl}), run
 * through the whole understanding stage (knowledge base, tagger, dates, quotes) as {@code analyze} runs it. The
 * expected speakers use the real-quote labels' notation ({@link RealQuoteSpeakersTest}): a knowledge-base id,
 * {@code ~word} for a speaker named only in words, {@code -} for nobody. The set was written before any fix made
 * for it: 0.829 (29/35) when first run.
 */
class EnglishQuoteSpeakersTest {
    static final double MIN_SPEAKER = 0.80;

    @Test
    void speakersOfEnglishNewsQuotes() throws IOException {
        ObjectMapper om = new ObjectMapper();
        Understanding understanding = Understanding.standard();
        int n = 0;
        int ok = 0;
        StringBuilder misses = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(EnglishQuoteSpeakersTest.class
                .getResourceAsStream("/extract/quotes-english-news.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = om.readTree(line);
                Post p = understanding.apply(Post.builder(Source.of(c.get("id").asText(), Format.TELEGRAM_EXPORT))
                        .text(c.get("text").asText()).language("en")
                        .published(c.get("published").asText() + "T12:00:00Z").build());
                for (JsonNode want : c.get("quotes")) {
                    String prefix = want.get("quote").asText();
                    Quote q = p.quotes().stream().filter(x -> x.text().startsWith(prefix)).findFirst().orElse(null);
                    boolean right = q != null && RealQuoteSpeakersTest.matches(want.get("expected").asText(), q);
                    n++;
                    ok += right ? 1 : 0;
                    if (!right) {
                        misses.append(String.format(Locale.ROOT, "  %s want %s got %s%n", c.get("id").asText(),
                                want.get("expected").asText(), q == null ? "no quote"
                                        : q.speakerId() != null ? q.speakerId() : q.speaker()));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "english news quotes: speaker %d/%d = %.3f%n", ok, n, ok / (double) n);
        System.out.print(misses);
        assertThat(n).isGreaterThanOrEqualTo(30);
        assertThat(ok / (double) n).as("speaker accuracy, English news set").isGreaterThanOrEqualTo(MIN_SPEAKER);
    }
}
