package org.echotrace.clean;

import org.echotrace.text.TextDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.echotrace.model.Attribution;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatelineExtractorTest {
    private final DatelineExtractor stage = new DatelineExtractor();

    private static Post post(String text) {
        return Post.builder(Source.of("t.txt", Format.ARTICLE_TEXT)).text(text).build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MOSCOW, March 3. /TASS/. The ministry said talks went well. | Moscow | TASS | --03-03
            KIEV, May 5 – RIA Novosti. The ministry said talks went well. | Kiev | RIA Novosti | --05-05
            BEIJING, June 1 (Xinhua) -- The ministry said talks went well. | Beijing | Xinhua | --06-01
            МОСКВА, 3 марта. /ТАСС/. The ministry said talks went well. | Москва | TASS | --03-03
            МИНСК, 2 апреля (БЕЛТА) – The ministry said talks went well. | Минск | BelTA | --04-02
            WASHINGTON (AP) — The ministry said talks went well. | Washington | AP |
            LONDON, Oct 2 (Reuters) - The ministry said talks went well. | London | Reuters | --10-02
            NEW YORK, December 12, 2023 (AFP) - The ministry said talks went well. | New York | AFP | 2023-12-12
            УЛАН-УДЭ, 9 мая. /ТАСС/. The ministry said talks went well. | Улан-Удэ | TASS | --05-09
            KYIV/WARSAW, May 5 (Reuters) - The ministry said talks went well. | Kyiv | Reuters | --05-05
            LONDON / PARIS / BERLIN, Oct 2 (Reuters) - The ministry said talks went well. | London | Reuters | --10-02
            ДОНЕЦК/МОСКВА, 3 мая. /ТАСС/. The ministry said talks went well. | Донецк | TASS | --05-03
            """)
    void extractsDatelines(String text, String place, String agency, String published) {
        Post out = stage.apply(post(text));
        assertThat(out.text()).isEqualTo("The ministry said talks went well.");
        assertThat(out.place()).isEqualTo(place);
        assertThat(out.source().outlet()).isEqualTo(agency);
        assertThat(out.attributions()).containsExactly(new Attribution(agency, "agency"));
        assertThat(out.published()).isEqualTo(published);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The minister arrived in Moscow on March 3 for talks.
            Moscow, March 3 – the talks began.
            MOSCOW, Marchember 3. /TASS/. Bad date.
            Sources close to the ministry (Reuters asked them) said nothing.
            MOSCOW, March 3. /TASS/.
            """)
    void leavesOrdinaryTextAlone(String text) {
        assertThat(stage.apply(post(text))).isEqualTo(post(text));
    }

    @Test
    void keepsExistingOutletAndFullDate() {
        Post p = Post.builder(Source.of("t.txt", Format.ARTICLE_TEXT).withOutlet("Example Daily"))
                .text("MOSCOW, March 3. /TASS/. Text.").published("2023-03-04T01:10:00+03:00").build();
        Post out = stage.apply(p);
        assertThat(out.source().outlet()).isEqualTo("Example Daily");
        assertThat(out.published()).isEqualTo("2023-03-04T01:10:00+03:00");
        assertThat(out.attributions()).containsExactly(new Attribution("TASS", "agency"));
    }

    @Test
    void completesYearOnlyDatesWhenConsistent() {
        TextDate d = new TextDate(null, 3, 3, null, null);
        assertThat(DatelineExtractor.combine("2023", d)).isEqualTo("2023-03-03");
        assertThat(DatelineExtractor.combine("2023-03", d)).isEqualTo("2023-03-03");
        assertThat(DatelineExtractor.combine("2023-04", d)).isEqualTo("2023-04");
        assertThat(DatelineExtractor.combine("--03-03", d)).isEqualTo("--03-03");
        assertThat(DatelineExtractor.combine(null, d)).isEqualTo("--03-03");
    }

    @Test
    void keepsLeadingEmojiAndFollowingLines() {
        Post out = stage.apply(post("⚡️МОСКВА, 3 марта. /ТАСС/. Первая фраза.\nВторая строка."));
        assertThat(out.text()).isEqualTo("⚡️Первая фраза.\nВторая строка.");
        assertThat(out.place()).isEqualTo("Москва");
        assertThat(List.of(out.published())).containsExactly("--03-03");
    }
}
