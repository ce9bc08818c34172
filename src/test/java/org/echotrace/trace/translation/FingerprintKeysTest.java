package org.echotrace.trace.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintKeysTest {
    @Test
    void amountsAgreeAcrossLanguages() {
        assertThat(NumberKeys.of("составит 1,5 млрд евро и 12 000 человек", "ru"))
                .containsExactly("1500000000", "12000");
        assertThat(NumberKeys.of("will reach 1.5 billion euros and 12,000 people", "en"))
                .containsExactly("1500000000", "12000");
        assertThat(NumberKeys.of("инфляция 9,8% при ставке 21%", "ru")).containsExactly("9.8", "21");
        assertThat(NumberKeys.of("inflation of 9.8% at a rate of 21%", "en")).containsExactly("9.8", "21");
    }

    @Test
    void singleDigitsAndNumbersInsideWordsAreSkipped() {
        assertThat(NumberKeys.of("5 units of T-90M, COVID19 and 2 days", "en")).isEmpty();
    }

    @Test
    void namesMeetAcrossScriptsAndInflection() {
        assertThat(NameKeys.of("Встреча прошла с Шавкатом Мирзиёевым в Ташкенте."))
                .containsExactlyElementsOf(NameKeys.of("The meeting was held with Shavkat Mirziyoyev in Tashkent."));
    }

    @Test
    void sentenceStartsAndStopWordsAreNotNames() {
        assertThat(NameKeys.of("Министр прибыл. Переговоры прошли on Monday with the Foreign Minister.")).isEmpty();
    }

    @Test
    void urlsLoseSchemeWwwAndTrailingSlash() {
        assertThat(Fingerprint.url("https://www.MID.ru/ru/news/1966544/?utm_source=tg"))
                .isEqualTo("mid.ru/ru/news/1966544");
    }
}
