package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {

    private static Post post(String text) {
        return Post.builder(Source.of("x.json", Format.RECORDS_JSON)).text(text).build();
    }

    @Test
    void extractsHashtagsKeepingCaseWithoutHash() {
        Post p = new LinkExtractor().apply(post("Встреча в Вене #ОБСЕ #OSCE #Lavrov_2024 #OSCE, цена #1 не тег"));
        assertThat(p.hashtags()).containsExactly("ОБСЕ", "OSCE", "Lavrov_2024");
    }

    @Test
    void extractsMentionsButNotEmails() {
        Post p = new LinkExtractor().apply(post("Via @mfa_russia and @MID_RF; write to press@mid.ru"));
        assertThat(p.mentions()).containsExactly("mfa_russia", "MID_RF");
    }

    @Test
    void extractsUrlsWithoutTrailingPunctuation() {
        Post p = new LinkExtractor().apply(post(
                "Полный текст: https://mid.ru/ru/foreign_policy/news/1234567/. См. также t.me/mfa_russia/123, "
                        + "(https://example.org/a_(b)) и «www.osce.org/vienna»"));
        assertThat(p.urls()).containsExactly("https://mid.ru/ru/foreign_policy/news/1234567/",
                "t.me/mfa_russia/123", "https://example.org/a_(b)", "www.osce.org/vienna");
    }

    @Test
    void fragmentsInsideUrlsAreNotHashtags() {
        Post p = new LinkExtractor().apply(post("See https://example.org/page#section and #real"));
        assertThat(p.hashtags()).containsExactly("real");
    }

    @Test
    void mergesWithReaderFoundValuesInOrder() {
        Post p = Post.builder(Source.of("x.json", Format.TELEGRAM_EXPORT)).text("text #b #a")
                .hashtags(java.util.List.of("a")).build();
        assertThat(new LinkExtractor().apply(p).hashtags()).containsExactly("a", "b");
    }
}
