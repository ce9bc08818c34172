package org.echotrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {

    @Test
    void agreesWithTheStringMethodsOnTextWithEmojiFlagsAndLoneSurrogates() {
        Random r = new Random(11);
        String[] parts = {"а", "b", "🇷🇺", "😀", " ", "\uD800", "\uDC00", "ж", "𝔸"};
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            String s = sb.toString();
            CodePointOffsets cps = CodePointOffsets.of(s);
            assertThat(cps.codePoints()).isEqualTo(s.codePointCount(0, s.length()));
            for (int c = 0; c <= s.length(); c++) {
                assertThat(cps.toCodePoint(c)).as("%s at %d", s, c).isEqualTo(s.codePointCount(0, c));
            }
            for (int cp = 0; cp <= cps.codePoints(); cp++) {
                assertThat(cps.toChar(cp)).as("%s at cp %d", s, cp).isEqualTo(s.offsetByCodePoints(0, cp));
            }
        }
    }
}
