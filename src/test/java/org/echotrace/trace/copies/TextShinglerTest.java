package org.echotrace.trace.copies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextShinglerTest {
    private final TextShingler shingler = new TextShingler(3, 5_000);

    @Test
    void cosmeticChangesDoNotChangeShingles() {
        long[] plain = shingler.words("Министр провёл переговоры в Минске 5 марта");
        assertThat(shingler.words("⚡️ МИНИСТР провел переговоры, в Минске — 5 марта! #МИД @mfa_russia https://t.me/x/1"))
                .containsExactly(plain);
        assertThat(shingler.words("𝐌𝐢𝐧𝐢𝐬𝐭𝐞𝐫 met")).containsExactly(shingler.words("minister met"));
        assertThat(shingler.words("see ria.ru/20240305/news for more")).containsExactly(shingler.words("see for more"));
    }

    @Test
    void shinglesNeedKWords() {
        assertThat(shingler.shingles("Фото дня")).isEmpty();
        assertThat(shingler.shingles("один два три")).hasSize(1);
        assertThat(shingler.shingles("один два три четыре")).hasSize(2);
        assertThat(shingler.shingles("два три четыре")[0]).isEqualTo(shingler.shingles("один два три четыре")[1]);
    }

    @Test
    void maxTokensBoundsWork() {
        assertThat(new TextShingler(3, 10).words("a b c d e f g h i j k l m n")).hasSize(10);
    }
}
