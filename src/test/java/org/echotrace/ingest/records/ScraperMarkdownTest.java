package org.echotrace.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScraperMarkdownTest {

    @Test
    void markdownLeftByScrapersBecomesPlainTextAndLinksGoToUrls() {
        ScraperMarkdown m = ScraperMarkdown.flatten("**Срочно:** министр __заявил__, что ~~переговоры~~ встреча "
                + "состоится. Подробнее [на сайте](https://mid.example/news/42) и [тут](https://mid.example/news/42)\n"
                + "> Цитата из заявления 🇷🇺\nКод: `#A-17`\n```\nblock\n```\nsnake_case_name stays, a*b stays");
        assertThat(m.text()).isEqualTo("Срочно: министр заявил, что переговоры встреча состоится. Подробнее на сайте и тут\n"
                + "Цитата из заявления 🇷🇺\nКод: #A-17\nblock\nsnake_case_name stays, a*b stays");
        assertThat(m.urls()).containsExactly("https://mid.example/news/42");
    }

    @Test
    void doubleUnderscoresInsideWordsOrCodeAreNotItalics() {
        String code = "Код: window.__init=1 и снова window.__init=2, поле my__field__name, __dunder__ при конце __";
        assertThat(ScraperMarkdown.flatten(code).text())
                .isEqualTo("Код: window.__init=1 и снова window.__init=2, поле my__field__name, dunder при конце __");
    }

    @Test
    void plainTextIsUntouchedAndUnpairedMarkersCostLinearTime() {
        assertThat(ScraperMarkdown.flatten("Обычный текст без разметки.").text()).isEqualTo("Обычный текст без разметки.");
        String hostile = "**[".repeat(200_000);
        assertThat(ScraperMarkdown.flatten(hostile).text()).isEqualTo("[".repeat(200_000));
    }
}
