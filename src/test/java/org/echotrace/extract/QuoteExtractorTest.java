package org.echotrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;


import org.echotrace.model.EntityRef;
import org.echotrace.model.Format;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;
import org.echotrace.model.Quote;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private final QuoteExtractor x = new QuoteExtractor();

    private static Post post(String text, String lang, EntityRef... entities) {
        return Post.builder(Source.of("t", Format.TELEGRAM_EXPORT)).text(text).language(lang).entities(List.of(entities)).build();
    }

    @Test
    void noMarksNoColonReturnsSamePost() {
        Post p = post("Лавров прибыл в Минск на переговоры.", "ru");
        assertThat(x.apply(p)).isSameAs(p);
    }

    @Test
    void offsetsAreCodePointsAfterEmoji() {
        String text = "🇷🇺🔥 «Мы никогда не отказывались от диалога», — заявил Лавров.";
        int at = text.codePointCount(0, text.indexOf("Лавров"));
        EntityRef lavrov = new EntityRef("sergey-lavrov", "Sergey Lavrov", "PERSON", true, 1.0,
                List.of(new Mention("text", at, at + 6, "Лавров")));
        List<Quote> q = x.apply(post(text, "ru", lavrov)).quotes();
        assertThat(q).hasSize(1);
        Quote quote = q.get(0);
        assertThat(quote.text()).isEqualTo("Мы никогда не отказывались от диалога");
        int s = text.codePointCount(0, text.indexOf("Мы"));
        assertThat(quote.start()).isEqualTo(s);
        assertThat(quote.end()).isEqualTo(s + quote.text().codePointCount(0, quote.text().length()));
        assertThat(quote.speakerId()).isEqualTo("sergey-lavrov");
        assertThat(quote.verb()).isEqualTo("заявил");
    }

    @Test
    void unknownSpeakerKeptAsWritten() {
        List<Quote> q = x.apply(post("\"We slept in the cellar for a week,\" said Olena Marchuk, a teacher.", "en")).quotes();
        assertThat(q).extracting(Quote::speaker, Quote::speakerId).containsExactly(org.assertj.core.groups.Tuple.tuple("Olena Marchuk", null));
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        assertThat(x.apply(post("Компания «Газпром» и проект «Сила Сибири» обсудили поставки.", "ru")).quotes()).isEmpty();
        assertThat(x.apply(post("Officials called it a \"technical pause\" in the talks.", "en")).quotes()).isEmpty();
    }

    @Test
    void straySingleMarksDoNotSwallowThePost() {
        List<Quote> q = x.apply(post("«Начало без конца\n\nДругой абзац, — заявил Лавров.", "ru")).quotes();
        assertThat(q).isEmpty();
    }

    @Test
    void hostileTextNeverThrows() {
        Random r = new Random(7);
        String alphabet = "«»„“”\"‘’:—–-,. \nаб Xy🙂\u200b*";
        EntityRef bogus = new EntityRef("x", "X", "PERSON", true, 1.0, List.of(new Mention("text", 0, 10_000, "X")));
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(200);
            for (int k = 0; k < n; k++) {
                b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String t = b.toString();
            for (Quote q : x.apply(post(t, i % 2 == 0 ? "en" : "ru", bogus)).quotes()) {
                assertThat(q.end()).isLessThanOrEqualTo(t.codePointCount(0, t.length()));
            }
        }
    }

    @Test
    void aRoleOfACountryIsItsHolderOnThePostsDate() {
        org.echotrace.extract.Understanding u = org.echotrace.extract.Understanding.standard();
        String text = "Разговор длился час. «Эти беседы никогда не бывают лёгкими», — отметил канцлер ФРГ.";
        java.util.function.Function<String, String> speaker = date -> u.apply(Post.builder(Source.of("t",
                Format.TELEGRAM_EXPORT)).text(text).language("ru").published(date).build()).quotes().get(0).speakerId();
        assertThat(speaker.apply("2024-11-26T10:00:00Z")).isEqualTo("olaf-scholz");
        assertThat(speaker.apply("2019-05-01T10:00:00Z")).isEqualTo("angela-merkel");
    }
}
