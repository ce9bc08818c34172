package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;

/** The speed shortcuts of the cleaning stages give exactly what the full paths give. */
class CleaningShortcutsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Министр иностранных дел заявил — «переговоры продолжатся»…",
        "Line one\n\nLine two\nLine three",
        "Trailing space \nnext",
        "Three\n\n\nbreaks",
        " leading space",
        "trailing newline\n",
        "emoji 🇷🇺 and dash — together",
        "emoji 🇷🇺 only",
        "soft\u00ADhyphen",
        "no\u00A0break",
        "zero\u200Bwidth",
        "combining e\u0301 mark",
        "tab\there",
        "crlf\r\nline",
        "Ukrainian ї є ґ and Belarusian ў",
        "x",
        "\n\n"
    })
    void alreadyNormalTextIsWhatTheFullPathGives(String s) {
        assertThat(TextNormalizer.normalize(s)).isEqualTo(TextNormalizer.normalizeFully(s));
        if (TextNormalizer.alreadyNormal(s)) {
            assertThat(TextNormalizer.normalizeFully(s)).isEqualTo(s);
        }
    }

    @Test
    void plainTextIsRecognisedAsNormal() {
        assertThat(TextNormalizer.alreadyNormal("МИД России — заявление\n\nТекст #тег @mid_russia")).isTrue();
        assertThat(TextNormalizer.alreadyNormal("Trailing space \nnext")).isFalse();
        assertThat(TextNormalizer.alreadyNormal("emoji 🇷🇺 and dash — together")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Заявление МИД", "plain ascii", "emoji 🇷🇺✅", "lone \uD83D surrogate", "lone \uDE00 low",
        "end high \uD83D", "", "ελληνικά και 中文"})
    void postIdHashesTheSameBytesAsStringGetBytes(String text) throws Exception {
        Source s = Source.of("posts.jsonl", Format.RECORDS_JSONL).withItem("7", null);
        Post post = Post.builder(s).position(3).title("Title \uD800").text(text).build();
        String key = "records-jsonl\u0001file:posts.jsonl#7#3\u0001Title \uD800\u0001" + text;
        assertThat(Format.RECORDS_JSONL.id()).isEqualTo("records-jsonl");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        assertThat(PostIds.idOf(post)).isEqualTo(HexFormat.of().formatHex(digest, 0, 8));
    }

    @Test
    void datelinePreCheckAcceptsEveryDatelineForm() {
        for (String t : List.of("MOSCOW, March 3. /TASS/. The minister said", "МИНСК, 2 апреля (БЕЛТА) – Текст",
                "🔴 WASHINGTON (AP) — Text", "KIEV, May 5 – RIA Novosti. Text")) {
            assertThat(DatelineExtractor.mayStartDateline(t)).as(t).isTrue();
        }
        assertThat(DatelineExtractor.mayStartDateline("lower case start (TASS)")).isFalse();
        assertThat(DatelineExtractor.mayStartDateline("Capital but no agency marks at all.")).isFalse();
    }

    @Test
    void creditPreCheckKeepsCreditLinesAndSkipsProse() {
        for (String t : List.of("Source: Sputnik", "📷 Фото: пресс-служба МИД", "  — Источник: РИА Новости",
                "via @mfa_russia", "Translated by Anna Petrova", "Read more at TASS")) {
            assertThat(CreditLineExtractor.mayBeCredit(t)).as(t).isTrue();
        }
        assertThat(CreditLineExtractor.mayBeCredit("Министр заявил о переговорах")).isFalse();
        assertThat(CreditLineExtractor.mayBeCredit("Ministers met in Geneva")).isFalse();
    }
}
