package org.echotrace.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextBoilerplateCuesTest {
    private final TextBoilerplateCues cues = TextBoilerplateCues.get();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Date: 2023-05-04  Politics | 2023-05-04
            Published: June 12, 2023 | 2023-06-12
            Updated 5:41 PM EST, December 1, 2023 | 2023-12-01
            Опубликовано: 21 марта 2023 | 2023-03-21
            Дата: 2 октября 2023  Мир | 2023-10-02
            Published: 17/02/2023 | 2023-02-17
            By Marta Novak  -  May 4, 2023 | 2023-05-04
            May 5, 2023 11:20 AM | 2023-05-05
            """)
    void metaLinesGiveTheirDateWithTheYear(String line, String iso) {
        assertThat(cues.kind(line)).isIn(TextBoilerplateCues.Kind.META, TextBoilerplateCues.Kind.TIME);
        assertThat(cues.date(line)).isEqualTo(iso);
    }

    @Test
    void byLineWithADateNamesTheAuthor() {
        assertThat(cues.authorOfMeta("By Marta Novak  -  May 4, 2023")).isEqualTo("Marta Novak");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Politics     Europe     Featured", "U.S.   World   Politics", "Trending:   Elections   Energy",
        "Share on Facebook   Share on Twitter", "Россия · Мир · Экономика", "Photo of Laura Chen", "Фото Ивана Петрова",
        "4 minutes read", "7 минут чтения", "Просмотров: 1240", "Copy Link copied", "Show more"})
    void furnitureIsNotContent(String line) {
        assertThat(cues.kind(line)).isNotEqualTo(TextBoilerplateCues.Kind.CONTENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Фото: Офіс прем'єр-міністра", "Elections on 5 March 2024 postponed after floods",
        "The ministers met.  Talks went on for hours after the statement was read out.",
        "Немецкая пресса: Берлин ищет новых поставщиков газа"})
    void creditsHeadlinesAndSentencesStayContent(String line) {
        assertThat(cues.kind(line)).isEqualTo(TextBoilerplateCues.Kind.CONTENT);
    }

    @Test
    void ambiguousSlashDatesAreNotGuessed() {
        assertThat(TextBoilerplateCues.slashDate("03/04/2023")).isEqualTo("03/04/2023");
        assertThat(TextBoilerplateCues.slashDate("04/17/2023")).isEqualTo("17.4.2023");
    }
}
