package org.echotrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TransliterationTest {
    /** Words whose letters the rules treat by context: word-initial е/ё, ы and э after vowels, тс, ъ/ь, Ukrainian. */
    private static final List<String> WORDS = List.of("елена", "ёлкин", "зеленский", "мая", "ыргыз", "эрдоган",
            "объём", "мать", "сон", "тсой", "шойгу", "щукин", "ростов-на-дону", "їжак", "євген", "ґудзь", "київ",
            "ўладзімір", "b2b", "iphone", "маск", "эй", "ая", "е", "ё", "ы", "э", "ь");

    @Test
    void aNameOfTwoWordsTransliteratesWordByWord() {
        for (String a : WORDS) {
            for (String b : WORDS) {
                assertThat(Transliteration.toLatin(a, b)).as(a + " " + b)
                        .isEqualTo(Transliteration.toLatin(a + " " + b));
            }
        }
    }

    @Test
    void aWordAfterASpaceIsTransliteratedAsAtTheStart() {
        assertThat(Transliteration.toLatin("елена")).isEqualTo("yelena");
        assertThat(Transliteration.toLatin("анна", "елена")).isEqualTo("anna yelena");
    }

    @Test
    void spellingsOfOneNameShareASkeleton() {
        String cyrillic = Transliteration.skeleton(Transliteration.toLatin("зеленский"));
        assertThat(List.of("zelensky", "zelenskyy", "zelenskiy")).allSatisfy(
                latin -> assertThat(Transliteration.skeleton(latin)).isEqualTo(cyrillic));
    }
}
