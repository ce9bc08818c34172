package org.echotrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.echotrace.clean.DatelineExtractor;
import org.echotrace.model.DateRef;
import org.echotrace.model.Format;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

class DateExtractorTest {
    private final DateExtractor ex = new DateExtractor();

    private static Post post(String title, String text, String published) {
        return Post.builder(Source.of("t", Format.ARTICLE_TEXT)).title(title).text(text).published(published).build();
    }

    @Test
    void titleAndTextMentionsCountCodePoints() {
        Post p = ex.apply(post("🇷🇺 Talks on March 7", "🔥🔥 Вчера, 6 марта, посол прибыл в Минск.",
                "2023-03-07T09:00:00+03:00"));
        assertThat(p.dates()).containsExactly(
                new DateRef("2023-03-07", new Mention("title", 12, 19, "March 7")),
                new DateRef("2023-03-06", new Mention("text", 3, 8, "Вчера")),
                new DateRef("2023-03-06", new Mention("text", 10, 17, "6 марта")));
        assertThat(p.published()).isEqualTo("2023-03-07T09:00:00+03:00");
    }

    @Test
    void bracketedHeaderGivesPublishedAndResolvesRelativeDates() {
        Post p = ex.apply(post(null, "(Minsk, April 2, 2023) The ministers met yesterday.", null));
        assertThat(p.published()).isEqualTo("2023-04-02");
        assertThat(p.dates()).extracting(DateRef::value).containsExactly("2023-04-02", "2023-04-01");
    }

    @Test
    void datelineWithDashGivesPublished() {
        assertThat(ex.apply(post(null, "Minsk, 2 April 2023 — The delegations signed the protocol.", null))
                .published()).isEqualTo("2023-04-02");
        assertThat(ex.apply(post(null, "Москва, 3 марта. Переговоры продолжатся завтра.", null)).dates())
                .extracting(DateRef::value).containsExactly("--03-03", "--03-04");
        assertThat(ex.apply(post(null, "07.03.2023\nМинистр провел встречу.", null)).published())
                .isEqualTo("2023-03-07");
    }

    @Test
    void dateInsideASentenceIsNoHeader() {
        assertThat(ex.apply(post(null, "March 7 was a busy day for the ministry.", null)).published()).isNull();
        assertThat(ex.apply(post(null, "7 марта в Минске прошли переговоры.", null)).published()).isNull();
    }

    @Test
    void existingPublishedIsKept() {
        Post p = ex.apply(post(null, "(Minsk, April 2, 2023) The ministers met.", "2023-04-03"));
        assertThat(p.published()).isEqualTo("2023-04-03");
    }

    @Test
    void relativeDatesNeedAReference() {
        assertThat(ex.apply(post(null, "Yesterday the minister flew to Baku, on Monday to Yerevan.", null)).dates())
                .isEmpty();
    }

    @Test
    void agencyDatelineFromCleaningIsTheReference() {
        Post cleaned = new DatelineExtractor().apply(post(null,
                "МИНСК, 2 апреля (БЕЛТА) – Сегодня в Минске прошли переговоры.", null));
        Post p = ex.apply(cleaned);
        assertThat(p.published()).isEqualTo("--04-02");
        assertThat(p.dates()).extracting(DateRef::value).containsExactly("--04-02");
    }

    @Test
    void yearFromAWeekdayBesideTheDate() {
        assertThat(ex.apply(post(null, "On Friday, November 3, the envoy arrived.", "2024-01-10")).dates())
                .extracting(DateRef::value).containsExactly("2023-11-03");
        assertThat(ex.apply(post(null, "Friday, November 3 was the deadline.", null)).dates())
                .extracting(DateRef::value).containsExactly("--11-03");
    }

    @Test
    void hostileInputNeverThrows() {
        Random r = new Random(7);
        String alphabet = "0123456789.-/:, \n\u00A0марMayTuesdayвчераtoday🇷🇺\u200B'’г";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(80);
            for (int i = 0; i < len; i++) {
                int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        r.nextInt(alphabet.codePointCount(0, alphabet.length()))));
                sb.appendCodePoint(cp);
            }
            for (String pub : new String[] {null, "2023-03-07", "--02-29", "garbage", "2023-13-45", "0000-01-01"}) {
                Post p = ex.apply(post(sb.toString(), sb.toString(), pub));
                for (DateRef d : p.dates()) {
                    String field = d.mention().field().equals("title") ? p.title() : p.text();
                    int cps = field.codePointCount(0, field.length());
                    assertThat(d.mention().end()).isLessThanOrEqualTo(cps);
                }
            }
        }
        assertThat(ex.apply(post(null, "99.99.9999 31.02.2023 2023-02-30 0.0.00 31 June", "2023-03-07")).dates())
                .isEqualTo(List.of());
    }
}
