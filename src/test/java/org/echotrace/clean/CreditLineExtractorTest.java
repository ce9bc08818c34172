package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.echotrace.model.Attribution;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditLineExtractorTest {
    private final CreditLineExtractor stage = new CreditLineExtractor();

    private static Post post(String text) {
        return Post.builder(Source.of("t.txt", Format.TELEGRAM_TEXT)).text(text).build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Source: Sputnik | Sputnik | source
            Источник: РИА Новости | РИА Новости | source
            Translated by Anna Petrova | Anna Petrova | translated_by
            Перевод: Мария Орлова | Мария Орлова | translated_by
            Via Foreign Ministry Digest | Foreign Ministry Digest | via
            via @mfa_russia | @mfa_russia | via
            Photo: Ministry press service | Ministry press service | photo
            📸 Фото: пресс-служба МИД | пресс-служба МИД | photo
            Read more at TASS | TASS | source
            Подробнее: https://example.org/news/123 | https://example.org/news/123 | source
            Translated from Spanish by Maria Lopez | Maria Lopez | translated_by
            Перевод с английского: Иван Петров | Иван Петров | translated_by
            Disclaimer: This article was republished from a partner agency. Via TASS | TASS | via
            This report was originally published by a partner outlet. Via Sputnik. | Sputnik | via
            Материал перепечатан с сайта партнера. Via TASS | TASS | via
            """)
    void extractsTrailingCredit(String line, String name, String kind) {
        Post out = stage.apply(post("The delegation arrived on Monday.\nTalks will continue tomorrow.\n" + line));
        assertThat(out.text()).isEqualTo("The delegation arrived on Monday.\nTalks will continue tomorrow.");
        assertThat(out.attributions()).containsExactly(new Attribution(name, kind));
    }

    @Test
    void extractsLeadingCreditAndKeepsUrl() {
        Post out = stage.apply(post("Source: https://example.org/a\n\nThe delegation arrived.\nPhoto: Ivan Sokolov"));
        assertThat(out.text()).isEqualTo("The delegation arrived.");
        assertThat(out.attributions()).containsExactly(new Attribution("https://example.org/a", "source"),
                new Attribution("Ivan Sokolov", "photo"));
        assertThat(out.urls()).containsExactly("https://example.org/a");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A source in the ministry said the talks would resume next week.
            Source: the minister told reporters that the plan had been approved by parliament.
            Via diplomatic channels, the two sides agreed to meet.
            The photo shows the delegation. Photo: Ivan Sokolov said nothing.
            He said the partner agency would report later. Via the embassy, he asked for more time to reply.
            """)
    void leavesBodySentencesAlone(String line) {
        Post p = post("The delegation arrived.\n" + line + "\nTalks will continue.\nMore later.\nThe end.");
        assertThat(stage.apply(p)).isEqualTo(p);
    }

    @Test
    void weakPrefixInsideBodyIsKept() {
        Post p = post("First line.\nVia Foreign Ministry Digest\nThird line.\nFourth line.\nFifth line.");
        assertThat(stage.apply(p)).isEqualTo(p);
    }

    @Test
    void neverRemovesTheOnlyLine() {
        Post p = post("Source: Sputnik");
        assertThat(stage.apply(p)).isEqualTo(p);
    }
}
