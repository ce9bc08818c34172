package org.echotrace.trace.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.echotrace.clean.PostCleaner;
import org.echotrace.extract.Understanding;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.trace.CopyPair;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.TraceItems;
import org.junit.jupiter.api.Test;

/**
 * The rules translation finding must keep, each on a few posts written by us and run through the real cleaning
 * and understanding stages: only posts in two different languages; what a source repeats on its posts never
 * counts; the shorter post's distinctive content must be covered by the other.
 */
class TranslationRulesTest {
    private static final PostCleaner CLEANER = PostCleaner.standard();
    private static final Understanding UNDERSTANDING = Understanding.standard();

    private static final String STATEMENT_RU = """
            Министр иностранных дел России Сергей Лавров провёл в Минске переговоры с главой МИД Белоруссии \
            Максимом Рыженковым. Стороны подписали план консультаций на 2026–2027 годы и обсудили подготовку \
            Форума регионов, который пройдёт 26 июня в Витебске. Товарооборот двух стран превысил 50 млрд долларов.""";
    private static final String STATEMENT_EN = """
            Russian Foreign Minister Sergey Lavrov held talks in Minsk with Belarusian Foreign Minister Maxim \
            Ryzhenkov. The parties signed a plan of consultations for 2026–2027 and discussed preparations for the \
            Forum of Regions to be held in Vitebsk on June 26. Trade between the two countries exceeded $50 billion.""";

    @Test
    void theStatementAndItsTranslationPair() {
        List<CopyPair> found = run(finder(), post("mid_russia", "2025-06-02T12:00:00+03:00", STATEMENT_RU),
                post("mfa_russia_en", "2025-06-02T14:00:00+03:00", STATEMENT_EN));
        assertThat(found).extracting(CopyPair::relation).containsExactly(CopyPair.TRANSLATED);
    }

    @Test
    void postsInOneLanguageAreNeverTranslations() {
        String rewrite = """
                Глава МИД России Сергей Лавров и министр иностранных дел Белоруссии Максим Рыженков подписали в \
                Минске план консультаций на 2026–2027 годы. Обсуждался Форум регионов 26 июня в Витебске; \
                товарооборот превысил 50 млрд долларов.""";
        List<CopyPair> found = run(finder(), post("mid_russia", "2025-06-02T12:00:00+03:00", STATEMENT_RU),
                post("ria_novosti", "2025-06-02T13:00:00+03:00", rewrite));
        assertThat(found).isEmpty();
    }

    @Test
    void theShorterPostsDistinctiveContentMustBeCovered() {
        // same two ministers, same city, same day, the same forum, date and the ministry's link to the visit's
        // page, so the overlap alone reaches the threshold: another statement, with its own figures, places and date
        String other = """
                Sergey Lavrov and Maxim Ryzhenkov opened an exhibition in Minsk ahead of the Forum of Regions in \
                Vitebsk on June 26. Ryzhenkov said 1,200 Belarusian students will study at MGIMO from September 1 and \
                a consulate will open in Grodno.

                https://mid.ru/ru/foreign_policy/news/2021877/""";
        Post ru = post("mid_russia", "2025-06-02T12:00:00+03:00",
                STATEMENT_RU + "\n\nhttps://mid.ru/ru/foreign_policy/news/2021877/");
        Post en = post("mfa_russia_en", "2025-06-02T14:00:00+03:00", other);
        assertThat(run(new FingerprintTranslationFinder(TranslationOptions.defaults().withCoverage(0)), ru, en))
                .as("paired on overlap alone, without the coverage rule").isNotEmpty();
        assertThat(run(finder(), ru, en)).isEmpty();
    }

    /**
     * Two posts of one bilingual network that share only the network's footer (its channel links, hashtags,
     * emoji marker and signature) and one leader's name: paired when nothing is learned about the sources,
     * never once the footer is learned as what each channel repeats.
     */
    @Test
    void whatASourceRepeatsNeverCounts() {
        String footerRu = "\n\n🌐 Eurasia Wire | t.me/eurasia_wire_ru | t.me/eurasia_wire_en\n#EurasiaWire #Евразия";
        String footerEn = "\n\n🌐 Eurasia Wire | t.me/eurasia_wire_ru | t.me/eurasia_wire_en\n#EurasiaWire #Eurasia";
        List<Post> posts = new ArrayList<>();
        String[] ru = {
            "🔴 Касым-Жомарт Токаев подписал закон о ратификации соглашения о строительстве АЭС у озера Балхаш.",
            "🔴 В Бишкеке открылся форум «Евразийская неделя», участники обсуждают цифровые платформы ЕАЭС.",
            "🔴 Шавкат Мирзиёев назначил нового хокима Самаркандской области, им стал бывший министр туризма.",
            "🔴 Касым-Жомарт Токаев провёл совещание по подготовке к отопительному сезону в Северном Казахстане.",
        };
        String[] en = {
            "🔴 Ilham Aliyev received the credentials of new ambassadors of seven countries at the presidential palace.",
            "🔴 Kassym-Jomart Tokayev congratulated the national football team on reaching the final of the cup.",
            "🔴 Armenia's parliament approved the new electoral code in the second reading after a long debate.",
            "🔴 The Middle Corridor freight train from Xi'an reached the port of Aktau in a record eleven days.",
        };
        for (int i = 0; i < ru.length; i++) {
            posts.add(post("eurasia_wire_ru", "2025-10-0" + (i + 1) + "T10:00:00+03:00", ru[i] + footerRu));
            posts.add(post("eurasia_wire_en", "2025-10-0" + (i + 1) + "T11:00:00+03:00", en[i] + footerEn));
        }
        TranslationOptions d = TranslationOptions.defaults();
        TranslationOptions nothingLearned = new TranslationOptions(d.threshold(), d.minSharedWeight(),
                d.windowSeconds(), d.maxLengthRatio(), d.postingCap(), d.maxCandidates(), d.partnerMargin(),
                d.kindWeights(), d.minChars(), d.minCoverage(), d.minDistinct(), 1.0, 1.0, 1_000_000);
        assertThat(run(new FingerprintTranslationFinder(nothingLearned), posts.toArray(Post[]::new)))
                .as("the footer alone pairs them when it is not learned").isNotEmpty();
        assertThat(run(finder(), posts.toArray(Post[]::new))).isEmpty();
    }

    private static FingerprintTranslationFinder finder() {
        return FingerprintTranslationFinder.standard();
    }

    /** The pairs found as the tracer keeps them: found on adding, and still holding once all are read. */
    private static List<CopyPair> run(FingerprintTranslationFinder finder, Post... posts) {
        List<CopyPair> found = new ArrayList<>();
        for (int i = 0; i < posts.length; i++) {
            TraceItem item = TraceItems.of(i, posts[i]);
            found.addAll(finder.add(item));
        }
        found.removeIf(p -> !finder.holds(p));
        return found;
    }

    private static Post post(String channel, String published, String text) {
        Source s = Source.of("rules/" + channel + ".txt", Format.ARTICLE_TEXT).withChannel(channel, null);
        Post p = Post.builder(s).id(channel + "-" + published).text(text).published(published).build();
        return UNDERSTANDING.apply(CLEANER.apply(p));
    }
}
