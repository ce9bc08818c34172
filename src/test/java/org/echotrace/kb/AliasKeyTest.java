package org.echotrace.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AliasKeyTest {
    private static final List<String> WORDS = List.of("", "Lavrov", "ЛАВРОВ", "Лавров", "Зеленский", "Шойгу",
            "Йемен", "Ёлкин", "Zelénskyy", "O'Brien", "O’Brien", "Нур‑Султан", "Нур-Султан", "G7", "2024",
            "Ｆｕｌｌ", "ﬁnance", "İstanbul", "Straße", "a\u200bb", "Україна", "Беларусь", "Ўладзімір", "two  words",
            "x\u0301", "ΑΘΗΝΑ", "🇷🇺", "Z", "я");

    @Test
    void aPlainWordIsKeyedAsByTheFullFolding() {
        for (String w : WORDS) {
            assertThat(AliasKey.of(w)).as(w).isEqualTo(AliasKey.folded(w));
        }
    }

    @Test
    void onlyAsciiAndBasicCyrillicLettersAndDigitsArePlain() {
        assertThat(AliasKey.plainWord("Лавров2024")).isTrue();
        assertThat(AliasKey.plainWord("Йемен")).isFalse();
        assertThat(AliasKey.plainWord("Ёлкин")).isFalse();
        assertThat(AliasKey.plainWord("O'Brien")).isFalse();
        assertThat(AliasKey.of("Лавров")).isEqualTo("лавров");
        assertThat(AliasKey.of("Зеленский")).isEqualTo("зеленскии");
        assertThat(AliasKey.of("Йемен")).isEqualTo("иемен");
    }
}
