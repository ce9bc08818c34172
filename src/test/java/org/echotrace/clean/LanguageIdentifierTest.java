package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
    private final LanguageIdentifier id = LanguageIdentifier.allLanguages();

    record Gold(String iso, String text) {
    }

    static List<Gold> gold() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LanguageIdentifierTest.class.getResourceAsStream("/clean/lang-gold.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertThat(f).as(line).hasSize(2);
                assertThat(f[1].length()).as(line).isBetween(80, 400);
                out.add(new Gold(f[0], f[1]));
            }
        }
        return out;
    }

    @Test
    void goldSetAccuracy() throws IOException {
        List<Gold> gold = gold();
        assertThat(gold).hasSizeGreaterThanOrEqualTo(80);
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Gold g : gold) {
            String got = id.detect(LanguageIdentifier.scrub(g.text()));
            if (g.iso().equals(got)) {
                right++;
            } else {
                wrong.add(g.iso() + "->" + got + ": " + g.text());
            }
            if (g.iso().equals("uk") || g.iso().equals("ru") || g.iso().equals("be")) {
                assertThat(got).as(g.text()).isEqualTo(g.iso());
            }
        }
        double accuracy = (double) right / gold.size();
        System.out.printf(Locale.ROOT, "gold accuracy %d/%d = %.4f %s%n", right, gold.size(), accuracy, wrong);
        assertThat(accuracy).as(wrong.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // shared vocabulary, told apart by spelling
        "ru|Президент подписал указ о поддержке сельского хозяйства в регионах страны",
        "uk|Президент підписав указ про підтримку сільського господарства в регіонах країни",
        "be|Прэзідэнт падпісаў указ аб падтрымцы сельскай гаспадаркі ў рэгіёнах краіны",
        "ru|Делегация Беларуси прибыла в Москву для переговоров",
        "uk|Делегація Білорусі прибула до Москви для переговорів",
        "be|Дэлегацыя Беларусі прыбыла ў Маскву для перамоў",
    })
    void eastSlavicLanguagesAreToldApart(String iso, String text) {
        assertThat(id.detect(text)).isEqualTo(iso);
    }

    @Test
    void emojiDigitsAndPunctuationOnlyAreUndetermined() {
        assertThat(id.detect("🔥🔥🔥 👍")).isNull();
        assertThat(id.detect("12:45 — 100%!!! ➡️ ✅")).isNull();
        assertThat(id.detect("")).isNull();
        assertThat(id.detect("ok")).isNull();
        assertThat(id.detect(null)).isNull();
    }

    @Test
    void shortTextsStillGetALanguage() {
        assertThat(id.detect("Срочно!")).isEqualTo("ru");
        assertThat(id.detect("Breaking news")).isEqualTo("en");
        assertThat(id.detect("Ґрунт")).isEqualTo("uk");
        assertThat(id.detect("Καλημέρα")).isEqualTo("el");
        assertThat(id.detect("שלום עולם")).isEqualTo("he");
    }

    @Test
    void mixedScriptTextFollowsTheDominantScript() {
        assertThat(id.detect("Заявление МИД России по итогам встречи G20 в Нью-Дели и саммита BRICS")).isEqualTo("ru");
        assertThat(id.detect("The Kremlin spokesman said «никаких переговоров» would take place this week in Istanbul"))
                .isEqualTo("en");
    }

    @Test
    void urlsHashtagsAndMentionsAreIgnored() {
        String text = "Подробнее: https://example.com/world/article-about-the-weather-in-london #breaking @reuters_world "
                + "www.example.org/english/news t.me/some_english_channel Заседание совета продолжится завтра утром";
        assertThat(LanguageIdentifier.scrub(text)).doesNotContain("example", "breaking", "reuters", "channel");
        assertThat(id.detect(LanguageIdentifier.scrub(text))).isEqualTo("ru");
        assertThat(LanguageIdentifier.scrub("#Новости дня и @канал, см. HTTPS://x.y/z")).isEqualTo("  дня и  , см.  ");
    }

    @Test
    void samplesTitleAndTextStart() {
        org.echotrace.model.Source src = org.echotrace.model.Source.of("x.json", org.echotrace.model.Format.values()[0]);
        org.echotrace.model.Post post = org.echotrace.model.Post.builder(src)
                .title("Weather in London").text("Погода в Лондоне: дожди продолжатся всю неделю, сообщили синоптики").build();
        assertThat(id.apply(post).language()).isEqualTo("ru");
    }
}
