package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void composesToNfc() {
        // "й" as и + combining breve, "é" as e + combining acute
        assertThat(TextNormalizer.normalize("Сергей Лавров и caf\u0065\u0301"))
                .isEqualTo("Сергей Лавров и café");
        assertThat(TextNormalizer.normalize("Серге\u0438\u0306")).isEqualTo("Сергей");
    }

    @Test
    void removesZeroWidthBidiAndControlCharacters() {
        String dirty = "\uFEFFMFA\u200B statement\u200D\u2060 on\u202E the \u00ADOSCE\u0007 meeting";
        assertThat(TextNormalizer.normalize(dirty)).isEqualTo("MFA statement on the OSCE meeting");
    }

    @Test
    void keepsEmojiSequencesIntact() {
        // ZWJ inside emoji sequences is removed only as a stand-alone zero-width char; flags and skin tones stay
        assertThat(TextNormalizer.normalize("🇷🇺🇧🇾 flags 👍🏽")).isEqualTo("🇷🇺🇧🇾 flags 👍🏽");
    }

    @Test
    void foldsSpacesLineEndingsAndBlankLines() {
        String text = "  First\u00A0line  \r\n\r\n\r\n\r\nSecond\tline\u2028Third line \n\n";
        assertThat(TextNormalizer.normalize(text)).isEqualTo("First line\n\nSecond line\nThird line");
    }

    @Test
    void normalizesLinesForTitles() {
        assertThat(TextNormalizer.normalizeLine("  Lavrov\n meets   OSCE chair \u200B")).isEqualTo("Lavrov meets OSCE chair");
    }

    @Test
    void emptyAndNullBecomeEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize("\u200B\u200B \n ")).isEmpty();
    }

    @Test
    void cheapNfcTestNeverPassesTextThatNfcWouldChange() {
        for (String t : new String[] {"Лавров 🇷🇺 OSCE", "Серге\u0438\u0306", "caf\u0065\u0301", "\u2126hm", "한국어",
                "Ελλάδα\u037E", "plain ascii"}) {
            if (TextNormalizer.surelyNfc(t)) {
                assertThat(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC)).isEqualTo(t);
            }
        }
        assertThat(TextNormalizer.surelyNfc("Лавров 🇷🇺 OSCE")).isTrue();
        assertThat(TextNormalizer.surelyNfc("Серге\u0438\u0306")).isFalse();
    }
}
